package dev.governance.report.dashboard;

import com.google.common.collect.ImmutableList;
import dev.governance.report.Bar;
import dev.governance.report.BarChart;
import dev.governance.report.Section;
import dev.governance.report.Table;
import dev.governance.report.TableRow;
import dev.governance.report.Tone;
import dev.governance.report.findings.FindingsText;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every finding of every engine: who must be told of how many (a bar per role, from {@link
 * dev.governance.rules.health.HealthReport#countsByRole()}), then the open findings, most severe
 * first, each with the names of the people to tell ({@link Finding#people()}), then, in a block of
 * their own, the findings a waiver accepted, with the waiver and its last day; waived findings are
 * shown in neutral tone and are not among the open findings.
 */
final class FindingsLayout {

  private FindingsLayout() {}

  static Section section(Dashboard dashboard) {
    List<Finding> findings = dashboard.health().findings().active();
    List<Finding> waived = dashboard.health().findings().waived();
    Section.Builder section =
        Section.builder()
            .id("findings")
            .title("Findings")
            .summary(
                findings.size()
                    + " findings from the RACI, risk register, scorecard, compliance calendar and"
                    + " governance practice checks"
                    + (waived.isEmpty() ? "" : ", and " + waived.size() + " waived")
                    + ".");
    Map<String, Integer> byRole = dashboard.health().countsByRole();
    if (!byRole.isEmpty()) {
      section.addBlocks(rolesToTell(byRole, dashboard.maxBars()));
    }
    section.addBlocks(table("findings-all", "All findings", findings, dashboard, ""));
    if (!waived.isEmpty()) {
      section.addBlocks(
          table(
              "findings-waived",
              "Waived findings",
              waived,
              dashboard,
              "Accepted by an approved waiver until its last day: they count toward no status and"
                  + " no exit code, and are active again after it."));
    }
    return section.build();
  }

  /**
   * A table of {@code findings}, the most severe first, as many as the dashboard shows: code,
   * severity, subject, message, the people to tell and the suggested fix; a waived finding in
   * neutral tone, its message followed by {@code (waived by W until D)}; {@code note} (or nothing)
   * below it, after how many are shown when not all are.
   */
  private static Table table(
      String id, String title, List<Finding> findings, Dashboard dashboard, String note) {
    Table.Builder table =
        Table.builder()
            .id(id)
            .title(title)
            .addColumns("Code", "Severity", "Subject", "Message", "Tell", "Fix");
    Map<String, String> names = dashboard.health().personNames();
    findings.stream()
        .limit(dashboard.maxFindings())
        .forEach(
            f ->
                table.addRows(
                    TableRow.of(
                        ImmutableList.of(
                            f.code(),
                            f.severity().name(),
                            f.subject().toString(),
                            message(f),
                            FindingsText.names(f, names),
                            f.suggestedFix().orElse("")),
                        tone(f))));
    String shown =
        findings.size() > dashboard.maxFindings()
            ? "Showing the "
                + dashboard.maxFindings()
                + " most severe of "
                + findings.size()
                + " findings."
            : "";
    String text = (shown + " " + note).strip();
    if (!text.isEmpty()) {
      table.note(text);
    }
    return table.build();
  }

  /** The roles told of the most findings first (then by id), as many as {@code maxBars}. */
  private static BarChart rolesToTell(Map<String, Integer> byRole, int maxBars) {
    List<Map.Entry<String, Integer>> roles =
        byRole.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .toList();
    BarChart.Builder chart =
        BarChart.builder()
            .id("findings-by-role")
            .title("Findings by role to tell")
            .addSeries("Findings");
    roles.stream()
        .limit(maxBars)
        .forEach(r -> chart.addBars(Bar.of(r.getKey(), ImmutableList.of((double) r.getValue()))));
    String several = "a finding may name several roles.";
    chart.note(
        roles.size() > maxBars
            ? "The " + maxBars + " roles told of the most of " + roles.size() + "; " + several
            : "Each role's findings to act on or be told of; " + several);
    return chart.build();
  }

  /**
   * Returns the tone of a finding: its severity's, or neutral for a finding a waiver accepted (it
   * counts toward no status).
   */
  static Tone tone(Finding finding) {
    return finding.waived().isPresent() ? Tone.NEUTRAL : tone(finding.severity());
  }

  /** Returns a finding's message, followed by {@code (waived by W until D)} when waived. */
  static String message(Finding finding) {
    return finding.message() + finding.waived().map(w -> " (" + w + ")").orElse("");
  }

  /** Returns the tone of a finding's severity. */
  static Tone tone(Severity severity) {
    switch (severity) {
      case ERROR:
        return Tone.CRITICAL;
      case WARNING:
        return Tone.WARNING;
      default:
        return Tone.NEUTRAL;
    }
  }
}
