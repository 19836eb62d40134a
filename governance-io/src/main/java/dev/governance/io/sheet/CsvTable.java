package dev.governance.io.sheet;

import com.google.common.collect.ImmutableList;
import dev.governance.io.LoadException;
import dev.governance.io.LoadProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV read into rows of cells that each know their line and column, for loaders whose
 * errors must point at a cell.
 *
 * <p>Written here rather than taken from a CSV library because the loaders' contract is the
 * location of every cell (a quoted cell may span lines) and a precise error for a broken quote,
 * which general CSV readers do not report. Accepted: comma or semicolon separators (the header line
 * decides: semicolons if it has some and no commas, as European spreadsheet exports write), quoted
 * cells with doubled quotes, CRLF or LF line ends, a leading byte-order mark.
 */
final class CsvTable {

  /** One cell and where it starts. */
  record Cell(String text, int line, int column) {}

  /** One record: its cells and the line it starts on. */
  record Row(int line, ImmutableList<Cell> cells) {

    /** Returns whether every cell is blank. */
    boolean isBlank() {
      return cells.stream().allMatch(c -> c.text().isBlank());
    }
  }

  private CsvTable() {}

  /**
   * Parses {@code text}.
   *
   * @param source the name for errors
   * @param text the CSV text
   * @return the rows in order, blank rows included
   * @throws LoadException at a quote that is not closed or a character after a closing quote
   */
  static List<Row> parse(String source, String text) {
    String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int firstLineEnd = csv.indexOf('\n');
    String header = firstLineEnd < 0 ? csv : csv.substring(0, firstLineEnd);
    char separator = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    List<Row> rows = new ArrayList<>();
    List<Cell> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int column = 1;
    int rowLine = 1;
    int cellLine = 1;
    int cellColumn = 1;
    int i = 0;
    int n = csv.length();
    while (i < n) {
      char c = csv.charAt(i);
      if (c == '"' && cell.length() == 0) {
        int quoteLine = line;
        int quoteColumn = column;
        i++;
        column++;
        while (true) {
          if (i >= n) {
            throw problem(
                source, quoteLine, quoteColumn, "a closing quote for the cell that starts here");
          }
          char q = csv.charAt(i);
          if (q == '"') {
            if (i + 1 < n && csv.charAt(i + 1) == '"') {
              cell.append('"');
              i += 2;
              column += 2;
              continue;
            }
            i++;
            column++;
            break;
          }
          cell.append(q);
          i++;
          if (q == '\n') {
            line++;
            column = 1;
          } else {
            column++;
          }
        }
        if (i < n && csv.charAt(i) != separator && csv.charAt(i) != '\r' && csv.charAt(i) != '\n') {
          throw problem(
              source,
              line,
              column,
              "a separator or the end of the line after a quoted cell, found '"
                  + csv.charAt(i)
                  + "'");
        }
        continue;
      }
      if (c == separator) {
        cells.add(new Cell(cell.toString(), cellLine, cellColumn));
        cell.setLength(0);
        i++;
        column++;
        cellLine = line;
        cellColumn = column;
        continue;
      }
      if (c == '\r' || c == '\n') {
        cells.add(new Cell(cell.toString(), cellLine, cellColumn));
        rows.add(new Row(rowLine, ImmutableList.copyOf(cells)));
        cells.clear();
        cell.setLength(0);
        i += c == '\r' && i + 1 < n && csv.charAt(i + 1) == '\n' ? 2 : 1;
        line++;
        column = 1;
        rowLine = line;
        cellLine = line;
        cellColumn = 1;
        continue;
      }
      if (c == '"') {
        throw problem(
            source,
            line,
            column,
            "no quote inside an unquoted cell (quote the whole cell and double the quote)");
      }
      cell.append(c);
      i++;
      column++;
    }
    if (cell.length() > 0 || !cells.isEmpty()) {
      cells.add(new Cell(cell.toString(), cellLine, cellColumn));
      rows.add(new Row(rowLine, ImmutableList.copyOf(cells)));
    }
    return rows;
  }

  private static LoadException problem(String source, int line, int column, String expected) {
    return new LoadException(
        List.of(
            LoadProblem.builder()
                .source(source)
                .line(line)
                .column(column)
                .path("line " + line)
                .message("expected " + expected)
                .build()));
  }
}
