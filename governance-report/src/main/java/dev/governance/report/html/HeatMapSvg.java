package dev.governance.report.html;

import dev.governance.report.HeatMap;
import dev.governance.report.Texts;
import dev.governance.report.Tone;

/** Draws a {@link HeatMap}: toned cells with their counts, row and column labels, axis titles. */
final class HeatMapSvg {

  private static final double CELL = 54;
  private static final double LEFT = 110;
  private static final double TOP = 12;

  private HeatMapSvg() {}

  static void draw(StringBuilder out, HeatMap map) {
    int rows = map.rows().size();
    int columns = map.columns().size();
    double width = LEFT + columns * CELL + 12;
    double height = TOP + rows * CELL + 60;
    Svg.open(out, map, width, height);
    for (int r = 0; r < rows; r++) {
      double y = TOP + r * CELL;
      Svg.label(out, LEFT - 8, y + CELL / 2 + 4, "end", "tick", Svg.shorten(map.rows().get(r), 16));
      for (int c = 0; c < columns; c++) {
        double x = LEFT + c * CELL;
        Tone tone = map.tones().get(r).get(c);
        int count = map.counts().get(r).get(c);
        Svg.rect(
            out,
            x,
            y,
            CELL - 2,
            CELL - 2,
            Svg.fill(tone),
            " class=\"cell\"",
            map.rows().get(r)
                + " x "
                + map.columns().get(c)
                + ": "
                + count
                + " ("
                + Texts.status(tone)
                + ")");
        Svg.label(
            out,
            x + CELL / 2 - 1,
            y + CELL / 2 + 5,
            "middle",
            count == 0 ? "count zero" : "count",
            String.valueOf(count));
      }
    }
    for (int c = 0; c < columns; c++) {
      Svg.label(
          out,
          LEFT + c * CELL + CELL / 2,
          TOP + rows * CELL + 16,
          "middle",
          "tick",
          Svg.shorten(map.columns().get(c), 9));
    }
    Svg.label(
        out,
        LEFT + columns * CELL / 2,
        TOP + rows * CELL + 40,
        "middle",
        "axis",
        map.columnTitle() + " \u2192");
    out.append("<text class=\"axis\" text-anchor=\"middle\" transform=\"translate(14 ")
        .append(Svg.n(TOP + rows * CELL / 2))
        .append(") rotate(-90)\">");
    Svg.text(out, map.rowTitle() + " \u2192").append("</text>\n");
    out.append("</svg>\n");
  }
}
