package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as people install it (issue 22, item 13): {@code governance-VERSION.zip}, which
 * {@code -Pdist} builds, unzipped and run through {@code bin/governance} with only a JDK. Skipped
 * when the zip was not built (a build without {@code -Pdist} does not set {@code
 * governance.dist.zip}).
 */
class DistributionIT {

  private static final List<String> COMMANDS =
      List.of(
          "demo",
          "validate",
          "cvss",
          "recur",
          "deadline",
          "simulate",
          "scorecard",
          "metrics",
          "report",
          "help",
          "generate-completion");

  @TempDir static Path root;

  private static Path home;
  private static String version;

  /** A finished process. */
  record Run(int code, String out, String err) {}

  @BeforeAll
  static void unzip() throws Exception {
    String zip = System.getProperty("governance.dist.zip");
    assumeTrue(zip != null && Files.isRegularFile(Path.of(zip)), "the zip is built by -Pdist");
    assumeTrue(onPath("unzip") != null, "unzip is installed");
    Matcher name =
        Pattern.compile("governance-(.+)\\.zip").matcher(Path.of(zip).getFileName().toString());
    assertThat(name.matches()).as(zip).isTrue();
    version = name.group(1);
    Run unzip = run(root, Map.of(), "unzip", "-q", zip, "-d", root.toString());
    assertThat(unzip.code()).as(unzip.err()).isZero();
    home = root.resolve("governance-" + version);
  }

  @Test
  void theZipHoldsTheLaunchersTheJarTheManPagesAndTheCompletion() throws Exception {
    assertThat(Files.isExecutable(home.resolve("bin/governance"))).isTrue();
    assertThat(Files.readString(home.resolve("bin/governance.cmd"))).contains("\r\n");
    assertThat(Files.readString(home.resolve("bin/governance")))
        .doesNotContain("\r")
        .contains("version='" + version + "'");
    assertThat(home.resolve("lib/governance.jar")).isNotEmptyFile();
    assertThat(home.resolve("README.md")).isNotEmptyFile();
    assertThat(Files.readString(home.resolve("man/man1/governance.1")))
        .startsWith("'\\\" t")
        .contains(".TH \"GOVERNANCE\" \"1\"");
    for (String command : COMMANDS) {
      assertThat(home.resolve("man/man1/governance-" + command + ".1")).isNotEmptyFile();
    }
    assertThat(Files.readString(home.resolve("man/man1/governance-simulate.1")))
        .contains("lognormal90:10000,200000");
    assertThat(home.resolve("completion/governance_completion")).isNotEmptyFile();
  }

  /** Acceptance 4: with only a JDK, {@code bin/governance demo} writes its six files. */
  @Test
  void withOnlyJavaOnThePathTheDemoWritesItsFilesAndTheVersionPrints() throws Exception {
    Map<String, String> env = onlyJava();
    Run versionRun = run(root, env, home.resolve("bin/governance").toString(), "--version");
    assertThat(versionRun.code()).as(versionRun.err()).isZero();
    assertThat(versionRun.out()).isEqualTo("governance " + version + "\n");
    assertThat(versionRun.err()).isEmpty();
    Path out = root.resolve("only-java-demo");
    Run demo =
        run(root, env, home.resolve("bin/governance").toString(), "demo", "--out", out.toString());
    assertThat(demo.code()).as(demo.err()).isZero();
    assertThat(demo.err()).isEmpty();
    for (String file :
        List.of(
            "dashboard.html",
            "report.md",
            "model.json",
            "findings.json",
            "findings.sarif",
            "deadlines.ics")) {
      assertThat(out.resolve(file)).as(file).isNotEmptyFile();
    }
  }

  @Test
  void theCompletionScriptIsValidBashAndCompletesTheCommands() throws Exception {
    assumeTrue(onPath("bash") != null, "bash is installed");
    Path script = home.resolve("completion/governance_completion");
    Run syntax = run(root, Map.of(), "bash", "-n", script.toString());
    assertThat(syntax.code()).as(syntax.err()).isZero();
    Run complete =
        run(
            root,
            Map.of(),
            "bash",
            "-c",
            "source \"$1\"; COMP_WORDS=(governance sim); COMP_CWORD=1; COMP_LINE='governance sim';"
                + " COMP_POINT=${#COMP_LINE}; _complete_governance; echo \"${COMPREPLY[@]}\"",
            "bash",
            script.toString());
    assertThat(complete.code()).as(complete.err()).isZero();
    assertThat(complete.out().trim()).isEqualTo("simulate");
    if (onPath("zsh") != null) {
      Run zsh =
          run(
              root,
              Map.of(),
              "zsh",
              "-c",
              "autoload -U +X compinit && compinit -u && autoload -U +X bashcompinit &&"
                  + " bashcompinit && source \"$1\"",
              "zsh",
              script.toString());
      assertThat(zsh.code()).as(zsh.err()).isZero();
      assertThat(zsh.err()).isEmpty();
    }
  }

  /**
   * The first run records the AppCDS archive in the background, later runs load the command's
   * classes from it, and an archive that cannot be made or used changes nothing that shows.
   */
  @Test
  void theFirstRunRecordsAnArchiveThatLaterRunsUseSilently() throws Exception {
    Path cache = root.resolve("cache");
    Map<String, String> env = new HashMap<>();
    env.put("XDG_CACHE_HOME", cache.toString());
    String launcher = home.resolve("bin/governance").toString();
    Run first = run(root, env, launcher, "--version");
    assertThat(first.err()).isEmpty();
    Path jsa = awaitArchive(cache.resolve("governance"));
    assertThat(jsa.getFileName().toString()).startsWith(version + "-jdk").endsWith(".jsa");
    Path classes = root.resolve("classes.txt");
    env.put("GOVERNANCE_OPTS", "-Xlog:class+load=info:file=" + classes);
    Path out = root.resolve("cds-demo");
    Run demo = run(root, env, launcher, "demo", "--out", out.toString());
    assertThat(demo.code()).as(demo.err()).isZero();
    assertThat(demo.err()).isEmpty();
    assertThat(out.resolve("model.json")).isNotEmptyFile();
    assertThat(Files.readString(classes))
        .containsPattern("dev\\.governance\\.cli\\.DemoCommand source: shared objects file");

    // an archive the JVM cannot read is ignored without a word
    Files.writeString(jsa, "not an archive");
    Files.setLastModifiedTime(jsa, Files.getLastModifiedTime(home.resolve("lib/governance.jar")));
    env.remove("GOVERNANCE_OPTS");
    Run broken = run(root, env, launcher, "cvss", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    assertThat(broken.code()).isZero();
    assertThat(broken.out()).startsWith("CVSS:3.1/");
    assertThat(broken.err()).isEmpty();

    // a cache that cannot be made is no archive, and no message
    Files.writeString(root.resolve("a-file"), "");
    env.put("XDG_CACHE_HOME", root.resolve("a-file").toString());
    Run noCache = run(root, env, launcher, "--version");
    assertThat(noCache.code()).isZero();
    assertThat(noCache.err()).isEmpty();
  }

  /**
   * Issue 22, item 14: the progress bar shows when standard error is a terminal, even with standard
   * output redirected ({@code script} gives the command a pseudo-terminal), and not when standard
   * error is a file.
   */
  @Test
  void theProgressBarFollowsStandardError() throws Exception {
    assumeTrue(onPath("script") != null, "script (util-linux) is installed");
    String simulate =
        home.resolve("bin/governance")
            + " simulate --frequency poisson:1 --magnitude pert:1,2,3 --trials 200000";
    Path out = root.resolve("simulate.txt");
    Run terminal =
        run(
            root,
            Map.of("GOVERNANCE_CDS", "off"),
            "script",
            "-qec",
            simulate + " > " + out,
            "/dev/null");
    assertThat(terminal.code()).as(terminal.err()).isZero();
    assertThat(terminal.out()).contains("] 100 %");
    assertThat(Files.readString(out)).startsWith("200000 years, seed 1").doesNotContain("\r[");
    String[] plain = simulate.split(" ");
    Run redirected = run(root, Map.of("GOVERNANCE_CDS", "off"), plain);
    assertThat(redirected.code()).isZero();
    assertThat(redirected.err()).isEmpty();
  }

  private static Path awaitArchive(Path dir) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          List<Path> done = files.filter(p -> p.toString().endsWith(".jsa")).toList();
          if (!done.isEmpty()) {
            return done.get(0);
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no archive in " + dir + " after 180 s");
  }

  /** Returns an environment whose PATH holds java alone, without JAVA_HOME. */
  private static Map<String, String> onlyJava() throws IOException {
    Path bin = root.resolve("only-java");
    if (!Files.exists(bin)) {
      Files.createDirectories(bin);
      Files.createSymbolicLink(
          bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    }
    Map<String, String> env = new HashMap<>();
    env.put("PATH", bin.toString());
    env.put("HOME", root.resolve("home").toString());
    env.put("JAVA_HOME", "");
    return env;
  }

  private static Path onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static Run run(Path dir, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile());
    Map<String, String> environment = builder.environment();
    if (env.containsKey("PATH")) {
      environment.clear();
    }
    environment.remove("JAVA_TOOL_OPTIONS");
    environment.putAll(env);
    if ("".equals(environment.get("JAVA_HOME"))) {
      environment.remove("JAVA_HOME");
    }
    Path out = Files.createTempFile(root, "out", ".txt");
    Path err = Files.createTempFile(root, "err", ".txt");
    Process process =
        builder
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
