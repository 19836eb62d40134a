package dev.governance.io.sheet;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.kpi.Observation;
import dev.governance.core.time.ReportingPeriod;
import dev.governance.io.LoadException;
import dev.governance.rules.SourceRegion;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * KPI observations read from a workbook ({@code .xlsx}) or a CSV file: one observation per row,
 * with the row of each, so that problems point at cells.
 *
 * <p>The observations are the sheet named {@code Observations} (any case, hidden or not), else the
 * workbook's one visible sheet, a table as {@link RiskRegisterSheet} reads one (title rows, blank
 * rows, columns by name in any case and spacing, other columns ignored), with the columns:
 *
 * <ul>
 *   <li>{@code KPI} (also {@code KPI id}, {@code Indicator}): the KPI's id; required.
 *   <li>{@code Period} ({@code Reporting period}, {@code Month}): the reporting period the value
 *       covers, as the JSON model writes one in text: {@code 2025-03}, {@code 2025-Q1}, {@code
 *       2025-H2}, {@code 2025}. A date cell (Excel turns a typed {@code 2025-03} into 1 March 2025)
 *       is the month it starts, and must be a month's first day.
 *   <li>{@code At} ({@code Observed at}, {@code Timestamp}): the instant of a point observation,
 *       ISO 8601 with its offset ({@code 2025-03-04T10:15:00Z}); a date cell, which has no time
 *       zone, is an error. Each row has exactly one of Period and At, and the table at least one of
 *       the two columns.
 *   <li>{@code Value} ({@code Actual}, {@code Observed value}): a number in the KPI's unit, as the
 *       cell stores it (a cell formatted as a percentage stores 0.995 for 99.5%); required.
 *   <li>{@code Weight}: the observation's weight in a {@link
 *       dev.governance.core.kpi.Aggregation#WEIGHTED_MEAN weighted mean} (availability weighted by
 *       traffic); a number not below 0; 1 when blank. Other aggregations ignore it.
 * </ul>
 *
 * <p>Every problem of the file is reported at once, in one {@link dev.governance.io.LoadException},
 * each at its cell.
 */
@Value.Immutable
abstract class AbstractObservationSheet {

  /** The sheet observations are read from when the workbook has it. */
  public static final String SHEET = "Observations";

  static final SheetColumn KPI = SheetColumn.required("KPI", "KPI id", "Indicator");
  static final SheetColumn PERIOD = SheetColumn.optional("Period", "Reporting period", "Month");
  static final SheetColumn AT = SheetColumn.optional("At", "Observed at", "Timestamp");
  static final SheetColumn VALUE = SheetColumn.required("Value", "Actual", "Observed value");
  static final SheetColumn WEIGHT = SheetColumn.optional("Weight");

  private static final ImmutableList<SheetColumn> COLUMNS =
      ImmutableList.of(KPI, PERIOD, AT, VALUE, WEIGHT);

  /** Returns the file's name, as problems name it. */
  public abstract String source();

  /** Returns the sheet's name in a workbook; empty for a CSV file. */
  public abstract Optional<String> sheet();

  /** Returns the observations, in the rows' order. */
  public abstract ImmutableList<Observation> observations();

  /** Returns the row of each observation, in the order of {@link #observations()}. */
  public abstract ImmutableList<Integer> rows();

  /** Returns the header cell of each column read, by its name in the layout ({@code KPI}). */
  public abstract ImmutableMap<String, SheetCell> headers();

  /**
   * Returns the position of each column read, from 1, by its name in the layout: its column number
   * in a workbook, its field number in a CSV file (where the cells' own places count characters).
   */
  public abstract ImmutableMap<String, Integer> columns();

  /** Returns the header cells of the columns not read: of no name the layout knows. */
  public abstract ImmutableList<SheetCell> ignoredColumns();

  /**
   * Returns the cell of an observation's value in the layout column {@code column} ({@code KPI},
   * {@code Value}), or in the {@code KPI} column when the sheet has not that one.
   *
   * @param index the observation's index in {@link #observations()}
   * @param column a column's name in the layout
   * @return the cell
   * @throws IndexOutOfBoundsException if there is no such observation
   */
  public SourceRegion cell(int index, String column) {
    Integer position = columns().getOrDefault(column, columns().get(KPI.name()));
    return SourceRegion.of(rows().get(index), position == null ? 1 : position).withSheet(sheet());
  }

  @Value.Check
  protected void check() {
    if (rows().size() != observations().size()) {
      throw new IllegalArgumentException(
          "rows: expected one per observation, "
              + observations().size()
              + ", got "
              + rows().size());
    }
  }

  /**
   * Loads observations from a workbook or CSV file.
   *
   * @param file the {@code .xlsx} or {@code .csv} file
   * @return the observations
   * @throws LoadException with every problem of the file, each at its cell
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ObservationSheet load(Path file) {
    try (Workbook workbook = Workbook.open(file)) {
      return read(workbook);
    }
  }

  /**
   * Reads observations from an open workbook.
   *
   * @param workbook the workbook or CSV file
   * @return the observations
   * @throws LoadException with every problem of the file, each at its cell
   */
  public static ObservationSheet read(Workbook workbook) {
    return SheetTable.readTable(
        workbook,
        SHEET,
        COLUMNS,
        (sheet, table, problems) -> rows(workbook.source(), sheet, table, problems));
  }

  private static ObservationSheet rows(
      String source, Optional<String> sheet, SheetTable table, SheetProblems problems) {
    if (!table.has(PERIOD) && !table.has(AT)) {
      problems.add(
          table.header().cells().get(0),
          "header row " + table.header().number(),
          "expected a column Period (or At, for observations at an instant)");
      return ObservationSheet.builder().source(source).sheet(sheet).build();
    }
    SheetValues values = new SheetValues(table, problems);
    List<Observation> observations = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    for (SheetRow row = table.next(); row != null; row = table.next()) {
      int before = problems.count();
      Optional<String> kpi = values.id(row, KPI, true);
      Optional<ReportingPeriod> period = period(row, values);
      Optional<Instant> at = instant(row, values);
      Optional<BigDecimal> value = values.number(row, VALUE, true);
      Optional<BigDecimal> weight = values.number(row, WEIGHT, false);
      boolean hasPeriod = filled(row, PERIOD, table);
      boolean hasAt = filled(row, AT, table);
      if (hasPeriod == hasAt && (table.has(PERIOD) || table.has(AT))) {
        SheetColumn column = table.has(PERIOD) ? PERIOD : AT;
        values.add(
            table.cell(row, column).orElseThrow(),
            column,
            hasPeriod
                ? "expected a Period or an At, got both"
                : "expected a Period or an At, got neither");
      }
      if (value.isPresent() && !Double.isFinite(value.get().doubleValue())) {
        values.add(
            table.cell(row, VALUE).orElseThrow(),
            VALUE,
            "expected a finite number, got " + value.get());
      }
      if (weight.isPresent() && weight.get().signum() < 0) {
        values.add(
            table.cell(row, WEIGHT).orElseThrow(),
            WEIGHT,
            "expected a weight not below 0, got " + Workbook.plain(weight.get()));
      }
      if (problems.count() > before || kpi.isEmpty() || value.isEmpty()) {
        continue;
      }
      Observation.Builder observation =
          Observation.builder().kpi(kpi.get()).value(value.get().doubleValue());
      period.ifPresent(observation::period);
      at.ifPresent(observation::at);
      weight.ifPresent(w -> observation.weight(w.doubleValue()));
      observations.add(observation.build());
      rows.add(row.number());
    }
    Map<String, SheetCell> headers = new LinkedHashMap<>();
    table.columns().forEach((column, cell) -> headers.put(column.name(), cell));
    return ObservationSheet.builder()
        .source(source)
        .sheet(sheet)
        .addAllObservations(observations)
        .addAllRows(rows)
        .putAllHeaders(headers)
        .putAllColumns(table.positions())
        .addAllIgnoredColumns(table.ignored())
        .build();
  }

  private static boolean filled(SheetRow row, SheetColumn column, SheetTable table) {
    return table.cell(row, column).map(c -> !c.isBlank()).orElse(false);
  }

  private static Optional<ReportingPeriod> period(SheetRow row, SheetValues values) {
    Optional<SheetCell> found = values.present(row, PERIOD, false);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SheetCell cell = found.get();
    if (cell.kind() == CellKind.DATE) {
      LocalDateTime day = cell.date().orElseThrow();
      if (day.getDayOfMonth() == 1 && day.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
        return Optional.of(ReportingPeriod.month(YearMonth.from(day)));
      }
      values.add(
          cell,
          PERIOD,
          "expected a period such as 2025-03, 2025-Q1, 2025-H2 or 2025, or a date cell on a"
              + " month's first day, got the date "
              + cell.text());
      return Optional.empty();
    }
    try {
      return Optional.of(ReportingPeriod.parse(cell.text().trim()));
    } catch (GovernanceValidationException e) {
      values.add(
          cell,
          PERIOD,
          "expected a period such as 2025-03, 2025-Q1, 2025-H2 or 2025, got " + cell.describe());
      return Optional.empty();
    }
  }

  private static Optional<Instant> instant(SheetRow row, SheetValues values) {
    Optional<SheetCell> found = values.present(row, AT, false);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SheetCell cell = found.get();
    if (cell.kind() == CellKind.TEXT) {
      try {
        return Optional.of(java.time.OffsetDateTime.parse(cell.text().trim()).toInstant());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    values.add(
        cell,
        AT,
        "expected an ISO 8601 instant with its offset, such as 2025-03-04T10:15:00Z, got "
            + cell.describe()
            + (cell.kind() == CellKind.DATE
                ? " (a date cell has no time zone: write the text)"
                : ""));
    return Optional.empty();
  }
}
