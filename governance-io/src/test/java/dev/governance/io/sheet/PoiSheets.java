package dev.governance.io.sheet;

import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAssessment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes test workbooks with Apache POI, an independent writer: sheets of rows of values (text,
 * numbers, dates as date cells, booleans, formulas without a cached value, blanks as absent cells).
 */
final class PoiSheets {

  /** A formula cell that POI leaves uncalculated. */
  static final class Formula {
    final String formula;

    Formula(String formula) {
      this.formula = formula;
    }
  }

  private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
  private final List<String> hidden = new ArrayList<>();

  PoiSheets sheet(String name, List<List<Object>> rows) {
    sheets.put(name, rows);
    return this;
  }

  PoiSheets hidden(String name, List<List<Object>> rows) {
    hidden.add(name);
    return sheet(name, rows);
  }

  static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  Path write(Path file) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      for (Map.Entry<String, List<List<Object>>> entry : sheets.entrySet()) {
        XSSFSheet sheet = wb.createSheet(entry.getKey());
        if (hidden.contains(entry.getKey())) {
          wb.setSheetHidden(wb.getSheetIndex(sheet), true);
        }
        List<List<Object>> rows = entry.getValue();
        for (int r = 0; r < rows.size(); r++) {
          if (rows.get(r) == null) {
            continue;
          }
          XSSFRow row = sheet.createRow(r);
          List<Object> cells = rows.get(r);
          for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value == null) {
              continue;
            }
            XSSFCell cell = row.createCell(c);
            if (value instanceof String) {
              cell.setCellValue((String) value);
            } else if (value instanceof Number) {
              cell.setCellValue(((Number) value).doubleValue());
            } else if (value instanceof Boolean) {
              cell.setCellValue((Boolean) value);
            } else if (value instanceof LocalDate) {
              cell.setCellValue((LocalDate) value);
              cell.setCellStyle(date);
            } else if (value instanceof Formula) {
              cell.setCellFormula(((Formula) value).formula);
            } else {
              throw new IllegalArgumentException("cell value " + value);
            }
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The register layout's columns, in the order C's writer writes them. */
  static List<Object> registerHeader() {
    List<Object> header =
        new ArrayList<>(
            List.of(
                "Id",
                "Title",
                "Category",
                "Owner (program)",
                "Owner (system)",
                "Systems",
                "Projects",
                "Controls",
                "Treatment",
                "Identified",
                "Target date",
                "Last reviewed"));
    for (AssessmentStage stage : AssessmentStage.values()) {
      String s = RiskRegisterLayout.name(stage);
      header.addAll(
          List.of(
              s + " likelihood",
              s + " impact",
              s + " assessed",
              s + " assessor",
              s + " rationale"));
    }
    header.addAll(List.of("Accepted by", "Accepted on", "Acceptance valid until"));
    return header;
  }

  /** A risk's row in the layout: lists joined by "; ", dates as dates, scores as numbers. */
  static List<Object> registerRow(Risk risk) {
    List<Object> row =
        new ArrayList<>(
            Arrays.asList(
                risk.id(),
                risk.title(),
                risk.category(),
                risk.programOwner(),
                risk.systemOwner(),
                list(risk.systems()),
                list(risk.projects()),
                list(risk.controls()),
                risk.treatment().map(t -> t.name().toLowerCase(Locale.ROOT)).orElse(null),
                risk.identifiedOn(),
                risk.targetDate().orElse(null),
                risk.lastReviewed().orElse(null)));
    for (AssessmentStage stage : AssessmentStage.values()) {
      RiskAssessment a = risk.assessment(stage).orElse(null);
      row.addAll(
          Arrays.asList(
              a == null ? null : a.likelihood(),
              a == null ? null : a.impact(),
              a == null ? null : a.assessedOn(),
              a == null ? null : a.assessor().orElse(null),
              a == null ? null : a.rationale().orElse(null)));
    }
    row.addAll(
        Arrays.asList(
            risk.acceptance().map(x -> x.acceptedBy()).orElse(null),
            risk.acceptance().map(x -> x.acceptedOn()).orElse(null),
            risk.acceptance().map(x -> x.validUntil()).orElse(null)));
    return row;
  }

  private static String list(List<String> ids) {
    return ids.isEmpty() ? null : String.join("; ", ids);
  }
}
