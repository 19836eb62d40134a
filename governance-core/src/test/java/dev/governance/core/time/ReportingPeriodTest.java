package dev.governance.core.time;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportingPeriodTest {

  static Stream<Arguments> periodsContaining() {
    return Stream.of(
        // kind, day, fiscal year start, label, start, end
        Arguments.of(
            PeriodKind.MONTH, "2026-02-14", Month.JANUARY, "2026-02", "2026-02-01", "2026-02-28"),
        Arguments.of(
            PeriodKind.QUARTER, "2026-08-31", Month.JANUARY, "2026-Q3", "2026-07-01", "2026-09-30"),
        Arguments.of(
            PeriodKind.HALF, "2026-06-30", Month.JANUARY, "2026-H1", "2026-01-01", "2026-06-30"),
        Arguments.of(
            PeriodKind.FISCAL_YEAR,
            "2026-12-31",
            Month.JANUARY,
            "2026",
            "2026-01-01",
            "2026-12-31"),
        // US federal fiscal year: FY2026 runs 1 Oct 2025 to 30 Sep 2026
        Arguments.of(
            PeriodKind.FISCAL_YEAR,
            "2025-10-01",
            Month.OCTOBER,
            "FY2026",
            "2025-10-01",
            "2026-09-30"),
        Arguments.of(
            PeriodKind.QUARTER,
            "2025-11-15",
            Month.OCTOBER,
            "FY2026-Q1",
            "2025-10-01",
            "2025-12-31"),
        Arguments.of(
            PeriodKind.QUARTER,
            "2026-09-30",
            Month.OCTOBER,
            "FY2026-Q4",
            "2026-07-01",
            "2026-09-30"),
        // UK fiscal year from April: 15 March 2027 is in FY2027's H2
        Arguments.of(
            PeriodKind.HALF, "2027-03-15", Month.APRIL, "FY2027-H2", "2026-10-01", "2027-03-31"),
        Arguments.of(
            PeriodKind.QUARTER,
            "2024-02-29",
            Month.APRIL,
            "FY2024-Q4",
            "2024-01-01",
            "2024-03-31"));
  }

  @ParameterizedTest
  @MethodSource("periodsContaining")
  void findsThePeriodContainingADay(
      PeriodKind kind, String day, Month fyStart, String label, String start, String end) {
    ReportingPeriod period = ReportingPeriod.containing(kind, LocalDate.parse(day), fyStart);
    assertThat(period).hasToString(label);
    assertThat(period.start()).isEqualTo(start);
    assertThat(period.end()).isEqualTo(end);
    assertThat(period.contains(LocalDate.parse(day))).isTrue();
    assertThat(period.contains(period.endExclusive())).isFalse();
    assertThat(period.contains(period.start().minusDays(1))).isFalse();
  }

  @Test
  void epochDaysOfItsFirstAndLastDay() {
    ReportingPeriod may = ReportingPeriod.month(YearMonth.of(2025, 5));
    assertThat(may.startEpochDay()).isEqualTo(LocalDate.of(2025, 5, 1).toEpochDay());
    assertThat(may.endEpochDay()).isEqualTo(LocalDate.of(2025, 5, 31).toEpochDay());
  }

  @Test
  void namesPeriodsByFiscalYearAndIndex() {
    ReportingPeriod q1 = ReportingPeriod.of(PeriodKind.QUARTER, 2026, 1, Month.OCTOBER);
    assertThat(q1.start()).isEqualTo("2025-10-01");
    assertThat(q1.fiscalYear()).isEqualTo(2026);
    assertThat(q1.index()).isEqualTo(1);
    assertThat(ReportingPeriod.of(PeriodKind.MONTH, 2026, 12, Month.JANUARY))
        .isEqualTo(ReportingPeriod.month(YearMonth.of(2026, 12)));
  }

  @Test
  void stepsToNextAndPrevious() {
    ReportingPeriod q4 = ReportingPeriod.of(PeriodKind.QUARTER, 2026, 4, Month.JANUARY);
    assertThat(q4.next()).hasToString("2027-Q1");
    assertThat(q4.next().previous()).isEqualTo(q4);
    assertThat(q4.lengthInDays()).isEqualTo(92);
    assertThat(ReportingPeriod.month(YearMonth.of(2024, 2)).lengthInDays()).isEqualTo(29);
  }

  @Test
  void ordersByStartThenLength() {
    ReportingPeriod month = ReportingPeriod.month(YearMonth.of(2026, 1));
    ReportingPeriod quarter = ReportingPeriod.of(PeriodKind.QUARTER, 2026, 1, Month.JANUARY);
    assertThat(month).isLessThan(quarter);
    assertThat(quarter).isLessThan(month.next());
  }

  @Test
  void equalityIncludesKindAndFiscalYearStart() {
    new EqualsTester()
        .addEqualityGroup(
            ReportingPeriod.month(YearMonth.of(2026, 1)),
            ReportingPeriod.of(PeriodKind.MONTH, LocalDate.of(2026, 1, 1), Month.JANUARY))
        .addEqualityGroup(
            ReportingPeriod.of(PeriodKind.MONTH, LocalDate.of(2026, 1, 1), Month.APRIL))
        .addEqualityGroup(
            ReportingPeriod.of(PeriodKind.QUARTER, LocalDate.of(2026, 1, 1), Month.JANUARY))
        .testEquals();
  }

  @Test
  void readsCalendarYearLabelsAsItWritesThem() {
    assertThat(ReportingPeriod.parse("2025-03"))
        .isEqualTo(ReportingPeriod.month(YearMonth.of(2025, 3)));
    assertThat(ReportingPeriod.parse("2025-Q4"))
        .isEqualTo(ReportingPeriod.of(PeriodKind.QUARTER, 2025, 4, Month.JANUARY));
    assertThat(ReportingPeriod.parse("2025-H1"))
        .isEqualTo(ReportingPeriod.of(PeriodKind.HALF, 2025, 1, Month.JANUARY));
    assertThat(ReportingPeriod.parse("2025"))
        .isEqualTo(ReportingPeriod.of(PeriodKind.FISCAL_YEAR, 2025, 1, Month.JANUARY));
    for (PeriodKind kind : PeriodKind.values()) {
      ReportingPeriod period =
          ReportingPeriod.containing(kind, LocalDate.of(2026, 8, 17), Month.JANUARY);
      assertThat(ReportingPeriod.parse(period.toString())).as(period.toString()).isEqualTo(period);
    }
  }

  @Test
  void labelsEarlyYearsWithFourDigitsSoTheyReadBack() {
    // found by fuzzing: "0320" read as the year 320, written "320", which did not read back
    ReportingPeriod year = ReportingPeriod.parse("0320");
    assertThat(year).hasToString("0320");
    assertThat(ReportingPeriod.of(PeriodKind.QUARTER, 320, 1, Month.JANUARY))
        .hasToString("0320-Q1");
    assertThat(ReportingPeriod.of(PeriodKind.HALF, 320, 2, Month.APRIL)).hasToString("FY0320-H2");
    assertThat(ReportingPeriod.parse(year.toString())).isEqualTo(year);
  }

  @Test
  void rejectsTextThatNamesNoCalendarPeriod() {
    for (String text :
        new String[] {
          "2025-13", "2025-00", "2025-Q5", "2025-H3", "25-03", "FY2025-Q1", "2025-3", " 2025-03", ""
        }) {
      rejects(
          () -> ReportingPeriod.parse(text),
          "Invalid governance data: period = '"
              + text
              + "': expected a calendar month such as 2025-03, a quarter 2025-Q1, a half 2025-H2 or"
              + " a year 2025");
    }
  }

  @Test
  void rejectsStartsThatAreNotPeriodStarts() {
    rejects(
        () -> ReportingPeriod.of(PeriodKind.MONTH, LocalDate.of(2026, 1, 2), Month.JANUARY),
        "Invalid governance data: start = 2026-01-02: expected the first day of a month");
    rejects(
        () -> ReportingPeriod.of(PeriodKind.QUARTER, LocalDate.of(2026, 2, 1), Month.JANUARY),
        "Invalid governance data: start = 2026-02-01: expected the first day of a quarter of a"
            + " fiscal year starting in JANUARY");
    rejects(
        () -> ReportingPeriod.of(PeriodKind.QUARTER, 2026, 5, Month.JANUARY),
        "Invalid governance data: index = 5: expected an integer from 1 to 4");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(ReportingPeriod.class);
    ValueContract.nullTester()
        .testAllPublicInstanceMethods(ReportingPeriod.month(YearMonth.of(2026, 1)));
  }
}
