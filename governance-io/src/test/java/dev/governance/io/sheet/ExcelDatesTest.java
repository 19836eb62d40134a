package dev.governance.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

/** Excel serial dates and date formats, compared with Apache POI's {@code DateUtil}. */
class ExcelDatesTest {

  @Test
  void readsSerialsAsPoiDoesInBothDateSystems() {
    qt().withExamples(20_000)
        .forAll(
            integers().between(0, 2_958_464), integers().between(0, 86_399_999), booleans().all())
        .checkAssert(
            (day, millis, date1904) -> {
              // serial 60 is 1900-02-29, which did not exist: POI reads it as 1900-03-01, this
              // reader as 1900-02-28; serial 0 of the 1900 system is 1900-01-00
              if (!date1904 && (day == 60 || day == 0)) {
                return;
              }
              if (date1904 && day > 2_958_465 - 1_462) {
                return;
              }
              double serial = day + millis / 86_400_000.0;
              BigDecimal text = new BigDecimal(Double.toString(serial));
              LocalDateTime poi = DateUtil.getLocalDateTime(serial, date1904, false);
              assertThat(ExcelDates.dateTime(text, date1904))
                  .as("serial %s, 1904: %s", text, date1904)
                  .contains(poi);
            });
  }

  @Test
  void knowsTheEdgesOfEachSystem() {
    assertThat(ExcelDates.dateTime(BigDecimal.ONE, false))
        .contains(LocalDateTime.of(1900, 1, 1, 0, 0));
    assertThat(ExcelDates.dateTime(BigDecimal.valueOf(59), false))
        .contains(LocalDateTime.of(1900, 2, 28, 0, 0));
    assertThat(ExcelDates.dateTime(BigDecimal.valueOf(60), false))
        .contains(LocalDateTime.of(1900, 2, 28, 0, 0));
    assertThat(ExcelDates.dateTime(BigDecimal.valueOf(61), false))
        .contains(LocalDateTime.of(1900, 3, 1, 0, 0));
    assertThat(ExcelDates.dateTime(BigDecimal.ZERO, false)).isEmpty();
    assertThat(ExcelDates.dateTime(BigDecimal.ZERO, true))
        .contains(LocalDateTime.of(1904, 1, 1, 0, 0));
    assertThat(ExcelDates.dateTime(BigDecimal.valueOf(2_958_465), false))
        .contains(LocalDateTime.of(9999, 12, 31, 0, 0));
    assertThat(ExcelDates.dateTime(BigDecimal.valueOf(2_958_466), false)).isEmpty();
    assertThat(ExcelDates.dateTime(BigDecimal.valueOf(-1), true)).isEmpty();
  }

  @Test
  void tellsDateFormatsAsPoiDoes() {
    List<String> parts =
        List.of(
            "yyyy",
            "yy",
            "mm",
            "m",
            "mmm",
            "mmmm",
            "dd",
            "d",
            "ddd",
            "hh",
            "h",
            "ss",
            "[h]",
            "[mm]",
            "AM/PM",
            "-",
            "/",
            ".",
            " ",
            ":",
            ",",
            "0",
            "0.00",
            "#,##0",
            "%",
            "@",
            "\"Day \"",
            "[Red]",
            "[$-409]",
            "\\-",
            "E+00",
            "_)",
            "*-",
            ";",
            "General");
    qt().withExamples(20_000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              StringBuilder code = new StringBuilder();
              int length = 1 + random.nextInt(5);
              for (int i = 0; i < length; i++) {
                code.append(parts.get(random.nextInt(parts.size())));
              }
              String format = code.toString();
              String positive = format.split(";", -1)[0];
              boolean poi = !positive.isEmpty() && DateUtil.isADateFormat(164, positive);
              // POI calls a format a date only if it holds nothing but date parts; a format that
              // mixes a date part with digits or text is a date here (Excel shows it as a date).
              // A positive number, such as a serial date, is shown by the first section (";@hss"
              // shows nothing, ".;[mm]" a dot): POI looks at every section, so it is given the
              // first one only
              if (poi) {
                assertThat(ExcelDates.isDateFormat(164, format)).as(format).isTrue();
              }
            });
  }

  @Test
  void tellsBuiltInAndCustomFormats() {
    for (int id = 14; id <= 22; id++) {
      assertThat(ExcelDates.isDateFormat(id, null)).as("id %s", id).isTrue();
      assertThat(DateUtil.isInternalDateFormat(id)).as("POI id %s", id).isTrue();
    }
    assertThat(ExcelDates.isDateFormat(0, "General")).isFalse();
    assertThat(ExcelDates.isDateFormat(164, "yyyy\\-mm\\-dd")).isTrue();
    assertThat(ExcelDates.isDateFormat(164, "\"Day \"0")).isFalse();
    assertThat(ExcelDates.isDateFormat(164, "[Red]0.00")).isFalse();
    assertThat(ExcelDates.isDateFormat(164, "[h]:mm")).isTrue();
    assertThat(ExcelDates.isDateFormat(164, "\"TRUE\";\"TRUE\";\"FALSE\"")).isFalse();
    assertThat(ExcelDates.isDateFormat(164, null)).isFalse();
  }
}
