package dev.governance.report.diff;

import dev.governance.report.Texts;
import dev.governance.report.findings.FindingsText;
import dev.governance.rules.Finding;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.diff.FindingChange;
import dev.governance.rules.diff.KpiChange;
import dev.governance.rules.diff.MilestoneChange;
import dev.governance.rules.diff.RaciChange;
import dev.governance.rules.diff.RiskChange;
import dev.governance.rules.diff.SnapshotDiff;
import java.time.LocalDate;

/**
 * The snapshot diff as text, one line per change, then a line of counts:
 *
 * <pre>
 * + NEW.json:LINE:COLUMN: SEVERITY CODE [subject] message      a finding added
 * - OLD.json:LINE:COLUMN: SEVERITY CODE [subject] message      a finding resolved
 * ~ OLD.json:...: WARNING ... (not waived)                    a finding changed, before
 *   -&gt; NEW.json:...: ERROR ... (not waived)                   and after
 * risk ID FIELD: BEFORE -&gt; AFTER
 * kpi ID: VALUE STATUS -&gt; VALUE STATUS
 * raci MATRIX ACTIVITY ROLE: LETTERS -&gt; LETTERS
 * milestone ID: DATE -&gt; DATE
 * N findings added, N resolved, N changed; risk changes N, KPI changes N, RACI changes N, milestone changes N
 * </pre>
 *
 * <p>A finding's line is that of the findings text ({@link FindingsText#line}); a side that does
 * not exist shows {@code (none)}, an empty RACI cell {@code (empty)}, a KPI without data {@code no
 * data}. Control characters in user text are shown as {@code \n}-style escapes ({@link
 * Texts#oneLine}), so one change is always one line (a changed finding, two).
 */
public final class DiffText {

  private DiffText() {}

  /**
   * Renders {@code diff}.
   *
   * @param diff the diff
   * @param beforeFile the name of the earlier snapshot's file
   * @param before where each finding of the earlier snapshot is in its file
   * @param afterFile the name of the later snapshot's file
   * @param after where each finding of the later snapshot is in its file
   * @return the text, each line ending in {@code \n}
   */
  public static String render(
      SnapshotDiff diff,
      String beforeFile,
      FindingLocator before,
      String afterFile,
      FindingLocator after) {
    StringBuilder out = new StringBuilder();
    for (Finding f : diff.addedFindings()) {
      out.append("+ ").append(FindingsText.line(afterFile, f, after)).append('\n');
    }
    for (Finding f : diff.resolvedFindings()) {
      out.append("- ").append(FindingsText.line(beforeFile, f, before)).append('\n');
    }
    for (FindingChange c : diff.changedFindings()) {
      out.append("~ ")
          .append(FindingsText.line(beforeFile, c.before(), before))
          .append(unwaived(c.before()))
          .append("\n  -> ")
          .append(FindingsText.line(afterFile, c.after(), after))
          .append(unwaived(c.after()))
          .append('\n');
    }
    for (RiskChange r : diff.risks()) {
      line(
          out,
          "risk " + r.id() + " " + DiffWords.field(r.field()),
          DiffWords.value(r.before()),
          DiffWords.value(r.after()));
    }
    for (KpiChange k : diff.kpis()) {
      line(out, "kpi " + k.id(), DiffWords.reading(k.before()), DiffWords.reading(k.after()));
    }
    for (RaciChange r : diff.raci()) {
      line(
          out,
          "raci " + r.matrix() + " " + r.activity() + " " + r.role(),
          DiffWords.letters(r.before()),
          DiffWords.letters(r.after()));
    }
    for (MilestoneChange m : diff.milestones()) {
      line(
          out,
          "milestone " + m.id(),
          DiffWords.value(m.before().map(LocalDate::toString)),
          DiffWords.value(m.after().map(LocalDate::toString)));
    }
    return out.append(DiffWords.counts(diff)).append('\n').toString();
  }

  /**
   * Returns {@code " (not waived)"} for a finding no waiver accepted; a waived finding's line says
   * {@code (waived by W until D)} itself.
   */
  private static String unwaived(Finding finding) {
    return finding.waived().isPresent() ? "" : " (" + DiffWords.waived(finding) + ")";
  }

  private static void line(StringBuilder out, String what, String before, String after) {
    out.append(Texts.oneLine(what + ": " + before + " -> " + after)).append('\n');
  }
}
