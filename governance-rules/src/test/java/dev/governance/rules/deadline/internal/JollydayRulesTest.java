package dev.governance.rules.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JollydayRulesTest {

  @Test
  void listsJollydaysCalendarsAndSubdivisions() {
    assertThat(JollydayRules.calendarCodes()).contains("DE", "GB", "TARGET", "US").isSorted();
    assertThat(JollydayRules.subdivisionsOf("de")).contains("by", "nw").isSorted();
    assertThat(JollydayRules.subdivisionsOf("LU")).containsExactly("lu");
  }

  @Test
  void usIsFederalOnlyWithoutSubdivision() {
    // Columbus Day 2026: federal (5 U.S.C. 6103), left to the states by jollyday's US calendar
    LocalDate columbus = LocalDate.of(2026, 10, 12);
    assertThat(JollydayRules.of("US", "us", null).holidaysOf(2026)).contains(columbus);
    assertThat(JollydayRules.of("US-FL", "US", "fl").holidaysOf(2026)).doesNotContain(columbus);
  }

  @Test
  void equalByName() {
    assertThat(JollydayRules.of("DE", "de", null))
        .isEqualTo(JollydayRules.of("DE", "DE", null))
        .hasSameHashCodeAs(JollydayRules.of("DE", "DE", null))
        .isNotEqualTo(JollydayRules.of("DE-BY", "de", "by"))
        .hasToString("JollydayRules{DE}");
  }

  @Test
  void aYearTheRulesCannotPlaceIsRejected() {
    // Islamic holidays: the JDK's Umm al-Qura calendar ends in 1600 AH (2174)
    assertThatThrownBy(() -> JollydayRules.of("AE", "ae", null).holidaysOf(2200))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: year = 2200: expected a year whose holidays the rules of"
                + " calendar AE can place (Hijrah date out of range)");
  }
}
