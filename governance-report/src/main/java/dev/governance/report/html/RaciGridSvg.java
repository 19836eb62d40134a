package dev.governance.report.html;

import dev.governance.report.GridMark;
import dev.governance.report.RaciGrid;
import dev.governance.report.Tone;
import java.util.stream.Collectors;

/**
 * Draws a {@link RaciGrid}: role headings turned upward, a row per activity with its letters, the
 * cells with findings outlined in their finding's colour and the rows with findings flagged at the
 * left, the roles with findings outlined dashed down their column, each with its findings as a
 * tooltip.
 */
final class RaciGridSvg {

  private static final double LEFT = 250;
  private static final double TOP = 110;
  private static final double CELL_WIDTH = 40;
  private static final double ROW = 22;

  private RaciGridSvg() {}

  static void draw(StringBuilder out, RaciGrid grid) {
    int rows = grid.activities().size();
    int columns = grid.roles().size();
    Svg.open(out, grid, LEFT + columns * CELL_WIDTH + 80, TOP + rows * ROW + 10);
    for (int c = 0; c < columns; c++) {
      double x = LEFT + c * CELL_WIDTH + CELL_WIDTH / 2;
      out.append("<text class=\"tick\" transform=\"translate(")
          .append(Svg.n(x + 4))
          .append(' ')
          .append(Svg.n(TOP - 6))
          .append(") rotate(-50)\">");
      Svg.text(out, Svg.shorten(grid.roles().get(c), 18)).append("</text>\n");
      int column = c;
      String roleFindings =
          grid.marks().stream()
              .filter(m -> m.onColumn(column))
              .map(m -> m.code() + " " + m.message())
              .collect(Collectors.joining("\n"));
      if (!roleFindings.isEmpty()) {
        Tone worst =
            grid.marks().stream()
                .filter(m -> m.onColumn(column))
                .map(GridMark::tone)
                .min(Enum::compareTo)
                .orElse(Tone.NEUTRAL);
        Svg.rect(
            out,
            LEFT + c * CELL_WIDTH + 1,
            TOP - 2,
            CELL_WIDTH - 2,
            rows * ROW + 4,
            "none",
            " stroke=\""
                + Svg.fill(worst)
                + "\" stroke-width=\"3\" stroke-dasharray=\"4 2\" class=\"marked\"",
            roleFindings);
      }
    }
    for (int r = 0; r < rows; r++) {
      int row = r;
      double y = TOP + r * ROW;
      if (r % 2 == 0) {
        Svg.rect(out, 0, y, LEFT + columns * CELL_WIDTH, ROW, "#F7F7F7", "", "");
      }
      String rowFindings =
          grid.marks().stream()
              .filter(m -> m.onRow(row))
              .map(m -> m.code() + " " + m.message())
              .collect(Collectors.joining("\n"));
      Tone worst =
          grid.marks().stream()
              .filter(m -> m.onRow(row))
              .map(GridMark::tone)
              .min(Enum::compareTo)
              .orElse(Tone.NEUTRAL);
      if (!rowFindings.isEmpty()) {
        Svg.rect(out, 2, y + 3, 16, 16, Svg.fill(worst), " class=\"flag\" rx=\"8\"", rowFindings);
        Svg.label(out, 10, y + 15, "middle", "mark", "!");
      }
      Svg.label(out, 24, y + 15, "start", "tick", Svg.shorten(grid.activities().get(r), 36));
      for (int c = 0; c < columns; c++) {
        int column = c;
        double x = LEFT + c * CELL_WIDTH;
        String cellFindings =
            grid.marks().stream()
                .filter(m -> m.onCell(row, column))
                .map(m -> m.code() + " " + m.message())
                .collect(Collectors.joining("\n"));
        Tone cellTone =
            grid.marks().stream()
                .filter(m -> m.onCell(row, column))
                .map(GridMark::tone)
                .min(Enum::compareTo)
                .orElse(Tone.NEUTRAL);
        String letters = grid.cells().get(r).get(c);
        Svg.rect(
            out,
            x + 2,
            y + 2,
            CELL_WIDTH - 4,
            ROW - 4,
            letters.isEmpty() ? "none" : "#FFFFFF",
            cellFindings.isEmpty()
                ? " stroke=\"#CCCCCC\""
                : " stroke=\"" + Svg.fill(cellTone) + "\" stroke-width=\"3\" class=\"marked\"",
            cellFindings.isEmpty()
                ? grid.activities().get(r)
                    + " / "
                    + grid.roles().get(c)
                    + ": "
                    + (letters.isEmpty() ? "none" : letters)
                : cellFindings);
        if (!letters.isEmpty()) {
          Svg.label(out, x + CELL_WIDTH / 2, y + 15, "middle", "letters", letters);
        }
      }
    }
    out.append("</svg>\n");
  }
}
