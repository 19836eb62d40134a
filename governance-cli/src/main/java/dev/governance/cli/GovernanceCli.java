package dev.governance.cli;

import dev.governance.core.GovernanceValidationException;
import dev.governance.io.LoadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code governance} command: the library for scripts, internal tools and CI pipelines, without
 * writing Java.
 *
 * <p>Exit codes, on every subcommand: {@value #OK} success and no ERROR finding; {@value #FINDINGS}
 * ERROR findings ({@code validate}), changes ({@code diff}, as diff(1)), or per-line errors in the
 * data; {@value #USAGE} a usage error or unreadable input, with the message on standard error
 * naming the file and line or path. {@code demo} and {@code report} exit {@value #OK} once their
 * files are written, whatever they show; {@code import} exits {@value #OK} once the merged model is
 * written.
 */
@Command(
    name = "governance",
    mixinStandardHelpOptions = true,
    versionProvider = GovernanceCli.Version.class,
    description =
        "IT-governance checks, scores, deadlines and reports: RACI, risk, KPI scorecards,"
            + " compliance calendars.",
    subcommands = {
      DemoCommand.class,
      ValidateCommand.class,
      DiffCommand.class,
      ImportCommand.class,
      CvssCommand.class,
      RecurCommand.class,
      DeadlineCommand.class,
      SimulateCommand.class,
      ScorecardCommand.class,
      MetricsCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class,
      picocli.AutoComplete.GenerateCompletion.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      GovernanceCli.OK + ":success and no ERROR finding",
      GovernanceCli.FINDINGS + ":ERROR findings or per-line errors",
      GovernanceCli.USAGE + ":usage error or unreadable input"
    },
    footerHeading = "%nExample:%n",
    footer = {"  governance demo --out target/demo"})
public final class GovernanceCli implements Runnable {

  /** Success and no ERROR finding. */
  public static final int OK = 0;

  /** ERROR findings, or per-line errors in the data. */
  public static final int FINDINGS = 1;

  /** A usage error or unreadable input. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /**
   * Runs the command with the given output streams, as {@link #main} does, and returns its exit
   * code; for tests and for embedding.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      out.println(versionLine());
      out.flush();
      return OK;
    }
    CommandLine cli = args.length > 0 ? commandLine(args[0]) : commandLine();
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          commandLine.getErr().println(message(e));
          commandLine.getErr().flush();
          return USAGE;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Returns the command tree as {@link #run} executes it: days read by {@link DayConverter}, and
   * enum values (such as {@code --format}, {@code --convention}) read in any case.
   */
  static CommandLine commandLine() {
    return configured(new CommandLine(new GovernanceCli()));
  }

  /**
   * Returns the command tree for a command line whose first word is {@code first}: when it names
   * one of this package's subcommands, a root with that subcommand only, which parses, runs, prints
   * and fails as the whole tree does for that subcommand (the root has no options but {@code
   * --help} and {@code --version}, which the subcommand's words cannot be); else the whole tree.
   *
   * <p>Why: picocli builds every subcommand of an annotated tree, reflecting on their options and
   * loading the types of their fields, before it parses a word; for {@code governance simulate}
   * that was about 50 application classes of other commands (KPI, calendar, deadline, report types)
   * and most of picocli's model building, a measurable part of the command's start (issue 23,
   * {@code -Xlog:class+load}).
   */
  static CommandLine commandLine(String first) {
    for (Class<?> subcommand : GovernanceCli.class.getAnnotation(Command.class).subcommands()) {
      Command command = subcommand.getAnnotation(Command.class);
      if (subcommand.getPackage() == GovernanceCli.class.getPackage()
          && command != null
          && command.name().equals(first)) {
        CommandLine root = new CommandLine(new Root());
        root.addSubcommand(first, newInstance(subcommand));
        return configured(root);
      }
    }
    return commandLine();
  }

  private static Object newInstance(Class<?> subcommand) {
    try {
      return CommandLine.defaultFactory().create(subcommand);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create the " + subcommand.getSimpleName(), e);
    }
  }

  private static CommandLine configured(CommandLine cli) {
    cli.registerConverter(LocalDate.class, new DayConverter());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  /** The root of a tree of one subcommand ({@link #commandLine(String)}). */
  @Command(name = "governance", mixinStandardHelpOptions = true, versionProvider = Version.class)
  static final class Root implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Returns what to print for an input error: the loader's located problems, or the message. */
  static String message(Exception e) {
    if (e instanceof LoadException || e instanceof GovernanceValidationException) {
      return "governance: " + e.getMessage();
    }
    if (e instanceof UncheckedIOException) {
      Throwable cause = e.getCause();
      String why =
          cause instanceof java.nio.file.NoSuchFileException
              ? "no such file"
              : cause instanceof java.nio.file.AccessDeniedException
                  ? "permission denied"
                  : cause == null ? "" : Objects.toString(cause.getMessage(), "");
      return "governance: " + e.getMessage() + (why.isEmpty() ? "" : ": " + why);
    }
    return "governance: " + e;
  }

  /** Returns {@code governance VERSION}. */
  static String versionLine() {
    return "governance " + version();
  }

  /** Returns the version from the build, such as {@code 0.1.0}. */
  static String version() {
    try (InputStream in = GovernanceCli.class.getResourceAsStream("version.txt")) {
      if (in == null) {
        throw new IllegalStateException("version.txt is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Supplies {@code --version} to picocli's help. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {versionLine()};
    }
  }
}
