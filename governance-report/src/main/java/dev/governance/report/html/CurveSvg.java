package dev.governance.report.html;

import dev.governance.report.CurveChart;
import dev.governance.report.Point;
import dev.governance.report.Series;
import dev.governance.report.Texts;
import java.util.List;

/**
 * Draws a {@link CurveChart}: axes with ticks (powers of ten on a logarithmic x axis), one polyline
 * per series (dashed ones for limits) and a legend.
 */
final class CurveSvg {

  private static final double LEFT = 70;
  private static final double TOP = 16;
  private static final double PLOT_WIDTH = 520;
  private static final double PLOT_HEIGHT = 260;
  private static final String[] COLOURS = {Svg.BLUE, Svg.VERMILLION, "#009E73", "#CC79A7"};

  private CurveSvg() {}

  static void draw(StringBuilder out, CurveChart chart) {
    Svg.open(out, chart, LEFT + PLOT_WIDTH + 190, TOP + PLOT_HEIGHT + 56);
    List<Point> points = chart.allPoints();
    double xMin = points.stream().mapToDouble(p -> x(chart, p.x())).min().orElse(0);
    double xMax = points.stream().mapToDouble(p -> x(chart, p.x())).max().orElse(1);
    if (xMax <= xMin) {
      xMax = xMin + 1;
    }
    double yMax = points.stream().mapToDouble(Point::y).max().orElse(1);
    if (yMax <= 0) {
      yMax = 1;
    }
    Axis axis = new Axis(xMin, xMax, yMax);
    Svg.line(out, LEFT, TOP + PLOT_HEIGHT, LEFT + PLOT_WIDTH, TOP + PLOT_HEIGHT, Svg.AXIS, "");
    Svg.line(out, LEFT, TOP, LEFT, TOP + PLOT_HEIGHT, Svg.AXIS, "");
    if (chart.logX()) {
      for (int e = (int) Math.ceil(xMin); e <= Math.floor(xMax); e++) {
        xTick(out, axis, e, compact(Math.pow(10, e)));
      }
    } else {
      for (int i = 0; i <= 4; i++) {
        double v = xMin + (xMax - xMin) * i / 4;
        xTick(out, axis, v, compact(v));
      }
    }
    for (int i = 0; i <= 4; i++) {
      double v = yMax * i / 4;
      double y = axis.py(v);
      Svg.line(out, LEFT - 4, y, LEFT + PLOT_WIDTH, y, "#DDDDDD", "");
      Svg.label(
          out,
          LEFT - 8,
          y + 4,
          "end",
          "tick",
          chart.yPercent() ? Texts.number(100 * v, 1) + " %" : compact(v));
    }
    Svg.label(
        out,
        LEFT + PLOT_WIDTH / 2,
        TOP + PLOT_HEIGHT + 42,
        "middle",
        "axis",
        chart.xTitle() + (chart.logX() ? " (log scale)" : ""));
    out.append("<text class=\"axis\" text-anchor=\"middle\" transform=\"translate(14 ")
        .append(Svg.n(TOP + PLOT_HEIGHT / 2))
        .append(") rotate(-90)\">");
    Svg.text(out, chart.yTitle()).append("</text>\n");
    for (int s = 0; s < chart.series().size(); s++) {
      Series series = chart.series().get(s);
      String colour = COLOURS[s % COLOURS.length];
      out.append("<polyline class=\"series\" fill=\"none\" stroke=\"")
          .append(colour)
          .append("\" stroke-width=\"2\"")
          .append(series.dashed() ? " stroke-dasharray=\"6 4\"" : "")
          .append(" points=\"");
      for (Point p : series.points()) {
        out.append(Svg.n(axis.px(x(chart, p.x()))))
            .append(',')
            .append(Svg.n(axis.py(p.y())))
            .append(' ');
      }
      out.append("\"><title>");
      Svg.text(out, series.name()).append("</title></polyline>\n");
      double ly = TOP + 10 + s * 20;
      Svg.line(
          out,
          LEFT + PLOT_WIDTH + 16,
          ly,
          LEFT + PLOT_WIDTH + 40,
          ly,
          colour,
          " stroke-width=\"2\"" + (series.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
      Svg.label(
          out, LEFT + PLOT_WIDTH + 46, ly + 4, "start", "legend", Svg.shorten(series.name(), 22));
    }
    out.append("</svg>\n");
  }

  private static void xTick(StringBuilder out, Axis axis, double v, String label) {
    double x = axis.px(v);
    Svg.line(out, x, TOP + PLOT_HEIGHT, x, TOP + PLOT_HEIGHT + 4, Svg.AXIS, "");
    Svg.label(out, x, TOP + PLOT_HEIGHT + 18, "middle", "tick", label);
  }

  private static double x(CurveChart chart, double x) {
    return chart.logX() ? Math.log10(x) : x;
  }

  /** Returns a number in a few characters: 950, 12k, 3.5M, 1.2G. */
  static String compact(double v) {
    double a = Math.abs(v);
    if (a >= 1e9) {
      return Texts.number(v / 1e9, 1) + "G";
    }
    if (a >= 1e6) {
      return Texts.number(v / 1e6, 1) + "M";
    }
    if (a >= 1e3) {
      return Texts.number(v / 1e3, 1) + "k";
    }
    return Texts.number(v, 2);
  }

  /** Maps data to plot coordinates. */
  private record Axis(double xMin, double xMax, double yMax) {
    double px(double x) {
      return LEFT + (x - xMin) / (xMax - xMin) * PLOT_WIDTH;
    }

    double py(double y) {
      return TOP + PLOT_HEIGHT - y / yMax * PLOT_HEIGHT;
    }
  }
}
