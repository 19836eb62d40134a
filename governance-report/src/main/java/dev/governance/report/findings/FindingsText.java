package dev.governance.report.findings;

import dev.governance.rules.Finding;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.Severity;
import dev.governance.rules.ValidationReport;

/**
 * Findings as compiler-style text: one line per finding, {@code FILE[:LINE:COLUMN]: SEVERITY CODE
 * [subject] message}, then {@code N errors, N warnings, N infos}. Line breaks and other control
 * characters in user text are shown as {@code \n}-style escapes, so one finding is always one line.
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
      out.append(oneLine(file));
      locator.locate(f).ifPresent(region -> out.append(':').append(region));
      out.append(": ").append(oneLine(f.toString())).append('\n');
    }
    return out.append(report.count(Severity.ERROR))
        .append(" errors, ")
        .append(report.count(Severity.WARNING))
        .append(" warnings, ")
        .append(report.count(Severity.INFO))
        .append(" infos\n")
        .toString();
  }

  /** Returns {@code text} with control characters escaped, so that it prints on one line. */
  static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\n') {
                out.append("\\n");
              } else if (c == '\r') {
                out.append("\\r");
              } else if (c == '\t') {
                out.append("\\t");
              } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
