package dev.governance.report.diff;

import dev.governance.report.Report;
import dev.governance.report.Section;
import dev.governance.report.Table;
import dev.governance.report.TableRow;
import dev.governance.report.Tone;
import dev.governance.report.text.MarkdownRenderer;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.diff.FindingChange;
import dev.governance.rules.diff.KpiChange;
import dev.governance.rules.diff.MilestoneChange;
import dev.governance.rules.diff.RaciChange;
import dev.governance.rules.diff.RiskChange;
import dev.governance.rules.diff.SnapshotDiff;
import java.time.LocalDate;
import java.util.List;

/**
 * The snapshot diff as the "Since the last meeting" page of a steering-committee pack, in
 * GitHub-flavoured Markdown: a title, the two snapshots compared and the counts, then a section
 * each for findings (new, resolved, changed), risks, KPIs, RACI cells and milestones, each with its
 * count and a table of its changes (a section with none says so and has no table). It is a {@link
 * Report} rendered by {@link MarkdownRenderer}, so every user text is escaped as in every Markdown
 * report: neither a name nor a message can break a table or inject markup or a link.
 */
public final class DiffMarkdown {

  private DiffMarkdown() {}

  /**
   * Renders {@code diff}.
   *
   * @param diff the diff
   * @param beforeName the earlier snapshot's name, such as its file name
   * @param afterName the later snapshot's name
   * @return the Markdown, ending in a line break
   */
  public static String render(SnapshotDiff diff, String beforeName, String afterName) {
    return MarkdownRenderer.render(report(diff, beforeName, afterName));
  }

  /**
   * Returns the page as a report, for the other renderers (HTML, JSON) to show.
   *
   * @param diff the diff
   * @param beforeName the earlier snapshot's name, such as its file name
   * @param afterName the later snapshot's name
   * @return the report, as of the later snapshot's day
   */
  public static Report report(SnapshotDiff diff, String beforeName, String afterName) {
    return Report.builder()
        .title("Since the last meeting")
        .subtitle(
            afterName
                + " (as of "
                + diff.afterAsOf()
                + ") against "
                + beforeName
                + " (as of "
                + diff.beforeAsOf()
                + "): "
                + (diff.isEmpty() ? "no change" : DiffWords.counts(diff))
                + ".")
        .asOf(diff.afterAsOf())
        .addSections(findings(diff), risks(diff), kpis(diff), raci(diff), milestones(diff))
        .build();
  }

  private static Section findings(SnapshotDiff diff) {
    int total =
        diff.addedFindings().size()
            + diff.resolvedFindings().size()
            + diff.changedFindings().size();
    Section.Builder section =
        Section.builder()
            .id("findings")
            .title("Findings")
            .summary(
                total == 0
                    ? "No finding changed."
                    : diff.addedFindings().size()
                        + " new, "
                        + diff.resolvedFindings().size()
                        + " resolved, "
                        + diff.changedFindings().size()
                        + " changed.");
    if (!diff.addedFindings().isEmpty()) {
      section.addBlocks(findingTable("findings-new", "New findings", diff.addedFindings()));
    }
    if (!diff.resolvedFindings().isEmpty()) {
      section.addBlocks(
          findingTable("findings-resolved", "Resolved findings", diff.resolvedFindings()));
    }
    if (!diff.changedFindings().isEmpty()) {
      Table.Builder table =
          Table.builder()
              .id("findings-changed")
              .title("Changed findings (" + diff.changedFindings().size() + ")")
              .addColumns("Code", "Subject", "Before", "After", "Message");
      for (FindingChange c : diff.changedFindings()) {
        table.addRows(
            TableRow.of(
                List.of(
                    c.after().code(),
                    c.after().subject().toString(),
                    c.before().severity() + ", " + DiffWords.waived(c.before()),
                    c.after().severity() + ", " + DiffWords.waived(c.after()),
                    c.after().message()),
                tone(c.after())));
      }
      section.addBlocks(table.build());
    }
    return section.build();
  }

  private static Table findingTable(String id, String title, List<Finding> findings) {
    Table.Builder table =
        Table.builder()
            .id(id)
            .title(title + " (" + findings.size() + ")")
            .addColumns("Severity", "Code", "Subject", "Message", "Waived");
    for (Finding f : findings) {
      table.addRows(
          TableRow.of(
              List.of(
                  f.severity().name(),
                  f.code(),
                  f.subject().toString(),
                  f.message(),
                  f.waived().map(Object::toString).orElse("")),
              tone(f)));
    }
    return table.build();
  }

  private static Tone tone(Finding f) {
    return f.waived().isPresent()
        ? Tone.NEUTRAL
        : f.severity() == Severity.ERROR
            ? Tone.CRITICAL
            : f.severity() == Severity.WARNING ? Tone.WARNING : Tone.NEUTRAL;
  }

  private static Section.Builder section(String id, String title, int count, String what) {
    return Section.builder()
        .id(id)
        .title(title)
        .summary(count == 0 ? "No " + what + " changed." : count + " changed.");
  }

  private static Section risks(SnapshotDiff diff) {
    Section.Builder section = section("risks", "Risks", diff.risks().size(), "risk");
    if (diff.risks().isEmpty()) {
      return section.build();
    }
    Table.Builder table =
        Table.builder()
            .id("risks-changed")
            .title("Risk changes (" + diff.risks().size() + ")")
            .addColumns("Risk", "Field", "Before", "After");
    for (RiskChange r : diff.risks()) {
      table.addRows(
          TableRow.of(
              r.id(),
              DiffWords.field(r.field()),
              DiffWords.value(r.before()),
              DiffWords.value(r.after())));
    }
    return section.addBlocks(table.build()).build();
  }

  private static Section kpis(SnapshotDiff diff) {
    Section.Builder section = section("kpis", "KPIs", diff.kpis().size(), "KPI");
    if (diff.kpis().isEmpty()) {
      return section.build();
    }
    Table.Builder table =
        Table.builder()
            .id("kpis-changed")
            .title("KPI changes (" + diff.kpis().size() + ")")
            .addColumns("KPI", "Before", "After");
    for (KpiChange k : diff.kpis()) {
      table.addRows(
          TableRow.of(k.id(), DiffWords.reading(k.before()), DiffWords.reading(k.after())));
    }
    return section.addBlocks(table.build()).build();
  }

  private static Section raci(SnapshotDiff diff) {
    Section.Builder section = section("raci", "RACI", diff.raci().size(), "RACI cell");
    if (diff.raci().isEmpty()) {
      return section.build();
    }
    Table.Builder table =
        Table.builder()
            .id("raci-changed")
            .title("RACI cell changes (" + diff.raci().size() + ")")
            .addColumns("Matrix", "Activity", "Role", "Before", "After");
    for (RaciChange r : diff.raci()) {
      table.addRows(
          TableRow.of(
              r.matrix(),
              r.activity(),
              r.role(),
              DiffWords.letters(r.before()),
              DiffWords.letters(r.after())));
    }
    return section.addBlocks(table.build()).build();
  }

  private static Section milestones(SnapshotDiff diff) {
    Section.Builder section =
        section("milestones", "Milestones", diff.milestones().size(), "milestone");
    if (diff.milestones().isEmpty()) {
      return section.build();
    }
    Table.Builder table =
        Table.builder()
            .id("milestones-changed")
            .title("Milestone changes (" + diff.milestones().size() + ")")
            .addColumns("Milestone", "Before", "After");
    for (MilestoneChange m : diff.milestones()) {
      table.addRows(
          TableRow.of(
              m.id(),
              DiffWords.value(m.before().map(LocalDate::toString)),
              DiffWords.value(m.after().map(LocalDate::toString))));
    }
    return section.addBlocks(table.build()).build();
  }
}
