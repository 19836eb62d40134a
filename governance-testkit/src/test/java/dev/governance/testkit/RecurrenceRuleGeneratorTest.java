package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The RFC 5545 section 3.3.10 restrictions on which rule parts go together. */
class RecurrenceRuleGeneratorTest {

  private static final List<String> RULES =
      RecurrenceRuleGenerator.rules().listOf(3_000).generate(new SplittableRandom(3));

  @Test
  void theSimplestRuleIsDaily() {
    assertThat(RecurrenceRuleGenerator.rules().generate(ChoiceRandom.replaying(new long[0])))
        .isEqualTo("FREQ=DAILY");
  }

  @Test
  void rulesRecurDailyOrLessOftenWithEachPartOnce() {
    assertThat(RULES)
        .allMatch(r -> r.matches("FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[-+0-9A-Z,]+)*"))
        .allMatch(
            r ->
                List.of(r.split(";")).stream()
                        .map(p -> p.substring(0, p.indexOf('=')))
                        .distinct()
                        .count()
                    == r.split(";").length);
  }

  @Test
  void partsGoTogetherOnlyAsRfc5545Allows() {
    assertThat(RULES)
        .noneMatch(r -> r.contains("COUNT=") && r.contains("UNTIL="))
        .noneMatch(r -> r.contains("BYWEEKNO=") && !r.startsWith("FREQ=YEARLY"))
        .noneMatch(r -> r.contains("BYYEARDAY=") && !r.startsWith("FREQ=YEARLY"))
        .noneMatch(r -> r.contains("BYMONTHDAY=") && r.startsWith("FREQ=WEEKLY"))
        .noneMatch(r -> r.matches(".*BYDAY=[^;]*[0-9].*") && !r.matches("FREQ=(MONTHLY|YEARLY).*"))
        .noneMatch(r -> r.matches(".*BYWEEKNO=.*BYDAY=[^;]*[0-9].*"))
        .noneMatch(r -> r.contains("BYSETPOS=") && !r.matches(".*BY(MONTH|DAY)=.*BYSETPOS.*"))
        .noneMatch(r -> r.contains("INTERVAL=1;") || r.endsWith("INTERVAL=1"));
  }

  @Test
  void monthsInAMonthlyOrYearlyRuleComeWithAPartNamingDays() {
    // RFC 5545 3.3.10 takes the missing day of the month from DTSTART and drops the dates that do
    // not exist: FREQ=YEARLY;BYMONTH=4,6 from a DTSTART on the 31st never recurs
    assertThat(RULES.stream().filter(r -> r.matches("FREQ=(MONTHLY|YEARLY).*BYMONTH=.*")))
        .isNotEmpty()
        .allMatch(r -> r.matches(".*BY(MONTHDAY|DAY|WEEKNO|YEARDAY)=.*"), "names days");
  }

  @Test
  void everyFrequencyAndPartTurnsUp() {
    String all = String.join("\n", RULES);
    assertThat(all)
        .contains("FREQ=DAILY", "FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=YEARLY")
        .contains("INTERVAL=", "COUNT=", "UNTIL=", "BYMONTH=", "BYMONTHDAY=-", "BYDAY=-1")
        .contains("BYWEEKNO=", "BYYEARDAY=", "BYSETPOS=", "WKST=");
  }

  @Test
  void untilFallsInTheDocumentedYears() {
    assertThat(RULES.stream().filter(r -> r.contains("UNTIL=")))
        .isNotEmpty()
        .allMatch(
            r -> {
              int at = r.indexOf("UNTIL=") + 6;
              int year = Integer.parseInt(r.substring(at, at + 4));
              return year >= RecurrenceRuleGenerator.UNTIL_FROM_YEAR && year < 2051;
            });
  }

  @Test
  void theSameSeedGivesTheSameRules() {
    assertThat(RecurrenceRuleGenerator.rules().listOf(3_000).generate(new SplittableRandom(3)))
        .isEqualTo(RULES);
  }
}
