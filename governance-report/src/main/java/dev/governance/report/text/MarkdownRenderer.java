package dev.governance.report.text;

import dev.governance.report.Block;
import dev.governance.report.Report;
import dev.governance.report.Section;
import dev.governance.report.Table;

/**
 * Renders a report as GitHub-flavoured Markdown, for terminals and pull-request comments: the
 * title, each section as a heading, each block as a heading, its text alternative (for charts) and
 * its data as a pipe table. Pipes in cells are escaped and line breaks become spaces, so a cell
 * never breaks the table.
 */
public final class MarkdownRenderer {

  private MarkdownRenderer() {}

  /**
   * Renders {@code report}.
   *
   * @param report the report
   * @return the Markdown, ending in a line break
   */
  public static String render(Report report) {
    StringBuilder md = new StringBuilder("# ").append(inline(report.title())).append("\n\n");
    report.subtitle().ifPresent(s -> md.append(inline(s)).append("\n\n"));
    md.append("As of ").append(report.asOf()).append(".\n");
    for (Section section : report.sections()) {
      md.append("\n## ").append(inline(section.title())).append("\n");
      section.summary().ifPresent(s -> md.append('\n').append(inline(s)).append('\n'));
      for (Block block : section.blocks()) {
        md.append("\n### ").append(inline(block.title())).append("\n\n");
        if (!(block instanceof Table)) {
          md.append('_').append(inline(block.textAlternative())).append("_\n\n");
        }
        table(md, block.asTable());
      }
    }
    return md.toString();
  }

  private static void table(StringBuilder md, Table table) {
    row(md, table.columns());
    md.append('|');
    table.columns().forEach(c -> md.append(" --- |"));
    md.append('\n');
    table.rows().forEach(r -> row(md, r.cells()));
    table.note().ifPresent(n -> md.append("\n_").append(inline(n)).append("_\n"));
  }

  private static void row(StringBuilder md, Iterable<String> cells) {
    md.append('|');
    for (String cell : cells) {
      md.append(' ').append(inline(cell).replace("|", "\\|")).append(" |");
    }
    md.append('\n');
  }

  private static String inline(String text) {
    return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
