package dev.governance.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.GovernanceModel;
import dev.governance.core.time.PeriodKind;
import dev.governance.core.time.ReportingPeriod;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The style for values read in hot loops: derived attributes are plain fields, and the rest is
 * {@link DomainStyle}'s.
 */
class PlainFieldStyleTest {

  @Test
  void derivedAttributesAreReadWithoutAVolatileShim() {
    assertThat(volatileFields(ReportingPeriod.class)).isEmpty();
    // the domain style keeps the shim for types whose defaults may read each other
    assertThat(volatileFields(GovernanceModel.class)).containsExactly("initShim");
  }

  @Test
  void derivedAttributesAreComputedFromTheParametersInEveryConstructor() {
    ReportingPeriod quarter =
        ReportingPeriod.of(PeriodKind.QUARTER, LocalDate.of(2025, 10, 1), Month.OCTOBER);
    assertThat(quarter.startEpochDay()).isEqualTo(LocalDate.of(2025, 10, 1).toEpochDay());
    assertThat(quarter.endEpochDay()).isEqualTo(LocalDate.of(2025, 12, 31).toEpochDay());
    ReportingPeriod year = quarter.withKind(PeriodKind.FISCAL_YEAR);
    assertThat(year.endEpochDay()).isEqualTo(LocalDate.of(2026, 9, 30).toEpochDay());
  }

  @Test
  void keepsTheDomainStylesValidation() {
    ValueContract.rejects(
        () -> ReportingPeriod.of(PeriodKind.MONTH, LocalDate.of(2026, 1, 2), Month.JANUARY),
        "Invalid governance data: start = 2026-01-02: expected the first day of a month");
    assertThat(
            Modifier.isPublic(ReportingPeriod.class.getModifiers())
                && Modifier.isFinal(ReportingPeriod.class.getModifiers()))
        .isTrue();
  }

  private static String[] volatileFields(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields())
        .filter(f -> Modifier.isVolatile(f.getModifiers()))
        .map(Field::getName)
        .toArray(String[]::new);
  }
}
