package dev.governance.examples;

/**
 * Runs every example in turn; the main class of {@code examples/target/governance-examples.jar}.
 */
public final class AllExamples {

  private AllExamples() {}

  /**
   * Runs the examples.
   *
   * @param args ignored
   * @throws java.io.IOException if the dashboard cannot be written
   */
  public static void main(String[] args) throws java.io.IOException {
    GettingStarted.run(System.out, java.nio.file.Path.of("target", "getting-started"));
    System.out.println();
    ModelCheckExample.run(System.out);
    System.out.println();
    RaciExample.run(System.out);
    System.out.println();
    ScorecardExample.run(System.out);
    System.out.println();
    RiskExample.run(System.out);
    System.out.println();
    DeadlineExample.run(System.out);
    System.out.println();
    PracticeExample.run(System.out);
    System.out.println();
    ReportExample.run(System.out, java.nio.file.Path.of("target", "governance-dashboard"));
  }
}
