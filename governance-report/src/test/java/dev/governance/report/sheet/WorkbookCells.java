package dev.governance.report.sheet;

import dev.governance.io.sheet.CellKind;
import dev.governance.io.sheet.SheetCell;
import dev.governance.io.sheet.SheetRow;
import dev.governance.io.sheet.Workbook;
import dev.governance.io.sheet.WorkbookSheet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A workbook as the foundation reader of {@code governance-io} ({@link Workbook}) reads it: per
 * sheet, in order, the rows it holds as lists of cell descriptions ({@code TEXT:Risks}, {@code
 * NUMBER:4}, {@code DATE:2026-03-15T00:00}), trailing blanks dropped.
 */
final class WorkbookCells {

  private WorkbookCells() {}

  static Map<String, List<List<String>>> read(Path dir, String name, byte[] xlsx)
      throws IOException {
    return read(Files.write(dir.resolve(name), xlsx));
  }

  static Map<String, List<List<String>>> read(Path file) {
    Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
    try (Workbook workbook = Workbook.open(file)) {
      for (WorkbookSheet sheet : workbook.sheets()) {
        List<List<String>> rows = new ArrayList<>();
        try (Stream<SheetRow> stream = workbook.rows(sheet)) {
          stream.forEach(
              row -> {
                while (rows.size() < row.number() - 1) {
                  rows.add(List.of());
                }
                rows.add(cells(row));
              });
        }
        sheets.put(sheet.name(), rows);
      }
    }
    return sheets;
  }

  private static List<String> cells(SheetRow row) {
    List<String> cells = new ArrayList<>();
    for (SheetCell cell : row.cells()) {
      cells.add(describe(cell));
    }
    while (!cells.isEmpty() && cells.get(cells.size() - 1).equals("BLANK:")) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }

  static String describe(SheetCell cell) {
    if (cell.kind() == CellKind.DATE) {
      return "DATE:" + cell.date().orElseThrow();
    }
    return cell.kind() + ":" + cell.text();
  }
}
