package dev.governance.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads every day given on the command line ({@code --as-of}, {@code --from}, {@code --to}): an
 * ISO-8601 date in the years 1 to 9999, the years a model's dates have, so that a day such as
 * {@code 0000-01-01} is a usage error naming the option rather than a failure deep in an engine.
 */
final class DayConverter implements ITypeConverter<LocalDate> {

  @Override
  public LocalDate convert(String text) {
    LocalDate day;
    try {
      day = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("expected a date such as 2025-12-31, found '" + text + "'");
    }
    if (day.getYear() < 1 || day.getYear() > 9999) {
      throw new TypeConversionException(
          "expected a date in the years 1 to 9999, found '" + text + "'");
    }
    return day;
  }
}
