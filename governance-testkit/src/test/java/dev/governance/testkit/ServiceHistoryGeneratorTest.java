package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.service.OutageRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ServiceHistoryGeneratorTest {

  private static final List<ServiceHistory> HISTORIES =
      ServiceHistoryGenerator.of("web").listOf(300).generate(new SplittableRandom(2));

  @Test
  void theSimplestHistoryIsOneMonth() {
    ServiceHistory simplest =
        ServiceHistoryGenerator.of("web").generate(ChoiceRandom.replaying(new long[0]));
    assertThat(simplest.months()).isEqualTo(1);
    assertThat(simplest.firstDay()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(simplest.lastDay()).isEqualTo(LocalDate.of(2025, 1, 31));
    assertThat(simplest.outages()).hasSize(3);
    assertThat(simplest.serviceCounts()).hasSize(1);
  }

  @Test
  void everyRecordNamesTheSystemAndOutagesOverlapTouchAndCrossMonths() {
    int touching = 0;
    int overlapping = 0;
    int crossing = 0;
    int missingMonths = 0;
    for (ServiceHistory h : HISTORIES) {
      assertThat(h.outages()).allMatch(o -> o.system().equals("web"));
      assertThat(h.incidents()).allMatch(i -> i.system().equals("web"));
      assertThat(h.serviceCounts()).allMatch(c -> c.system().equals("web"));
      assertThat(h.months()).isBetween(1, 12);
      missingMonths += h.months() - h.serviceCounts().size();
      List<OutageRecord> o = h.outages();
      for (int i = 0; i < o.size(); i++) {
        for (int j = 0; j < o.size(); j++) {
          if (i != j && o.get(i).end().equals(o.get(j).start())) {
            touching++;
          }
          if (i < j
              && o.get(i).start().isBefore(o.get(j).end())
              && o.get(j).start().isBefore(o.get(i).end())) {
            overlapping++;
          }
        }
        YearMonth starts = YearMonth.from(o.get(i).start().atZone(ZoneOffset.UTC));
        YearMonth ends = YearMonth.from(o.get(i).end().atZone(ZoneOffset.UTC));
        crossing += starts.equals(ends) ? 0 : 1;
      }
      assertThat(o).anyMatch(OutageRecord::planned);
    }
    assertThat(touching).isPositive();
    assertThat(overlapping).isGreaterThanOrEqualTo(HISTORIES.size());
    assertThat(crossing).isGreaterThanOrEqualTo(HISTORIES.size());
    assertThat(missingMonths).isPositive();
  }

  @Test
  void theSameSeedGivesTheSameHistory() {
    assertThat(ServiceHistoryGenerator.of("web").listOf(300).generate(new SplittableRandom(2)))
        .isEqualTo(HISTORIES);
    assertThat(HISTORIES.get(0).outages().get(0).start())
        .isAfter(Instant.parse("2024-12-31T00:00:00Z"));
  }

  @Test
  void rejectsASystemThatIsNoId() {
    assertThatThrownBy(() -> ServiceHistoryGenerator.of("no id"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("system = 'no id'");
  }
}
