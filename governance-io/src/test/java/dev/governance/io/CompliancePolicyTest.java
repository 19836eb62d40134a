package dev.governance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.BusinessDayConvention;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.compliance.RegulationKind;
import dev.governance.rules.deadline.ComplianceCalendar;
import dev.governance.rules.deadline.CountingRule;
import dev.governance.rules.deadline.EscalationLadder;
import dev.governance.rules.deadline.EscalationStep;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompliancePolicyTest {

  private static final HolidayCalendar DAYS =
      HolidayCalendar.of("test", 2025, 2028, List.of(LocalDate.of(2026, 5, 1)));
  private static final EscalationLadder LAW_LADDER =
      EscalationLadder.of(
          ImmutableList.of(EscalationStep.of(1, "dpo"), EscalationStep.of(5, "board")));

  @Test
  void theDefaultsAreTheComplianceCalendarsOwnWithNoHolidayCalendarNamed() {
    CompliancePolicy policy = CompliancePolicy.builder().build();
    assertThat(policy.calendar()).isEmpty();
    assertThat(policy.compliance(DAYS))
        .isEqualTo(ComplianceCalendar.builder().calendar(DAYS).build());
  }

  @Test
  void theCalendarCarriesEveryConfiguredValue() {
    ImmutableList<EscalationStep> ladder =
        ImmutableList.of(EscalationStep.of(5, "ciso"), EscalationStep.of(15, "steering-committee"));
    CompliancePolicy policy =
        CompliancePolicy.builder()
            .calendar("DE")
            .zone(ZoneId.of("Europe/Berlin"))
            .convention(BusinessDayConvention.MODIFIED_FOLLOWING)
            .putCountingRules("gdpr", CountingRule.REGULATION_1182_71)
            .defaultRule(CountingRule.ELAPSED)
            .leadTime(Period.ofDays(20))
            .reminderBusinessDays(ImmutableList.of(10, 3, 1))
            .graceBusinessDays(2)
            .escalation(ladder)
            .putLadders(RegulationKind.LAW, LAW_LADDER)
            .build();
    ComplianceCalendar expected =
        ComplianceCalendar.builder()
            .calendar(DAYS)
            .zone(ZoneId.of("Europe/Berlin"))
            .convention(BusinessDayConvention.MODIFIED_FOLLOWING)
            .putCountingRules("gdpr", CountingRule.REGULATION_1182_71)
            .defaultRule(CountingRule.ELAPSED)
            .leadTime(Period.ofDays(20))
            .reminderBusinessDays(ImmutableList.of(10, 3, 1))
            .graceBusinessDays(2)
            .escalation(ladder)
            .putLadders(RegulationKind.LAW, LAW_LADDER)
            .build();
    assertThat(policy.compliance(DAYS)).isEqualTo(expected);
    assertThat(policy.compliance(DAYS).ladder(RegulationKind.LAW)).isEqualTo(LAW_LADDER);
    assertThat(policy.compliance(DAYS).ladder(RegulationKind.STANDARD).rungs()).isEqualTo(ladder);
    assertThat(policy.calendar()).contains("DE");
  }

  @Test
  void noRemindersAndNoEscalationAreConfigurable() {
    CompliancePolicy policy =
        CompliancePolicy.builder()
            .reminderBusinessDays(ImmutableList.of())
            .escalation(ImmutableList.of())
            .build();
    assertThat(policy.compliance(DAYS).reminderBusinessDays()).isEmpty();
    assertThat(policy.compliance(DAYS).escalation()).isEmpty();
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of(
            "negative grace",
            (UnaryOperator<CompliancePolicy.Builder>) b -> b.graceBusinessDays(-1),
            "Invalid governance data: graceBusinessDays = -1: expected a number of business days >="
                + " 0"),
        Arguments.of(
            "negative lead time",
            (UnaryOperator<CompliancePolicy.Builder>) b -> b.leadTime(Period.ofDays(-1)),
            "Invalid governance data: leadTime = P-1D: expected a period >= 0"),
        Arguments.of(
            "a reminder on the due date",
            (UnaryOperator<CompliancePolicy.Builder>)
                b -> b.reminderBusinessDays(ImmutableList.of(5, 0)),
            "Invalid governance data: reminderBusinessDays[1] = 0: expected a number of business"
                + " days >= 1"),
        Arguments.of(
            "an escalation out of order",
            (UnaryOperator<CompliancePolicy.Builder>)
                b ->
                    b.escalation(
                        ImmutableList.of(
                            EscalationStep.of(5, "ciso"), EscalationStep.of(5, "cfo"))),
            "Invalid governance data: escalation[1].afterBusinessDays = 5: expected more than the"
                + " step before, 5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void rejectsWhatTheComplianceCalendarRejectsWhenBuilt(
      String what, UnaryOperator<CompliancePolicy.Builder> configure, String message) {
    assertThatThrownBy(() -> configure.apply(CompliancePolicy.builder()).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(message);
  }
}
