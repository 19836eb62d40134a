package dev.governance.io.sheet;

import com.google.common.collect.ImmutableList;
import dev.governance.core.ArgChecker;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.risk.OrderedScale;
import dev.governance.core.risk.ScaleLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the values of a table's cells, each problem added to the file's problems at its cell with
 * what the cell holds and what was expected; a value that cannot be read is empty. A cell with an
 * error value, or a formula its workbook did not calculate, is a problem in any column.
 */
final class SheetValues {

  /** What separates the items of a list in one cell: semicolons, commas, line breaks. */
  private static final Pattern LIST = Pattern.compile("[;,\\r\\n]+");

  /** A level written with its label, such as {@code 4 High} or {@code 4 - High}. */
  private static final Pattern VALUE_AND_LABEL = Pattern.compile("(-?\\d+)\\s*[-:.]?\\s*(.+)");

  private final SheetTable table;
  private final SheetProblems problems;

  SheetValues(SheetTable table, SheetProblems problems) {
    this.table = table;
    this.problems = problems;
  }

  /** Returns the table the values are read from. */
  SheetTable table() {
    return table;
  }

  /** Returns the problems the values go to. */
  SheetProblems problems() {
    return problems;
  }

  /**
   * Returns the cell's content if it has a readable one: empty for a blank cell (a problem if
   * {@code required}), an error value or an uncalculated formula (problems).
   */
  Optional<SheetCell> present(SheetRow row, SheetColumn column, boolean required) {
    Optional<SheetCell> found = table.cell(row, column);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SheetCell cell = found.get();
    switch (cell.kind()) {
      case ERROR:
        add(cell, column, "expected a value, got the error value " + cell.text());
        return Optional.empty();
      case UNCALCULATED:
        add(
            cell,
            column,
            "expected a value, got the formula ="
                + cell.formula().orElse("")
                + " without a calculated value; open the workbook in a spreadsheet program and"
                + " save it, which calculates it");
        return Optional.empty();
      default:
        if (cell.isBlank()) {
          if (required) {
            add(cell, column, "expected a value, got a blank cell");
          }
          return Optional.empty();
        }
        return Optional.of(cell);
    }
  }

  /** Returns the cell's text, trimmed. */
  Optional<String> text(SheetRow row, SheetColumn column, boolean required) {
    return present(row, column, required).map(c -> c.text().trim());
  }

  /** Returns the cell's id: text matching {@link ArgChecker#ID}. */
  Optional<String> id(SheetRow row, SheetColumn column, boolean required) {
    return present(row, column, required).flatMap(c -> id(c, column, c.text().trim()));
  }

  private Optional<String> id(SheetCell cell, SheetColumn column, String text) {
    try {
      return Optional.of(ArgChecker.identifier(text, "id"));
    } catch (GovernanceValidationException e) {
      add(cell, column, "expected " + e.violations().get(0).expected() + ", got '" + text + "'");
      return Optional.empty();
    }
  }

  /**
   * Returns the ids listed in the cell, separated by semicolons, commas or line breaks; none for a
   * blank cell, and none of them twice.
   */
  ImmutableList<String> ids(SheetRow row, SheetColumn column) {
    Optional<SheetCell> cell = present(row, column, false);
    if (cell.isEmpty()) {
      return ImmutableList.of();
    }
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String item : LIST.split(cell.get().text())) {
      String text = item.trim();
      if (text.isEmpty()) {
        continue;
      }
      Optional<String> id = id(cell.get(), column, text);
      if (id.isPresent() && !seen.add(id.get())) {
        add(cell.get(), column, "expected each id once, got '" + text + "' twice");
      } else {
        id.ifPresent(ids::add);
      }
    }
    return ImmutableList.copyOf(ids);
  }

  /**
   * Returns the cell's day: a date cell's (at midnight: a date with a time of day is a problem) or
   * ISO 8601 text, {@code 2026-03-01}.
   */
  Optional<LocalDate> date(SheetRow row, SheetColumn column, boolean required) {
    Optional<SheetCell> found = present(row, column, required);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SheetCell cell = found.get();
    switch (cell.kind()) {
      case DATE:
        LocalDateTime at = cell.date().orElseThrow();
        if (!at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
          add(cell, column, "expected a date without a time of day, got " + cell.text());
          return Optional.empty();
        }
        return Optional.of(at.toLocalDate());
      case TEXT:
        try {
          return Optional.of(LocalDate.parse(cell.text().trim()));
        } catch (DateTimeParseException e) {
          add(
              cell,
              column,
              "expected a date cell or an ISO 8601 date such as 2026-03-01, got '"
                  + cell.text()
                  + "'");
          return Optional.empty();
        }
      default:
        add(
            cell,
            column,
            "expected a date cell or an ISO 8601 date such as 2026-03-01, got "
                + cell.describe()
                + (cell.kind() == CellKind.NUMBER ? " (format the cell as a date)" : ""));
        return Optional.empty();
    }
  }

  /**
   * Returns the cell's number: a number cell's, or a decimal number written as text ({@code 99.5},
   * {@code -3}, {@code 1e3}).
   */
  Optional<BigDecimal> number(SheetRow row, SheetColumn column, boolean required) {
    Optional<SheetCell> found = present(row, column, required);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SheetCell cell = found.get();
    if (cell.kind() == CellKind.NUMBER) {
      return cell.number();
    }
    if (cell.kind() == CellKind.TEXT) {
      try {
        BigDecimal number = new BigDecimal(cell.text().trim());
        if (Workbook.isExcelNumber(number)) {
          return Optional.of(number);
        }
        add(
            cell,
            column,
            "expected a number a spreadsheet can hold (about 1E-307 to 1E+308 in size), got "
                + cell.describe());
        return Optional.empty();
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    add(cell, column, "expected a number, got " + cell.describe());
    return Optional.empty();
  }

  /**
   * Returns the value of the cell's level on {@code scale}: a whole number that is one of its
   * values, one of its labels in any case, or both ({@code 4 High}).
   */
  Optional<Integer> level(SheetRow row, SheetColumn column, OrderedScale scale) {
    Optional<SheetCell> found = present(row, column, false);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SheetCell cell = found.get();
    Optional<ScaleLevel> level = Optional.empty();
    if (cell.kind() == CellKind.NUMBER || cell.kind() == CellKind.TEXT) {
      level = level(scale, cell.text().trim());
    }
    if (level.isEmpty()) {
      add(cell, column, "expected " + levels(scale) + ", got " + cell.describe());
    }
    return level.map(ScaleLevel::value);
  }

  private static Optional<ScaleLevel> level(OrderedScale scale, String text) {
    try {
      return scale.level(new BigDecimal(text).intValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      // not a whole number: a label, or a value with its label
    }
    Optional<ScaleLevel> byLabel = scale.level(text);
    if (byLabel.isPresent()) {
      return byLabel;
    }
    java.util.regex.Matcher both = VALUE_AND_LABEL.matcher(text);
    if (both.matches()) {
      Optional<ScaleLevel> byValue = scale.level(both.group(2).trim());
      if (byValue.isPresent() && String.valueOf(byValue.get().value()).equals(both.group(1))) {
        return byValue;
      }
    }
    return Optional.empty();
  }

  /**
   * Returns what a scale accepts: {@code 1-5 or one of Very Low, Low, Moderate, High, Very High}
   * (the values as a range when they have no gap, else listed).
   */
  static String levels(OrderedScale scale) {
    List<ScaleLevel> levels = scale.levels();
    int first = levels.get(0).value();
    int last = levels.get(levels.size() - 1).value();
    String values =
        last - first == levels.size() - 1
            ? first + "-" + last
            : levels.stream().map(l -> String.valueOf(l.value())).collect(Collectors.joining(", "));
    return values
        + " or one of "
        + levels.stream().map(ScaleLevel::label).collect(Collectors.joining(", "));
  }

  /**
   * Returns the enum constant the cell names, in any case and with spaces for underscores, or one
   * of {@code aliases} (lower case, alias then constant name, in pairs).
   */
  <E extends Enum<E>> Optional<E> choice(
      SheetRow row, SheetColumn column, Class<E> type, String... aliases) {
    Optional<SheetCell> found = present(row, column, false);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SheetCell cell = found.get();
    String name = cell.text().trim().toUpperCase(Locale.ROOT).replace(' ', '_');
    for (int i = 0; i + 1 < aliases.length; i += 2) {
      if (aliases[i].equalsIgnoreCase(cell.text().trim())) {
        name = aliases[i + 1];
      }
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return Optional.of(constant);
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    for (int i = 0; i + 1 < aliases.length; i += 2) {
      names.add(aliases[i]);
    }
    add(cell, column, "expected one of " + String.join(", ", names) + ", got " + cell.describe());
    return Optional.empty();
  }

  /** Adds a problem at a cell of {@code column}. */
  void add(SheetCell cell, SheetColumn column, String message) {
    problems.add(cell, table.path(column), message);
  }
}
