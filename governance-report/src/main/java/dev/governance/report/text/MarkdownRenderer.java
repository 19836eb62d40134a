package dev.governance.report.text;

import dev.governance.report.Block;
import dev.governance.report.Report;
import dev.governance.report.Section;
import dev.governance.report.Table;
import dev.governance.report.Texts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a report as GitHub-flavoured Markdown, for terminals and pull-request comments: the
 * title, each section as a heading, each block as a heading, its text alternative (for charts) and
 * its data as a pipe table. Every text from the report is escaped: line breaks become spaces, other
 * control characters show as {@code \\u001b}-style escapes (a terminal shows Markdown as it is) and
 * NUL and unpaired surrogates as U+FFFD ({@link Texts#visible}); the characters that make Markdown
 * active content (raw HTML, links, images, emphasis, code) are backslash-escaped (CommonMark §2.4),
 * and so are the colon of {@code ://}, the dot of {@code www.} and every {@code @}, which GitHub's
 * autolink extension would make links of; a paragraph of user text cannot start a list, a rule or a
 * code block. So a name in the data can neither break a table nor inject markup or a link.
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
    report.subtitle().ifPresent(s -> md.append(paragraph(s)).append("\n\n"));
    md.append("As of ").append(report.asOf()).append(".\n");
    for (Section section : report.sections()) {
      md.append("\n## ").append(inline(section.title())).append("\n");
      section.summary().ifPresent(s -> md.append('\n').append(paragraph(s)).append('\n'));
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
  static String inline(String raw) {
    String text = Texts.visible(raw);
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        out.append(' ');
      } else if (ACTIVE.indexOf(c) >= 0 || autolinks(text, i)) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Returns whether the character at {@code i} completes what GitHub's autolink extension takes for
   * an address: the colon of {@code ://}, the dot of {@code www.}, or an {@code @}.
   */
  private static boolean autolinks(String text, int i) {
    char c = text.charAt(i);
    if (c == ':') {
      return text.startsWith("//", i + 1);
    }
    if (c == '.') {
      return i >= 3
          && text.regionMatches(true, i - 3, "www", 0, 3)
          && (i == 3 || !Character.isLetterOrDigit(text.charAt(i - 4)));
    }
    return c == '@';
  }

  /** A line that Markdown reads as a list item, a rule, a setext underline or an ordered item. */
  private static final Pattern BLOCK_START = Pattern.compile("[-+=]|[0-9]{1,9}[.)]");

  /**
   * Returns {@code text} {@linkplain #inline escaped} as a paragraph of its own: without leading
   * white space (four spaces start a code block) and with the mark that would start a list or a
   * rule escaped.
   */
  static String paragraph(String text) {
    String line = inline(text).stripLeading();
    Matcher start = BLOCK_START.matcher(line);
    if (start.lookingAt()) {
      int mark = start.end() - 1;
      return line.substring(0, mark) + '\\' + line.substring(mark);
    }
    return line;
  }
}
