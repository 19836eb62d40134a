package dev.governance.cli;

import dev.governance.core.GovernanceValidationException;
import dev.governance.report.Texts;
import dev.governance.rules.risk.cvss.Cvss3Scores;
import dev.governance.rules.risk.cvss.Cvss3Vector;
import dev.governance.rules.risk.cvss.Cvss4Scores;
import dev.governance.rules.risk.cvss.Cvss4Vector;
import dev.governance.rules.risk.cvss.CvssSeverity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code governance cvss [VECTOR...]}: scores CVSS vectors given as arguments, or one per line on
 * standard input (blank lines skipped). One tab-separated line per vector: CVSS 3.x {@code VECTOR
 * BASE TEMPORAL ENVIRONMENTAL SEVERITY}, CVSS 4.0 {@code VECTOR SCORE - - SEVERITY}; scores with
 * one decimal, the severity of the base (3.x) or overall (4.0) score. An invalid vector prints
 * {@code VECTOR ERROR message}; the command goes on and exits 1 at the end.
 */
@Command(
    name = "cvss",
    mixinStandardHelpOptions = true,
    description = "Score CVSS 3.0, 3.1 and 4.0 vectors: one tab-separated line per vector.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  governance cvss CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
      "  cut -f1 vectors.tsv | governance cvss"
    })
final class CvssCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "VECTOR",
      description = "Vectors; without any, one per line on standard input.")
  List<String> vectors = List.of();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (vectors.isEmpty()) {
      return Lines.answer(
          out,
          // a blank line is answered by a blank line, so that answers stay aligned with the input
          line -> line.isBlank() ? "" : line.trim() + "\t" + score(line.trim()),
          (line, message) -> Texts.oneLine(line.trim()) + "\tERROR\t" + message);
    }
    int code = GovernanceCli.OK;
    for (String raw : vectors) {
      String vector = raw.trim();
      try {
        out.println(vector + "\t" + score(vector));
      } catch (GovernanceValidationException e) {
        out.println(
            Texts.oneLine(vector) + "\tERROR\t" + Texts.oneLine(String.valueOf(e.getMessage())));
        code = GovernanceCli.FINDINGS;
      }
    }
    return code;
  }

  /** Returns the scores and severity of {@code vector}, tab-separated. */
  static String score(String vector) {
    if (vector.startsWith("CVSS:4.0/")) {
      Cvss4Scores scores = Cvss4Vector.parse(vector).scores();
      return one(scores.score()) + "\t-\t-\t" + scores.severity().label();
    }
    Cvss3Scores scores = Cvss3Vector.parse(vector).scores();
    return one(scores.base())
        + "\t"
        + one(scores.temporal())
        + "\t"
        + one(scores.environmental())
        + "\t"
        + CvssSeverity.of(scores.base()).label();
  }

  private static String one(double score) {
    return String.format(Locale.ROOT, "%.1f", score);
  }
}
