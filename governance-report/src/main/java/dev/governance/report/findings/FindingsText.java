package dev.governance.report.findings;

import dev.governance.report.Texts;
import dev.governance.rules.Finding;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.Severity;
import dev.governance.rules.ValidationReport;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Findings as compiler-style text: one line per finding, {@code FILE[:LINE:COLUMN]: SEVERITY CODE
 * [subject] message} ({@code FILE:Sheet!C7: ...} in a workbook, the cell in A1 form), a waived
 * finding followed by {@code (waived by W until D)}, followed where the finding is told to people
 * by {@code (tell: NAME, ...)}, then {@code N errors, N warnings, N infos}, every finding counted,
 * and {@code (N waived)} when a waiver accepted some. Line breaks and other control characters in
 * user text are shown as {@code \n}-style escapes, so one finding is always one line.
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
    return render(file, report, locator, Map.of());
  }

  /**
   * Renders {@code report}, each finding told to anyone ending in {@code (tell: Ana Lima, Cy Wei)}:
   * the names of its {@link Finding#people()}, in person-id order.
   *
   * @param file the name of the file the findings are about
   * @param report the findings
   * @param locator where each finding is in the file
   * @param names each person's name by person id; a person missing from it is named by their id
   * @return the text, one line per finding and a last line of counts, each ending in {@code \n}
   */
  public static String render(
      String file, ValidationReport report, FindingLocator locator, Map<String, String> names) {
    Objects.requireNonNull(file, "file");
    return render(f -> file, report, locator, names);
  }

  /**
   * Renders {@code report} as {@link #render(String, ValidationReport, FindingLocator, Map)} does,
   * each finding in the file {@code file} says it is in: for findings about a model read with other
   * files, such as a risk register merged into it.
   *
   * @param file the name of the file each finding is in
   * @param report the findings
   * @param locator where each finding is in its file
   * @param names each person's name by person id; a person missing from it is named by their id
   * @return the text, one line per finding and a last line of counts, each ending in {@code \n}
   */
  public static String render(
      Function<Finding, String> file,
      ValidationReport report,
      FindingLocator locator,
      Map<String, String> names) {
    Objects.requireNonNull(names, "names");
    StringBuilder out = new StringBuilder();
    for (Finding f : report.findings()) {
      out.append(line(file.apply(f), f, locator))
          .append(Texts.oneLine(tell(f, names)))
          .append('\n');
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

  /**
   * Returns {@code " (tell: Ana Lima, Cy Wei)"} for a finding with people, else nothing: the names
   * of its people, each by its id where {@code names} has none.
   *
   * @param finding the finding
   * @param names each person's name by person id
   * @return the text to append to the finding's line
   */
  public static String tell(Finding finding, Map<String, String> names) {
    return finding.people().isEmpty() ? "" : " (tell: " + names(finding, names) + ")";
  }

  /**
   * Returns the names of the finding's {@link Finding#people()}, such as {@code Ana Lima, Cy Wei},
   * in person-id order; empty when it has none.
   *
   * @param finding the finding
   * @param names each person's name by person id; a person missing from it is named by their id
   * @return the names, separated by a comma and a space
   */
  public static String names(Finding finding, Map<String, String> names) {
    return finding.people().stream()
        .map(p -> names.getOrDefault(p, p))
        .collect(Collectors.joining(", "));
  }
}
