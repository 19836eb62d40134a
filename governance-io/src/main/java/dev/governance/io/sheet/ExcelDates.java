package dev.governance.io.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Excel's serial dates and date formats, per ECMA-376 Part 1 (Office Open XML), §18.17.4 (dates and
 * times as serial values) and §18.8.30 (built-in number formats).
 *
 * <p>Written here rather than taken from Apache POI's {@code DateUtil}, which would pull POI into
 * the library for two small functions; the tests compare both with POI on generated serials and
 * formats.
 */
final class ExcelDates {

  /** The 1900 system's day 0 for serials from 61 on: 1899-12-30 (serial 60 is 1900-02-29). */
  private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);

  /** The 1904 system's day 0. */
  private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

  /** Serial 2,958,465 is 9999-12-31, the last day either system writes (§18.17.4.1). */
  private static final BigDecimal LAST_1900 = BigDecimal.valueOf(2_958_466);

  private static final BigDecimal LAST_1904 = BigDecimal.valueOf(2_958_466 - 1_462);

  private static final BigDecimal MILLIS_PER_DAY = BigDecimal.valueOf(86_400_000L);

  /** Quoted literals, escaped characters, colours and conditions: none of them is a date part. */
  private static final Pattern NOT_A_PART =
      Pattern.compile("\"[^\"]*\"|\\\\.|_.|\\*.|\\[(?![hHmMsS]+\\])[^\\]]*\\]");

  /** A date or time part of a format code. */
  private static final Pattern DATE_PART = Pattern.compile("[yYmMdDhHsS]|\\[[hHmMsS]+\\]");

  private ExcelDates() {}

  /**
   * Returns the date and time of a serial value, to the millisecond: in the 1900 system serial 1 is
   * 1900-01-01 and serial 61 is 1900-03-01 (serial 60 is the 1900-02-29 that Lotus 1-2-3 counted
   * and that did not exist; it is read as 1900-02-28); in the 1904 system serial 0 is 1904-01-01.
   *
   * @param serial the serial value, whole days since the epoch and the time as the fraction
   * @param date1904 whether the workbook uses the 1904 date system
   * @return the date and time, or empty for a serial outside the system's range (0 in 1900 being
   *     1900-01-00, and past 9999-12-31)
   */
  static Optional<LocalDateTime> dateTime(BigDecimal serial, boolean date1904) {
    if (serial.signum() < 0
        || (!date1904 && serial.compareTo(BigDecimal.ONE) < 0)
        || serial.compareTo(date1904 ? LAST_1904 : LAST_1900) >= 0) {
      return Optional.empty();
    }
    long millis =
        serial.multiply(MILLIS_PER_DAY).setScale(0, RoundingMode.HALF_UP).longValueExact();
    long days = Math.floorDiv(millis, 86_400_000L);
    long ofDay = Math.floorMod(millis, 86_400_000L);
    LocalDate day;
    if (date1904) {
      day = EPOCH_1904.plusDays(days);
    } else if (days >= 61) {
      day = EPOCH_1900.plusDays(days);
    } else {
      day = EPOCH_1900.plusDays(Math.min(days, 59) + 1);
    }
    return Optional.of(day.atStartOfDay().plusNanos(ofDay * 1_000_000L));
  }

  /**
   * Returns whether a number format shows a date or time: a built-in date or time format (ids 14 to
   * 22 and 45 to 47 of §18.8.30, and the East Asian 27 to 36 and 50 to 58), or a custom format code
   * with a year, month, day, hour or second part outside quoted text, escapes and brackets ({@code
   * yyyy-mm-dd}, {@code [h]:mm}; not {@code "Day "0} nor {@code [Red]0.00}).
   *
   * @param id the format's id, or null
   * @param code the format code, or null
   * @return whether it is a date format
   */
  static boolean isDateFormat(@Nullable Integer id, @Nullable String code) {
    if (id != null
        && ((id >= 14 && id <= 22)
            || (id >= 27 && id <= 36)
            || (id >= 45 && id <= 47)
            || (id >= 50 && id <= 58))) {
      return true;
    }
    if (code == null || code.isEmpty() || code.equalsIgnoreCase("General")) {
      return false;
    }
    String positive = code.split(";", -1)[0];
    return DATE_PART.matcher(NOT_A_PART.matcher(positive).replaceAll("")).find();
  }
}
