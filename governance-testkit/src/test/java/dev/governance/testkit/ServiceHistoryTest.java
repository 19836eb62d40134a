package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.service.IncidentRecord;
import dev.governance.core.service.OutageRecord;
import dev.governance.core.service.ServiceCount;
import dev.governance.core.time.PeriodKind;
import dev.governance.core.time.ReportingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A service history's components: what its javadoc documents, and the message of each refusal. */
class ServiceHistoryTest {

  private static final YearMonth NOV_2025 = YearMonth.of(2025, 11);
  private static final Instant NOV_3_2025 = Instant.parse("2025-11-03T10:00:00Z");

  @Test
  void aGeneratedHistoryIsValidAndSpansItsMonths() {
    ServiceHistory generated = ServiceHistoryGenerator.of("web").generate(new SplittableRandom(4));
    ServiceHistory copy =
        new ServiceHistory(
            generated.system(),
            generated.first(),
            generated.months(),
            generated.outages(),
            generated.incidents(),
            generated.serviceCounts());
    assertThat(copy).isEqualTo(generated);
    ServiceHistory history = history("web", 3, ImmutableList.of(count("web", NOV_2025)));
    assertThat(history.firstDay()).isEqualTo(LocalDate.of(2025, 11, 1));
    assertThat(history.lastDay()).isEqualTo(LocalDate.of(2026, 1, 31));
  }

  @Test
  void listsThatAreViewsOfLongerListsAreCopied() {
    ImmutableList<OutageRecord> outages =
        ImmutableList.of(
            outage("web", "web/outage-1"),
            outage("web", "web/outage-2"),
            outage("web", "web/outage-3"));
    ImmutableList<OutageRecord> view = outages.subList(0, 2);
    ServiceHistory history =
        new ServiceHistory("web", NOV_2025, 1, view, ImmutableList.of(), ImmutableList.of());
    assertThat(history.outages()).isEqualTo(view).isNotSameAs(view);
  }

  @Test
  void rejectsASystemThatIsNoId() {
    assertThatThrownBy(() -> history("no id", 1, ImmutableList.of()))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: system = 'no id': expected an id of 1 to 128 letters,"
                + " digits or . _ : / + - starting with a letter or digit");
  }

  @Test
  void rejectsNoMonths() {
    assertThatThrownBy(() -> history("web", 0, ImmutableList.of()))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: months = 0: expected an integer >= 1");
  }

  @Test
  void rejectsMonthsPastTheLastYear() {
    assertThatThrownBy(
            () ->
                new ServiceHistory(
                    "web",
                    YearMonth.of(999_999_999, 11),
                    3,
                    ImmutableList.of(),
                    ImmutableList.of(),
                    ImmutableList.of()))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: months = 3: expected at most 2 months from"
                + " 999999999-11, ending by the year 999999999");
  }

  @Test
  void rejectsAnOutageOfAnotherSystem() {
    assertThatThrownBy(
            () ->
                new ServiceHistory(
                    "web",
                    NOV_2025,
                    1,
                    ImmutableList.of(outage("web", "web/outage-1"), outage("db", "db/outage-1")),
                    ImmutableList.of(),
                    ImmutableList.of()))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: outages[1].system = 'db': expected the history's system"
                + " 'web'");
  }

  @Test
  void rejectsAnIncidentOfAnotherSystem() {
    IncidentRecord incident =
        IncidentRecord.builder()
            .id("db/INC-1")
            .system("db")
            .severity("SEV1")
            .opened(NOV_3_2025)
            .build();
    assertThatThrownBy(
            () ->
                new ServiceHistory(
                    "web",
                    NOV_2025,
                    1,
                    ImmutableList.of(),
                    ImmutableList.of(incident),
                    ImmutableList.of()))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: incidents[0].system = 'db': expected the history's system"
                + " 'web'");
  }

  @Test
  void rejectsARequestCountOfAnotherSystem() {
    assertThatThrownBy(() -> history("web", 1, ImmutableList.of(count("db", NOV_2025))))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: serviceCounts[0].system = 'db': expected the history's"
                + " system 'web'");
  }

  @Test
  void rejectsARequestCountOutsideTheHistory() {
    ImmutableList<ServiceCount> counts =
        ImmutableList.of(count("web", NOV_2025), count("web", YearMonth.of(2026, 2)));
    assertThatThrownBy(() -> history("web", 3, counts))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: serviceCounts[1].period = 2026-02: expected a month from"
                + " 2025-11 to 2026-01 not counted before");
  }

  @Test
  void rejectsAMonthCountedTwice() {
    ImmutableList<ServiceCount> counts =
        ImmutableList.of(count("web", NOV_2025), count("web", NOV_2025));
    assertThatThrownBy(() -> history("web", 3, counts))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: serviceCounts[1].period = 2025-11: expected a month from"
                + " 2025-11 to 2026-01 not counted before");
  }

  @Test
  void rejectsARequestCountOfMoreThanAMonth() {
    ServiceCount quarter =
        ServiceCount.builder()
            .system("web")
            .period(ReportingPeriod.of(PeriodKind.QUARTER, 2025, 4, Month.JANUARY))
            .requests(10)
            .errors(0)
            .build();
    assertThatThrownBy(() -> history("web", 3, ImmutableList.of(quarter)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith("Invalid governance data: serviceCounts[0].period = ")
        .hasMessageEndingWith(": expected a month from 2025-11 to 2026-01 not counted before");
  }

  @Test
  void rejectsNullComponentsNamingThem() {
    ImmutableList<OutageRecord> none = ImmutableList.of();
    ImmutableList<IncidentRecord> noIncidents = ImmutableList.of();
    ImmutableList<ServiceCount> noCounts = ImmutableList.of();
    assertThatThrownBy(() -> nullable(null, NOV_2025, none, noIncidents, noCounts))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("system");
    assertThatThrownBy(() -> nullable("web", null, none, noIncidents, noCounts))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("first");
    assertThatThrownBy(() -> nullable("web", NOV_2025, null, noIncidents, noCounts))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("outages");
    assertThatThrownBy(() -> nullable("web", NOV_2025, none, null, noCounts))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("incidents");
    assertThatThrownBy(() -> nullable("web", NOV_2025, none, noIncidents, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("serviceCounts");
  }

  private static ServiceHistory nullable(
      String system,
      YearMonth first,
      ImmutableList<OutageRecord> outages,
      ImmutableList<IncidentRecord> incidents,
      ImmutableList<ServiceCount> serviceCounts) {
    return new ServiceHistory(system, first, 1, outages, incidents, serviceCounts);
  }

  private static ServiceHistory history(
      String system, int months, ImmutableList<ServiceCount> serviceCounts) {
    return new ServiceHistory(
        system, NOV_2025, months, ImmutableList.of(), ImmutableList.of(), serviceCounts);
  }

  private static OutageRecord outage(String system, String id) {
    return OutageRecord.builder()
        .id(id)
        .system(system)
        .start(NOV_3_2025)
        .end(NOV_3_2025.plusSeconds(600))
        .build();
  }

  private static ServiceCount count(String system, YearMonth month) {
    return ServiceCount.builder()
        .system(system)
        .period(ReportingPeriod.month(month))
        .requests(1_000)
        .errors(3)
        .build();
  }
}
