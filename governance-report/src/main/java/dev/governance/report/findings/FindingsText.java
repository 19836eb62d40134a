package dev.governance.report.findings;

import dev.governance.report.Texts;
import dev.governance.rules.Finding;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.Severity;
import dev.governance.rules.ValidationReport;

/**
 * Findings as compiler-style text: one line per finding, {@code FILE[:LINE:COLUMN]: SEVERITY CODE
 * [subject] message}, a waived finding followed by {@code (waived by W until D)}, then {@code N
 * errors, N warnings, N infos}, every finding counted, and {@code (N waived)} when a waiver
 * accepted some. Line breaks and other control characters in user text are shown as {@code
 * \n}-style escapes, so one finding is always one line.
 */
public final class FindingsText {

  private FindingsText() {}

  /**
   * Renders {@code report}.
   *
   * @param file the name of the file the findings are about
   * @param report the findings
   * @param locator where each finding is in the file
   * @return the text, one line per finding and a last line of counts, each ending in {@code \n}
   */
  public static String render(String file, ValidationReport report, FindingLocator locator) {
    StringBuilder out = new StringBuilder();
    for (Finding f : report.findings()) {
      out.append(line(file, f, locator)).append('\n');
    }
    return out.append(report.count(Severity.ERROR))
        .append(" errors, ")
        .append(report.count(Severity.WARNING))
        .append(" warnings, ")
        .append(report.count(Severity.INFO))
        .append(" infos")
        .append(report.waived().isEmpty() ? "" : " (" + report.waived().size() + " waived)")
        .append('\n')
        .toString();
  }

  /**
   * Returns the line of one finding, without a line end: {@code FILE[:LINE:COLUMN]: SEVERITY CODE
   * [subject] message}, control characters escaped.
   *
   * @param file the name of the file the finding is about
   * @param finding the finding
   * @param locator where the finding is in the file
   * @return the line
   */
  public static String line(String file, Finding finding, FindingLocator locator) {
    StringBuilder out = new StringBuilder(Texts.oneLine(file));
    locator.locate(finding).ifPresent(region -> out.append(':').append(region));
    return out.append(": ").append(Texts.oneLine(finding.toString())).toString();
  }
}
