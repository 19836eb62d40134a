package dev.governance.report.text;

import dev.governance.report.Block;
import dev.governance.report.Report;
import dev.governance.report.Section;
import dev.governance.report.Table;

/**
 * Renders a report as GitHub-flavoured Markdown, for terminals and pull-request comments: the
 * title, each section as a heading, each block as a heading, its text alternative (for charts) and
 * its data as a pipe table. Every text from the report is escaped: line breaks become spaces, and
 * the characters that make Markdown active content (raw HTML, links, images, emphasis, code) are
 * backslash-escaped (CommonMark §2.4), so a name in the data can neither break a table nor inject
 * markup.
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
      md.append(' ').append(inline(cell)).append(" |");
    }
    md.append('\n');
  }

  /** The ASCII punctuation that can start Markdown markup, escaped wherever it appears. */
  private static final String ACTIVE = "\\`*_[]<>!|#~&";

  /** Returns {@code text} on one line with every character that could start markup escaped. */
  static String inline(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        out.append(' ');
      } else if (ACTIVE.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
