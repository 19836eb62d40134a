package dev.governance.report.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as Apache POI, an independent reader, sees it: per sheet, rows of cells, each a {@link
 * String} (text), a {@link Double} (a number), a {@link LocalDate} (a number in a date format) or
 * null (blank), and what each sheet's layout is.
 */
record PoiSheets(Map<String, List<List<Object>>> cells, Map<String, Layout> layouts) {

  /** A sheet's frozen rows, auto-filter range and column widths in characters. */
  record Layout(int frozenRows, String autoFilter, List<Double> widths) {}

  static PoiSheets read(byte[] xlsx) throws IOException {
    Map<String, List<List<Object>>> cells = new LinkedHashMap<>();
    Map<String, Layout> layouts = new LinkedHashMap<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : workbook) {
        List<List<Object>> rows = new ArrayList<>();
        int columns = 0;
        for (Row row : sheet) {
          while (rows.size() < row.getRowNum()) {
            rows.add(new ArrayList<>());
          }
          List<Object> values = new ArrayList<>();
          for (int c = 0; c < row.getLastCellNum(); c++) {
            values.add(value(row.getCell(c)));
          }
          columns = Math.max(columns, values.size());
          rows.add(values);
        }
        XSSFSheet xssf = (XSSFSheet) sheet;
        List<Double> widths = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
          widths.add(sheet.getColumnWidth(c) / 256.0);
        }
        cells.put(sheet.getSheetName(), rows);
        layouts.put(
            sheet.getSheetName(),
            new Layout(
                sheet.getPaneInformation() == null
                    ? 0
                    : sheet.getPaneInformation().getHorizontalSplitTopRow(),
                xssf.getCTWorksheet().isSetAutoFilter()
                    ? xssf.getCTWorksheet().getAutoFilter().getRef()
                    : "",
                widths));
      }
    }
    return new PoiSheets(cells, layouts);
  }

  private static Object value(Cell cell) {
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return null;
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      return DateUtil.isCellDateFormatted(cell)
          ? cell.getLocalDateTimeCellValue().toLocalDate()
          : (Object) cell.getNumericCellValue();
    }
    return cell.getStringCellValue();
  }
}
