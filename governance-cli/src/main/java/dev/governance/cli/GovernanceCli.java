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
import picocli.CommandLine.Model.CommandSpec;

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
    CommandLine cli = commandLine(args);
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
   * Returns the command tree that {@link #run} executes {@code args} with: when the first argument
   * names one of this package's subcommands ({@code validate}, {@code demo}, ...), the root command
   * with that subcommand alone, configured as {@link #commandLine()}; else {@link #commandLine()}.
   *
   * <p>Why not always the whole tree: picocli builds the model of every subcommand it is given, by
   * reflection over its annotations, options and mixins, before it parses anything. {@code
   * governance validate} of the demo model spent a sixth of its time in picocli's setup, and
   * building only the command it runs saved about 5 % of its CPU time (issue 23: alternating runs
   * of the jar; the rest is loading picocli itself). A subcommand's parsing, help, messages and
   * exit codes do not depend on its siblings; {@code help} and {@code generate-completion}, which
   * list them, and anything that is not a subcommand get the whole tree. The root here has the
   * annotated root's name, standard help options and version, which is all a subcommand's usage and
   * errors show of it.
   */
  static CommandLine commandLine(String[] args) {
    if (args.length > 0) {
      Command root = GovernanceCli.class.getAnnotation(Command.class);
      for (Class<?> subcommand : root.subcommands()) {
        Command command = subcommand.getAnnotation(Command.class);
        if (subcommand.getPackageName().equals(GovernanceCli.class.getPackageName())
            && command != null
            && command.name().equals(args[0])) {
          CommandLine cli =
              new CommandLine(
                  CommandSpec.create()
                      .name(root.name())
                      .mixinStandardHelpOptions(root.mixinStandardHelpOptions())
                      .versionProvider(new Version()));
          cli.addSubcommand(subcommand);
          return configured(cli);
        }
      }
    }
    return commandLine();
  }

  /**
   * Returns {@code cli} with days read by {@link DayConverter} and enum values read in any case, on
   * every command it holds.
   */
  private static CommandLine configured(CommandLine cli) {
    cli.registerConverter(LocalDate.class, new DayConverter());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
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
