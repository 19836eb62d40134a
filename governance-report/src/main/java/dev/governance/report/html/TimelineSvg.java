package dev.governance.report.html;

import dev.governance.report.Timeline;
import dev.governance.report.TimelineItem;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Draws a {@link Timeline}: a date axis with month starts, today as a line, and one row per item
 * with a toned dot at its date (a ring around it when escalated) and its label.
 */
final class TimelineSvg {

  private static final double LEFT = 16;
  private static final double WIDTH = 720;
  private static final double ROW = 20;
  private static final double TOP = 34;

  private TimelineSvg() {}

  static void draw(StringBuilder out, Timeline timeline) {
    int rows = timeline.items().size();
    double height = TOP + Math.max(1, rows) * ROW + 12;
    Svg.open(out, timeline, LEFT * 2 + WIDTH, height);
    long days = ChronoUnit.DAYS.between(timeline.from(), timeline.to());
    Svg.line(out, LEFT, TOP - 10, LEFT + WIDTH, TOP - 10, Svg.AXIS, "");
    for (LocalDate month = timeline.from().withDayOfMonth(1).plusMonths(1);
        !month.isAfter(timeline.to());
        month = month.plusMonths(1)) {
      double x = x(timeline, month, days);
      Svg.line(out, x, TOP - 14, x, height - 4, "#DDDDDD", "");
      Svg.label(
          out,
          x + 3,
          TOP - 16,
          "start",
          "tick",
          month
                  .getMonth()
                  .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
              + " "
              + month.getYear());
    }
    if (!timeline.today().isBefore(timeline.from()) && !timeline.today().isAfter(timeline.to())) {
      double x = x(timeline, timeline.today(), days);
      Svg.line(out, x, TOP - 14, x, height - 4, Svg.BLUE, " stroke-width=\"2\" class=\"today\"");
      Svg.label(out, x + 3, height - 6, "start", "tick", "today");
    }
    for (int i = 0; i < rows; i++) {
      TimelineItem item = timeline.items().get(i);
      double x = x(timeline, item.date(), days);
      double y = TOP + i * ROW + 6;
      out.append("<circle class=\"item\" cx=\"")
          .append(Svg.n(x))
          .append("\" cy=\"")
          .append(Svg.n(y))
          .append("\" r=\"6\" fill=\"")
          .append(Svg.fill(item.tone()))
          .append("\" stroke=\"#333333\"><title>");
      Svg.text(
              out,
              item.date()
                  + " "
                  + item.label()
                  + ": "
                  + item.status()
                  + item.escalatedTo().map(e -> ", escalated to " + e).orElse(""))
          .append("</title></circle>\n");
      if (item.escalatedTo().isPresent()) {
        out.append("<circle cx=\"")
            .append(Svg.n(x))
            .append("\" cy=\"")
            .append(Svg.n(y))
            .append("\" r=\"9\" fill=\"none\" stroke=\"")
            .append(Svg.VERMILLION)
            .append("\" stroke-width=\"2\"/>\n");
      }
      boolean right = x < LEFT + WIDTH * 0.6;
      Svg.label(
          out,
          right ? x + 12 : x - 12,
          y + 4,
          right ? "start" : "end",
          "legend",
          Svg.shorten(item.date() + " " + item.label(), 60) + " \u2014 " + item.status());
    }
    out.append("</svg>\n");
  }

  private static double x(Timeline timeline, LocalDate date, long days) {
    return LEFT + WIDTH * ChronoUnit.DAYS.between(timeline.from(), date) / Math.max(1, days);
  }
}
