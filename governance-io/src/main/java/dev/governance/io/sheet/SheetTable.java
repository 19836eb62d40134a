package dev.governance.io.sheet;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.governance.rules.SourceRegion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A table on a sheet, as people lay one out: a header row naming the columns, then a row per
 * record, read once, streamed.
 *
 * <p>The header row is the first of the sheet's first {@value #MOST_LEADING_ROWS} non-blank rows in
 * which at least two cells name known columns; the rows above it (a title, a note, a date) are
 * skipped. A row right above the header may group its columns, as a merged cell spanning them does:
 * each group's text applies to its column and the columns to its right until the next one, and a
 * header under a group is read as the group's text and its own ({@code Residual} over {@code
 * Likelihood} is {@code Residual likelihood}) when that names a known column, else as its own.
 *
 * <p>Columns are matched by {@link SheetColumn#key}. A header that names no known column is
 * ignored, with its data, unless it is one or two letters from a known column's name, which is a
 * misspelling and an error naming the header cell; a known column given twice is an error at the
 * second; required columns missing are an error at the header row, and then no row is read (every
 * one would be wrong). Blank rows are skipped, so are cells past the known columns.
 */
final class SheetTable {

  /** The most non-blank rows looked at for the header row. */
  static final int MOST_LEADING_ROWS = 10;

  private final SheetRow header;
  private final ImmutableMap<SheetColumn, SheetCell> columns;
  private final ImmutableMap<SheetColumn, Integer> positions;
  private final ImmutableList<SheetCell> ignored;
  private final Iterator<SheetRow> rows;

  private SheetTable(
      SheetRow header,
      ImmutableMap<SheetColumn, SheetCell> columns,
      ImmutableList<SheetCell> ignored,
      Iterator<SheetRow> rows) {
    this.header = header;
    this.columns = columns;
    ImmutableMap.Builder<SheetColumn, Integer> at = ImmutableMap.builder();
    columns.forEach((column, cell) -> at.put(column, header.cells().indexOf(cell) + 1));
    this.positions = at.build();
    this.ignored = ignored;
    this.rows = rows;
  }

  /**
   * Finds the table's header among {@code rows} and matches its columns.
   *
   * @param origin the sheet's first cell, where a missing header is reported
   * @param rows the sheet's rows, read no further than the header
   * @param known the columns the loader reads
   * @param problems where problems of the header go
   * @return the table, its rows not read yet; empty if it has no header or lacks required columns
   */
  static Optional<SheetTable> read(
      SourceRegion origin,
      Iterator<SheetRow> rows,
      List<SheetColumn> known,
      SheetProblems problems) {
    Map<String, SheetColumn> byKey = new HashMap<>();
    for (SheetColumn column : known) {
      column.keys().forEach(key -> byKey.putIfAbsent(key, column));
    }
    @Nullable SheetRow above = null;
    int looked = 0;
    while (rows.hasNext() && looked < MOST_LEADING_ROWS) {
      SheetRow row = rows.next();
      if (row.isBlank()) {
        continue;
      }
      looked++;
      SheetRow group = above != null && above.number() == row.number() - 1 ? above : null;
      Map<SheetCell, SheetColumn> matched = match(row, group, byKey);
      if (matched.size() >= 2) {
        return header(row, matched, known, rows, problems);
      }
      above = row;
    }
    problems.add(
        origin,
        "header",
        "expected a header row naming the columns ("
            + known.stream()
                .filter(SheetColumn::isRequired)
                .map(SheetColumn::name)
                .collect(Collectors.joining(", "))
            + ", ...) within the first "
            + MOST_LEADING_ROWS
            + " non-blank rows");
    return Optional.empty();
  }

  private static Optional<SheetTable> header(
      SheetRow row,
      Map<SheetCell, SheetColumn> matched,
      List<SheetColumn> known,
      Iterator<SheetRow> rows,
      SheetProblems problems) {
    Map<SheetColumn, SheetCell> columns = new LinkedHashMap<>();
    List<SheetCell> ignored = new ArrayList<>();
    for (SheetCell cell : row.cells()) {
      if (cell.isBlank()) {
        continue;
      }
      SheetColumn column = matched.get(cell);
      if (column == null) {
        ignored.add(cell);
        continue;
      }
      SheetCell before = columns.putIfAbsent(column, cell);
      if (before != null) {
        problems.add(
            cell,
            header(cell),
            "expected each column once, but column "
                + SourceRegion.columnLetters(before.location().column())
                + " ('"
                + before.text().trim()
                + "') is column '"
                + column.name()
                + "' too");
      }
    }
    List<SheetCell> unknown = new ArrayList<>();
    for (SheetCell cell : ignored) {
      Optional<SheetColumn> near = nearest(cell.text(), known, columns);
      if (near.isPresent()) {
        problems.add(
            cell,
            header(cell),
            "expected a known column; did you mean '"
                + near.get().name()
                + "'? (columns of no known name are ignored)");
      } else {
        unknown.add(cell);
      }
    }
    List<String> missing =
        known.stream()
            .filter(c -> c.isRequired() && !columns.containsKey(c))
            .map(SheetColumn::name)
            .collect(Collectors.toList());
    if (!missing.isEmpty()) {
      problems.add(
          row.cells().get(0),
          "header row " + row.number(),
          "expected the column"
              + (missing.size() == 1 ? " " : "s ")
              + String.join(", ", missing)
              + "; found "
              + found(row));
      return Optional.empty();
    }
    return Optional.of(
        new SheetTable(row, ImmutableMap.copyOf(columns), ImmutableList.copyOf(unknown), rows));
  }

  /** The most header cells a problem quotes, each cut to {@value #MOST_QUOTED_CHARACTERS}. */
  private static final int MOST_QUOTED_HEADERS = 20;

  private static final int MOST_QUOTED_CHARACTERS = 60;

  /**
   * Returns the header row's cells as a problem quotes them: the first {@value
   * #MOST_QUOTED_HEADERS}, each cut to {@value #MOST_QUOTED_CHARACTERS} characters, then how many
   * more there are, so that a hostile header of thousands of long cells makes a short message.
   */
  private static String found(SheetRow row) {
    List<String> headers =
        row.cells().stream()
            .filter(c -> !c.isBlank())
            .map(c -> c.text().trim())
            .collect(Collectors.toList());
    String quoted =
        headers.stream()
            .limit(MOST_QUOTED_HEADERS)
            .map(
                h ->
                    h.length() > MOST_QUOTED_CHARACTERS
                        ? h.substring(0, MOST_QUOTED_CHARACTERS) + "..."
                        : h)
            .collect(Collectors.joining(", "));
    return headers.size() > MOST_QUOTED_HEADERS
        ? quoted + " and " + (headers.size() - MOST_QUOTED_HEADERS) + " more"
        : quoted;
  }

  private static Map<SheetCell, SheetColumn> match(
      SheetRow row, @Nullable SheetRow group, Map<String, SheetColumn> byKey) {
    Map<SheetCell, SheetColumn> matched = new HashMap<>();
    String over = "";
    for (SheetCell cell : row.cells()) {
      if (group != null) {
        SheetCell above = group.cell(cell.location().column());
        if (!above.isBlank()) {
          over = above.text();
        }
      }
      if (cell.isBlank()) {
        continue;
      }
      SheetColumn column = over.isEmpty() ? null : byKey.get(SheetColumn.key(over + cell.text()));
      if (column == null) {
        column = byKey.get(SheetColumn.key(cell.text()));
      }
      if (column != null) {
        matched.put(cell, column);
      }
    }
    return matched;
  }

  /**
   * Returns the known column, not in the table yet, whose name or synonym the header misspells: at
   * most one letter away from a key of fewer than ten letters, two from a longer one, for keys of
   * at least five letters (shorter ones, such as {@code Ref}, are too close to ordinary words).
   */
  private static Optional<SheetColumn> nearest(
      String header, List<SheetColumn> known, Map<SheetColumn, SheetCell> present) {
    String key = SheetColumn.key(header);
    for (SheetColumn column : known) {
      if (present.containsKey(column)) {
        continue;
      }
      for (String candidate : column.keys()) {
        if (candidate.length() >= 5
            && distance(key, candidate, candidate.length() < 10 ? 1 : 2)
                <= (candidate.length() < 10 ? 1 : 2)) {
          return Optional.of(column);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the optimal string alignment distance (Damerau-Levenshtein with adjacent
   * transpositions) between {@code a} and {@code b}, or {@code most + 1} as soon as it exceeds
   * {@code most}.
   */
  static int distance(String a, String b, int most) {
    if (Math.abs(a.length() - b.length()) > most) {
      return most + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > most) {
        return most + 1;
      }
    }
    return d[a.length()][b.length()];
  }

  private static String header(SheetCell cell) {
    return "header '" + cell.text().trim() + "'";
  }

  /** Reads a table's rows into a loader's result. */
  @FunctionalInterface
  interface Loader<T> {
    /**
     * Reads the rows.
     *
     * @param sheet the sheet's name in a workbook, empty in a CSV file
     * @param table the table, its rows not read yet
     * @param problems where the rows' problems go
     * @return the result
     */
    T load(Optional<String> sheet, SheetTable table, SheetProblems problems);
  }

  /**
   * Reads the table on the sheet named {@code name} (any case, hidden or not), else on the
   * workbook's one visible sheet (a CSV file's sheet).
   *
   * @param workbook the workbook
   * @param name the sheet's name in the layout
   * @param known the columns the loader reads
   * @param loader what reads the rows
   * @return the loader's result
   * @throws dev.governance.io.LoadException with every problem of the file, if any
   */
  static <T> T readTable(
      Workbook workbook, String name, List<SheetColumn> known, Loader<T> loader) {
    SheetProblems problems = new SheetProblems(workbook.source());
    List<WorkbookSheet> visible =
        workbook.sheets().stream().filter(s -> !s.hidden()).collect(Collectors.toList());
    Optional<WorkbookSheet> named = workbook.sheet(name);
    if (named.isEmpty() && visible.size() != 1) {
      problems.add(
          SourceRegion.of(1, 1),
          "workbook",
          "expected a sheet named '"
              + name
              + "' or a single visible sheet, found "
              + (visible.isEmpty()
                  ? "no visible sheet"
                  : "the sheets "
                      + visible.stream()
                          .map(WorkbookSheet::name)
                          .collect(Collectors.joining(", "))));
      problems.throwIfAny();
    }
    WorkbookSheet sheet = named.orElseGet(() -> visible.get(0));
    Optional<String> sheetName = workbook.isCsv() ? Optional.empty() : Optional.of(sheet.name());
    SourceRegion origin =
        workbook.isCsv() ? SourceRegion.of(1, 1) : SourceRegion.cell(sheet.name(), 1, 1);
    @Nullable T result = null;
    try (Stream<SheetRow> rows = workbook.rows(sheet)) {
      Optional<SheetTable> table = read(origin, rows.iterator(), known, problems);
      if (table.isPresent()) {
        result = loader.load(sheetName, table.get(), problems);
      }
    }
    problems.throwIfAny();
    return Objects.requireNonNull(result, "a table without problems was read");
  }

  /** Returns the header row. */
  SheetRow header() {
    return header;
  }

  /** Returns whether the table has {@code column}. */
  boolean has(SheetColumn column) {
    return columns.containsKey(column);
  }

  /** Returns the header cell of each column the table has, in the table's order. */
  ImmutableMap<SheetColumn, SheetCell> columns() {
    return columns;
  }

  /** Returns the header cells of the columns the loader does not read. */
  ImmutableList<SheetCell> ignored() {
    return ignored;
  }

  /**
   * Returns what the problems of a column's cells say the column is: {@code column 'Impact'}, the
   * header as the table writes it.
   */
  String path(SheetColumn column) {
    SheetCell cell = columns.get(column);
    return "column '" + (cell == null ? column.name() : cell.text().trim()) + "'";
  }

  /**
   * Returns the row's cell in {@code column}, or empty if the table does not have that column.
   *
   * @param row a row of the table
   * @param column a known column
   * @return the cell, blank if the row ends before it
   */
  Optional<SheetCell> cell(SheetRow row, SheetColumn column) {
    Integer position = positions.get(column);
    return position == null ? Optional.empty() : Optional.of(row.cell(position));
  }

  /**
   * Returns each column's position in the rows, from 1, by its name in the layout: a workbook's
   * column number, a CSV file's field number.
   */
  ImmutableMap<String, Integer> positions() {
    ImmutableMap.Builder<String, Integer> byName = ImmutableMap.builder();
    positions.forEach((column, position) -> byName.put(column.name(), position));
    return byName.build();
  }

  /** Returns the next non-blank row below the header, or null after the last. */
  @Nullable SheetRow next() {
    while (rows.hasNext()) {
      SheetRow row = rows.next();
      if (!row.isBlank()) {
        return row;
      }
    }
    return null;
  }
}
