package dev.governance.report.html;

import dev.governance.report.Bar;
import dev.governance.report.BarChart;
import dev.governance.report.Texts;

/**
 * Draws a {@link BarChart}: one horizontal stacked bar per label, its total at its end, the limit
 * as a dashed line, and a legend of the series.
 */
final class BarSvg {

  private static final double LEFT = 160;
  private static final double TOP = 28;
  private static final double WIDTH = 420;
  private static final double ROW = 22;
  private static final String[] COLOURS = {Svg.BLUE, Svg.SKY, "#009E73", "#CC79A7"};

  private BarSvg() {}

  static void draw(StringBuilder out, BarChart chart) {
    int rows = chart.bars().size();
    Svg.open(out, chart, LEFT + WIDTH + 70, TOP + Math.max(1, rows) * ROW + 10);
    double max =
        Math.max(
            chart.limit().orElse(0.0),
            chart.bars().stream().mapToDouble(Bar::total).max().orElse(0));
    double scale = max <= 0 ? 0 : WIDTH / max;
    for (int s = 0; s < chart.series().size(); s++) {
      double x = LEFT + s * 140;
      Svg.rect(out, x, 6, 12, 12, COLOURS[s % COLOURS.length], "", "");
      Svg.label(out, x + 18, 16, "start", "legend", chart.series().get(s));
    }
    for (int r = 0; r < rows; r++) {
      Bar bar = chart.bars().get(r);
      double y = TOP + r * ROW;
      Svg.label(out, LEFT - 8, y + 15, "end", "tick", Svg.shorten(bar.label(), 24));
      double x = LEFT;
      for (int s = 0; s < bar.values().size(); s++) {
        double w = bar.values().get(s) * scale;
        Svg.rect(
            out,
            x,
            y + 3,
            w,
            ROW - 6,
            COLOURS[s % COLOURS.length],
            " class=\"bar\"",
            bar.label()
                + ": "
                + chart.series().get(s)
                + " "
                + Texts.number(bar.values().get(s), 2));
        x += w;
      }
      boolean over = chart.limit().isPresent() && bar.total() > chart.limit().get();
      Svg.label(
          out,
          x + 6,
          y + 15,
          "start",
          over ? "total over" : "total",
          Texts.number(bar.total(), 2) + (over ? " \u26A0" : ""));
    }
    chart
        .limit()
        .ifPresent(
            limit -> {
              double x = LEFT + limit * scale;
              Svg.line(
                  out,
                  x,
                  TOP - 4,
                  x,
                  TOP + rows * ROW,
                  Svg.VERMILLION,
                  " stroke-width=\"2\" stroke-dasharray=\"5 3\"");
            });
    out.append("</svg>\n");
  }
}
