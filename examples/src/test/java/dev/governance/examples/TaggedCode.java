package dev.governance.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads code examples out of Java sources, Markdown pages and javadoc, so that a test can check
 * that the code a page or a javadoc comment shows is code that compiles and runs.
 *
 * <p>A region of a Java source lies between a line {@code // tag::NAME[]} and a line {@code //
 * end::NAME[]} (the AsciiDoc convention); regions do not nest. Every example comes back with its
 * common indentation removed and without trailing blank lines, so that code indented in a method
 * compares equal to the same code flush left in a page.
 */
final class TaggedCode {

  private static final Pattern START = Pattern.compile("^\\s*// tag::([\\w.-]+)\\[\\]\\s*$");
  private static final Pattern END = Pattern.compile("^\\s*// end::([\\w.-]+)\\[\\]\\s*$");
  private static final Pattern JAVADOC_LINE = Pattern.compile("^\\s*\\* ?(.*)$");

  private TaggedCode() {}

  /**
   * Returns the tagged regions of {@code source} by name, in the order they start.
   *
   * @throws IllegalArgumentException if a region is not closed, is closed without being opened,
   *     opens inside another or has a name already used
   */
  static Map<String, String> regions(String source) {
    Map<String, String> regions = new LinkedHashMap<>();
    String open = null;
    List<String> lines = new ArrayList<>();
    int number = 0;
    for (String line : source.split("\n", -1)) {
      number++;
      Matcher start = START.matcher(line);
      Matcher end = END.matcher(line);
      if (start.matches()) {
        if (open != null) {
          throw new IllegalArgumentException(
              "line " + number + ": region '" + start.group(1) + "' opens inside '" + open + "'");
        }
        if (regions.containsKey(start.group(1))) {
          throw new IllegalArgumentException(
              "line " + number + ": region '" + start.group(1) + "' is tagged twice");
        }
        open = start.group(1);
        lines.clear();
      } else if (end.matches()) {
        if (!end.group(1).equals(open)) {
          throw new IllegalArgumentException(
              "line "
                  + number
                  + ": end of region '"
                  + end.group(1)
                  + "', expected the end of "
                  + (open == null ? "no region" : "'" + open + "'"));
        }
        regions.put(open, dedent(lines));
        open = null;
      } else if (open != null) {
        lines.add(line);
      }
    }
    if (open != null) {
      throw new IllegalArgumentException("region '" + open + "' is not closed");
    }
    return regions;
  }

  /**
   * Returns the fenced code blocks of {@code markdown} whose info string is {@code language}, in
   * order.
   *
   * @throws IllegalArgumentException if such a block is not closed
   */
  static List<String> fencedBlocks(String markdown, String language) {
    List<String> blocks = new ArrayList<>();
    List<String> lines = null;
    for (String line : markdown.split("\n", -1)) {
      if (lines == null) {
        if (line.equals("```" + language)) {
          lines = new ArrayList<>();
        }
      } else if (line.equals("```")) {
        blocks.add(dedent(lines));
        lines = null;
      } else {
        lines.add(line);
      }
    }
    if (lines != null) {
      throw new IllegalArgumentException("a ```" + language + " block is not closed");
    }
    return blocks;
  }

  /**
   * Returns the code of each {@code <pre>{@code ...}</pre>} block of {@code text}, in order: in a
   * doc comment, each line without its leading {@code *}; in an HTML file (no leading {@code *}),
   * as written.
   *
   * @throws IllegalArgumentException if such a block is not closed
   */
  static List<String> javadocExamples(String text) {
    List<String> examples = new ArrayList<>();
    List<String> lines = null;
    for (String raw : text.split("\n", -1)) {
      Matcher javadoc = JAVADOC_LINE.matcher(raw);
      String line = javadoc.matches() ? javadoc.group(1) : raw;
      if (lines == null) {
        if (line.strip().equals("<pre>{@code")) {
          lines = new ArrayList<>();
        }
      } else if (line.strip().equals("}</pre>")) {
        examples.add(dedent(lines));
        lines = null;
      } else {
        lines.add(line);
      }
    }
    if (lines != null) {
      throw new IllegalArgumentException("a <pre>{@code block is not closed");
    }
    return examples;
  }

  /** Joins {@code lines} without their common indentation, trailing spaces and blank ends. */
  static String dedent(List<String> lines) {
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line.isBlank() ? "" : line.substring(indent).stripTrailing()).append('\n');
    }
    return text.toString().strip().isEmpty() ? "" : text.toString().stripTrailing();
  }
}
