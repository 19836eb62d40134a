package dev.governance.io.sheet;

import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciActivity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test workbooks written by an independent writer, Apache POI: sheets of rows of values (text,
 * numbers, booleans, dates, error values ({@link FormulaError}), {@link Formula formulas}, {@code
 * null} for no cell), hidden sheets and merged cells; and a {@link RaciSheet}'s layout, as a person
 * would keep it.
 */
final class PoiWorkbook {

  /** A formula cell, with its cached value, or none: then the workbook saves it uncalculated. */
  record Formula(String formula, Object cached) {}

  private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
  private final List<String> hidden = new ArrayList<>();
  private final Map<String, List<String>> merged = new LinkedHashMap<>();

  /** Adds a sheet of rows, the first row being row 1; {@code null} leaves a cell out. */
  @SafeVarargs
  final PoiWorkbook sheet(String name, List<Object>... rows) {
    sheets.put(name, List.of(rows));
    return this;
  }

  /** Adds a sheet of rows. */
  PoiWorkbook sheet(String name, List<List<Object>> rows) {
    sheets.put(name, rows);
    return this;
  }

  /** Hides a sheet. */
  PoiWorkbook hide(String name) {
    hidden.add(name);
    return this;
  }

  /** Merges a range of a sheet's cells, such as {@code A1:D1}. */
  PoiWorkbook merge(String sheet, String range) {
    merged.computeIfAbsent(sheet, s -> new ArrayList<>()).add(range);
    return this;
  }

  /** Writes the workbook to {@code file}. */
  Path write(Path file) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      for (Map.Entry<String, List<List<Object>>> s : sheets.entrySet()) {
        Sheet sheet = wb.createSheet(s.getKey());
        for (int r = 0; r < s.getValue().size(); r++) {
          List<Object> values = s.getValue().get(r);
          if (values.isEmpty()) {
            continue;
          }
          Row row = sheet.createRow(r);
          for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value != null) {
              set(row.createCell(c), value, date);
            }
          }
        }
        for (String range : merged.getOrDefault(s.getKey(), List.of())) {
          sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        }
      }
      for (String name : hidden) {
        wb.setSheetHidden(wb.getSheetIndex(name), true);
      }
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static void set(Cell cell, Object value, CellStyle date) {
    if (value instanceof String) {
      cell.setCellValue((String) value);
    } else if (value instanceof Number) {
      cell.setCellValue(((Number) value).doubleValue());
    } else if (value instanceof Boolean) {
      cell.setCellValue((Boolean) value);
    } else if (value instanceof LocalDate) {
      cell.setCellValue((LocalDate) value);
      cell.setCellStyle(date);
    } else if (value instanceof FormulaError) {
      cell.setCellErrorValue(((FormulaError) value).getCode());
    } else if (value instanceof Formula) {
      Formula f = (Formula) value;
      cell.setCellFormula(f.formula());
      if (f.cached() instanceof String) {
        cell.setCellValue((String) f.cached());
      } else if (f.cached() instanceof Number) {
        cell.setCellValue(((Number) f.cached()).doubleValue());
      }
    } else {
      throw new IllegalArgumentException("cell value " + value);
    }
  }

  /**
   * Returns the rows of a RACI sheet's layout: {@code Activity}, {@code Critical}, a column per
   * role headed by its name, then a row per activity, its name, {@code critical} as given and its
   * cells' letters as {@code letters} writes them.
   *
   * @param sheet the matrix, roles and holders
   * @param critical how a critical flag is written: {@code true}, {@code "yes"}, 1 and so on
   * @param letters how a cell's letters are written, from {@code A/R}
   * @return the rows
   */
  static List<List<Object>> layout(
      RaciSheet sheet,
      java.util.function.Function<Boolean, Object> critical,
      java.util.function.Function<String, Object> letters) {
    List<List<Object>> rows = new ArrayList<>();
    List<Object> header = new ArrayList<>(List.of("Activity", "Critical"));
    sheet.roles().forEach(r -> header.add(r.name()));
    rows.add(header);
    for (RaciActivity a : sheet.matrix().activities()) {
      List<Object> row = new ArrayList<>();
      row.add(a.name());
      row.add(critical.apply(a.critical()));
      for (Role r : sheet.roles()) {
        row.add(
            sheet.matrix().cell(a.id(), r.id()).map(c -> letters.apply(c.toString())).orElse(null));
      }
      rows.add(row);
    }
    return rows;
  }

  /** Returns the rows of a people sheet: {@code Role}, {@code Person}, then a row per holder. */
  static List<List<Object>> people(List<RoleAssignment> holders) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("Role", "Person"));
    for (RoleAssignment h : holders) {
      for (String person : h.people()) {
        rows.add(List.of(h.role(), person));
      }
    }
    return rows;
  }

  /** Returns rows as CSV text (RFC 4180: every cell quoted, quotes doubled), blank for null. */
  static String csv(List<List<Object>> rows) {
    StringBuilder out = new StringBuilder();
    for (List<Object> row : rows) {
      List<String> cells = new ArrayList<>();
      for (Object value : row) {
        String text = value == null ? "" : String.valueOf(value);
        cells.add(text.isEmpty() ? "" : "\"" + text.replace("\"", "\"\"") + "\"");
      }
      out.append(String.join(",", cells)).append("\r\n");
    }
    return out.toString();
  }
}
