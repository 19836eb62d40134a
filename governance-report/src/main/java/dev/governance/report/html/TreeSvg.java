package dev.governance.report.html;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.governance.report.ScorecardTree;
import dev.governance.report.Texts;
import dev.governance.report.TreeNode;
import dev.governance.report.Trend;

/**
 * Draws a {@link ScorecardTree} as an indented tree: per node a status square with its letter, the
 * label, a score bar from 0 to 100 % of target (full beyond it), the score and the trend arrow
 * (green when improving, red when declining).
 */
final class TreeSvg {

  private static final double ROW = 26;
  private static final double INDENT = 20;
  private static final double BAR_X = 430;
  private static final double BAR_WIDTH = 200;

  private TreeSvg() {}

  static void draw(StringBuilder out, ScorecardTree tree) {
    int rows = tree.root().flatten().size();
    Svg.open(out, tree, BAR_X + BAR_WIDTH + 110, rows * ROW + 10);
    node(out, tree.root(), 0, new int[] {0});
    out.append("</svg>\n");
  }

  @CanIgnoreReturnValue
  private static double node(StringBuilder out, TreeNode node, int level, int[] row) {
    double y = 5 + row[0]++ * ROW;
    double x = 6 + level * INDENT;
    Svg.rect(
        out,
        x,
        y + 4,
        18,
        18,
        Svg.fill(node.tone()),
        " class=\"status\" rx=\"3\"",
        Texts.status(node.tone()));
    Svg.label(out, x + 9, y + 17, "middle", "mark", Svg.letter(node.tone()));
    Svg.label(
        out,
        x + 26,
        y + 17,
        "start",
        level == 0 ? "node root" : "node",
        Svg.shorten(node.label(), Math.max(12, 48 - 3 * level))
            + node.value().map(v -> " (" + v + ")").orElse(""));
    Svg.rect(out, BAR_X, y + 8, BAR_WIDTH, 10, "#E6E6E6", "", "");
    node.score()
        .ifPresent(
            s ->
                Svg.rect(
                    out,
                    BAR_X,
                    y + 8,
                    BAR_WIDTH * Math.max(0, Math.min(s, 100)) / 100,
                    10,
                    Svg.fill(node.tone()),
                    "",
                    node.label()
                        + ": "
                        + Texts.number(s, 1)
                        + node.explanation().map(e -> "\n" + e).orElse("")));
    Svg.label(
        out,
        BAR_X + BAR_WIDTH + 8,
        y + 17,
        "start",
        "score",
        node.score().map(s -> Texts.number(s, 1)).orElse("no data"));
    node.trend()
        .ifPresent(
            t -> {
              String colour =
                  t == Trend.IMPROVING
                      ? "#009E73"
                      : t == Trend.DECLINING ? Svg.VERMILLION : Svg.AXIS;
              out.append("<text x=\"")
                  .append(Svg.n(BAR_X + BAR_WIDTH + 70))
                  .append("\" y=\"")
                  .append(Svg.n(y + 17))
                  .append("\" class=\"trend\" fill=\"")
                  .append(colour)
                  .append("\">")
                  .append(t.arrow())
                  .append("<title>")
                  .append(t.name().toLowerCase(java.util.Locale.ROOT))
                  .append("</title></text>\n");
            });
    double last = y;
    for (TreeNode child : node.children()) {
      double childY = node(out, child, level + 1, row);
      Svg.line(out, x + 9, childY + 13, x + INDENT + 6, childY + 13, "#999999", "");
      last = childY;
    }
    if (!node.children().isEmpty()) {
      Svg.line(out, x + 9, y + 22, x + 9, last + 13, "#999999", "");
    }
    return y;
  }
}
