package dev.governance.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessDayConventionTest {

  private static final HolidayCalendar US =
      HolidayCalendar.of("US", 2025, 2027, HolidayCalendarTest.US_2026);

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  @Test
  void adjustsByEachConvention() {
    LocalDate saturday = d(5, 30); // 31 May is a Sunday, 1 June a Monday
    assertThat(BusinessDayConvention.NO_ADJUST.adjust(saturday, US)).isEqualTo(saturday);
    assertThat(BusinessDayConvention.FOLLOWING.adjust(saturday, US)).isEqualTo(d(6, 1));
    assertThat(BusinessDayConvention.MODIFIED_FOLLOWING.adjust(saturday, US)).isEqualTo(d(5, 29));
    assertThat(BusinessDayConvention.PRECEDING.adjust(saturday, US)).isEqualTo(d(5, 29));
    assertThat(BusinessDayConvention.MODIFIED_PRECEDING.adjust(d(8, 1), US))
        .isEqualTo(d(8, 3)); // Saturday 1 August
    assertThat(BusinessDayConvention.MODIFIED_PRECEDING.adjust(d(8, 8), US)).isEqualTo(d(8, 7));
    assertThat(BusinessDayConvention.NEAREST.adjust(d(7, 4), US))
        .isEqualTo(d(7, 6)); // Saturday, Friday a holiday: a tie goes forward
    assertThat(BusinessDayConvention.NEAREST.adjust(d(7, 5), US)).isEqualTo(d(7, 6));
    assertThat(BusinessDayConvention.NEAREST.adjust(d(3, 14), US))
        .isEqualTo(d(3, 13)); // Saturday: Friday is nearer
    assertThat(BusinessDayConvention.FOLLOWING.adjust(d(7, 2), US)).isEqualTo(d(7, 2));
    assertThat(BusinessDayConvention.MODIFIED_FOLLOWING.adjust(d(7, 3), US)).isEqualTo(d(7, 6));
  }

  @Test
  void anAdjustedDateIsABusinessDayInTheConventionsDirection() {
    qt().forAll(integers().between(0, 364))
        .checkAssert(
            offset -> {
              LocalDate date = d(1, 1).plusDays(offset);
              for (BusinessDayConvention convention :
                  List.of(
                      BusinessDayConvention.FOLLOWING,
                      BusinessDayConvention.MODIFIED_FOLLOWING,
                      BusinessDayConvention.PRECEDING,
                      BusinessDayConvention.MODIFIED_PRECEDING,
                      BusinessDayConvention.NEAREST)) {
                LocalDate adjusted = convention.adjust(date, US);
                assertThat(US.isBusinessDay(adjusted)).as("%s of %s", convention, date).isTrue();
                if (US.isBusinessDay(date)) {
                  assertThat(adjusted).isEqualTo(date);
                }
              }
              assertThat(BusinessDayConvention.FOLLOWING.adjust(date, US)).isAfterOrEqualTo(date);
              assertThat(BusinessDayConvention.PRECEDING.adjust(date, US)).isBeforeOrEqualTo(date);
              assertThat(BusinessDayConvention.MODIFIED_FOLLOWING.adjust(date, US).getMonth())
                  .isEqualTo(date.getMonth());
              assertThat(BusinessDayConvention.MODIFIED_PRECEDING.adjust(date, US).getMonth())
                  .isEqualTo(date.getMonth());
            });
  }
}
