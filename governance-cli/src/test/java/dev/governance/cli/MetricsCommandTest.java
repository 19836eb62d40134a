package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.money.Money;
import dev.governance.core.portfolio.CostReport;
import dev.governance.core.portfolio.Criticality;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Program;
import dev.governance.core.portfolio.Project;
import dev.governance.core.service.IncidentRecord;
import dev.governance.core.service.OutageRecord;
import dev.governance.core.service.ServiceCount;
import dev.governance.core.service.ServiceTargets;
import dev.governance.core.time.ReportingPeriod;
import dev.governance.io.GovernanceJson;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code governance metrics} on a small model: system {@code web} was down 17.28 minutes on 10
 * November 2025 (99.96 % of November), had one incident acknowledged after 5 and resolved after 60
 * minutes, and failed 1,000 of 2,000,000 requests against 0.1 % allowed; {@code batch} has no
 * records. Project {@code crm} (BAC 12,000 EUR) reported PV / EV / AC 1,000 / 800 / 900, 1,000 /
 * 900 / 1,100, 1,500 / 1,200 / 1,300 and 1,500 / 1,100 / 1,200 for January to April; {@code idle}
 * reported nothing; program {@code digital} is {@code crm} alone.
 */
class MetricsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Currency EUR = Currency.getInstance("EUR");

  @TempDir Path dir;

  private static CostReport report(int month, int pv, int ev, int ac) {
    return CostReport.builder()
        .project("crm")
        .period(ReportingPeriod.month(YearMonth.of(2025, month)))
        .currency(EUR)
        .plannedValue(BigDecimal.valueOf(pv))
        .earnedValue(BigDecimal.valueOf(ev))
        .actualCost(BigDecimal.valueOf(ac))
        .build();
  }

  private static GovernanceModel.Builder model() {
    return GovernanceModel.builder()
        .name("metrics")
        .addSystems(
            InformationSystem.builder()
                .id("web")
                .name("Web shop")
                .criticality(Criticality.HIGH)
                .serviceTargets(ServiceTargets.builder().errorRate(0.1).build())
                .build(),
            InformationSystem.builder()
                .id("batch")
                .name("Batch")
                .criticality(Criticality.LOW)
                .build())
        .addOutages(
            OutageRecord.builder()
                .id("o1")
                .system("web")
                .start(Instant.parse("2025-11-10T08:00:00Z"))
                .end(Instant.parse("2025-11-10T08:17:16.800Z"))
                .build())
        .addIncidents(
            IncidentRecord.builder()
                .id("i1")
                .system("web")
                .severity("SEV1")
                .opened(Instant.parse("2025-11-10T08:00:00Z"))
                .acknowledged(Instant.parse("2025-11-10T08:05:00Z"))
                .resolved(Instant.parse("2025-11-10T09:00:00Z"))
                .build())
        .addServiceCounts(
            ServiceCount.builder()
                .system("web")
                .period(ReportingPeriod.month(YearMonth.of(2025, 11)))
                .requests(2_000_000)
                .errors(1_000)
                .build())
        .addProjects(
            Project.builder()
                .id("crm")
                .name("CRM")
                .budget(Money.of(BigDecimal.valueOf(12_000), EUR))
                .start(LocalDate.of(2025, 1, 1))
                .finish(LocalDate.of(2025, 12, 31))
                .build(),
            Project.builder()
                .id("idle")
                .name("Idle")
                .budget(Money.of(BigDecimal.valueOf(5_000), EUR))
                .start(LocalDate.of(2025, 1, 1))
                .finish(LocalDate.of(2025, 12, 31))
                .build())
        .addCostReports(
            report(1, 1000, 800, 900),
            report(2, 1000, 900, 1100),
            report(3, 1500, 1200, 1300),
            report(4, 1500, 1100, 1200))
        .addPrograms(
            Program.builder()
                .id("digital")
                .name("Digital")
                .addProjects("crm")
                .budget(Money.of(BigDecimal.valueOf(20_000), EUR))
                .baselineStart(LocalDate.of(2025, 1, 1))
                .baselineFinish(LocalDate.of(2025, 12, 31))
                .build());
  }

  private Path write(GovernanceModel model) throws Exception {
    return Files.write(dir.resolve("model.json"), GovernanceJson.toBytes(model));
  }

  private static JsonNode row(JsonNode json, String section, String id) {
    for (JsonNode row : json.get(section)) {
      if (row.get("id").asText().equals(id)) {
        return row;
      }
    }
    throw new AssertionError("no " + id + " in " + json.get(section));
  }

  @Test
  void printsEachSystemProjectAndProgramAsText() throws Exception {
    Path file = write(model().build());
    Cli.Result result = Cli.run("metrics", file.toString(), "--as-of", "2025-11-30");
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.err()).isEmpty();
    // MTBF (43,200 - 17.28) min / 1 failure = 719.712 h; EAC 12,000 / (4,000 / 4,500) = 13,500;
    // TCPI (12,000 - 4,000) / (12,000 - 4,500) = 1.0667; ES 3 + 500 / 1,500 months of AT 4
    assertThat(result.out().lines())
        .containsExactly(
            "as of 2025-11-30, window 2025-11-01..2025-11-30",
            "systems:",
            "  web  availability 99.96  downtimeMinutes 17.28  plannedDowntimeMinutes 0.00"
                + "  incidents 1  mttaMinutes 5.00  mttrMinutes 60.00  mtbfHours 719.71"
                + "  errorRate 0.05  errorBudgetRemaining 50.00",
            "  batch  availability 100.00  downtimeMinutes 0.00  plannedDowntimeMinutes 0.00"
                + "  incidents 0  mttaMinutes -  mttrMinutes -  mtbfHours -  errorRate -"
                + "  errorBudgetRemaining -",
            "projects:",
            "  crm  bac 12000.00  pv 5000.00  ev 4000.00  ac 4500.00  cv -500.00  sv -1000.00"
                + "  cpi 0.89  spi 0.80  eac 13500.00  etc 9000.00  vac -1500.00  tcpi 1.07"
                + "  earnedScheduleMonths 3.33  spiT 0.83  currency EUR",
            "  idle  bac 5000.00  pv -  ev -  ac -  cv -  sv -  cpi -  spi -  eac -  etc -  vac -"
                + "  tcpi -  earnedScheduleMonths -  spiT -  currency EUR",
            "programs:",
            "  digital  bac 12000.00  pv 5000.00  ev 4000.00  ac 4500.00  cv -500.00"
                + "  sv -1000.00  cpi 0.89  spi 0.80  eac 13500.00  etc 9000.00  vac -1500.00"
                + "  tcpi 1.07  earnedScheduleMonths 3.33  spiT 0.83  currency EUR");
  }

  @Test
  void printsJsonWithNullForWhatTheRecordsCannotGive() throws Exception {
    Path file = write(model().build());
    Cli.Result result =
        Cli.run("metrics", file.toString(), "--as-of", "2025-04-15", "--format", "json");
    assertThat(result.code()).as(result.err()).isZero();
    JsonNode json = JSON.readTree(result.out());
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("asOf", "from", "to", "systems", "projects", "programs");
    assertThat(json.get("asOf").asText()).isEqualTo("2025-04-15");
    JsonNode web = row(json, "systems", "web");
    assertThat(web.fieldNames())
        .toIterable()
        .containsExactly(
            "id",
            "availability",
            "downtimeMinutes",
            "plannedDowntimeMinutes",
            "incidents",
            "mttaMinutes",
            "mttrMinutes",
            "mtbfHours",
            "errorRate",
            "errorBudgetRemaining");
    // nothing happened between 17 March and 15 April
    assertThat(web.get("availability").asDouble()).isEqualTo(100);
    assertThat(web.get("incidents").asInt()).isZero();
    assertThat(web.get("mttrMinutes").isNull()).isTrue();
    assertThat(web.get("errorBudgetRemaining").isNull()).isTrue();
    // April's report ends after the 15th: PV 3,500, EV 2,900, AC 3,300; ES 2 + 900 / 1,500 of 3
    JsonNode crm = row(json, "projects", "crm");
    assertThat(crm.get("pv").asDouble()).isEqualTo(3500);
    assertThat(crm.get("ev").asDouble()).isEqualTo(2900);
    assertThat(crm.get("ac").asDouble()).isEqualTo(3300);
    assertThat(crm.get("cpi").asDouble()).isCloseTo(2900.0 / 3300, within(1e-12));
    assertThat(crm.get("earnedScheduleMonths").asDouble()).isCloseTo(2.6, within(1e-12));
    assertThat(crm.get("spiT").asDouble()).isCloseTo(2.6 / 3, within(1e-12));
    assertThat(crm.get("currency").asText()).isEqualTo("EUR");
    JsonNode idle = row(json, "projects", "idle");
    assertThat(idle.get("bac").asDouble()).isEqualTo(5000);
    assertThat(idle.get("pv").isNull()).isTrue();
    assertThat(idle.get("earnedScheduleMonths").isNull()).isTrue();
    assertThat(row(json, "programs", "digital").get("ev").asDouble()).isEqualTo(2900);
  }

  @Test
  void computesTheServiceFiguresOverTheWindowGiven() throws Exception {
    Path file = write(model().build());
    Cli.Result result =
        Cli.run(
            "metrics",
            file.toString(),
            "--as-of",
            "2025-12-31",
            "--from",
            "2025-11-10",
            "--to",
            "2025-11-10",
            "--format",
            "json");
    assertThat(result.code()).as(result.err()).isZero();
    JsonNode json = JSON.readTree(result.out());
    assertThat(json.get("from").asText()).isEqualTo("2025-11-10");
    assertThat(json.get("to").asText()).isEqualTo("2025-11-10");
    JsonNode web = row(json, "systems", "web");
    // 17.28 of a day's 1,440 minutes
    assertThat(web.get("downtimeMinutes").asDouble()).isCloseTo(17.28, within(1e-9));
    assertThat(web.get("availability").asDouble())
        .isCloseTo((1 - 17.28 / 1440) * 100, within(1e-9));
    assertThat(web.get("mttrMinutes").asDouble()).isEqualTo(60);
    // November's counts meet the day
    assertThat(web.get("errorRate").asDouble()).isCloseTo(0.05, within(1e-12));
  }

  @Test
  void theWindowIsByDefaultTheThirtyDaysUpToTheAsOfDay() throws Exception {
    Path file = write(model().build());
    JsonNode november =
        JSON.readTree(
            Cli.run("metrics", file.toString(), "--as-of", "2025-11-30", "--format", "json").out());
    assertThat(november.get("from").asText()).isEqualTo("2025-11-01");
    assertThat(november.get("to").asText()).isEqualTo("2025-11-30");
    JsonNode march =
        JSON.readTree(
            Cli.run("metrics", file.toString(), "--as-of", "2025-03-01", "--format", "json").out());
    assertThat(march.get("from").asText()).isEqualTo("2025-01-31");
    assertThat(march.get("to").asText()).isEqualTo("2025-03-01");
  }

  @Test
  void withoutAsOfTheModelsOwnDayIsUsed() throws Exception {
    Path file = write(model().asOf(LocalDate.of(2025, 11, 30)).build());
    Cli.Result result = Cli.run("metrics", file.toString(), "--format", "json");
    assertThat(result.code()).as(result.err()).isZero();
    JsonNode json = JSON.readTree(result.out());
    assertThat(json.get("asOf").asText()).isEqualTo("2025-11-30");
    assertThat(json.get("from").asText()).isEqualTo("2025-11-01");
    assertThat(row(json, "systems", "web").get("availability").asDouble())
        .isCloseTo(99.96, within(1e-9));
  }

  @Test
  void fromAndToGoTogetherAndInOrder() throws Exception {
    Path file = write(model().build());
    Cli.Result fromOnly = Cli.run("metrics", file.toString(), "--from", "2025-11-01");
    assertThat(fromOnly.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(fromOnly.out()).isEmpty();
    assertThat(fromOnly.err()).startsWith("give --from and --to together");
    Cli.Result toOnly = Cli.run("metrics", file.toString(), "--to", "2025-11-30");
    assertThat(toOnly.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(toOnly.err()).startsWith("give --from and --to together");
    Cli.Result reversed =
        Cli.run("metrics", file.toString(), "--from", "2025-11-30", "--to", "2025-11-01");
    assertThat(reversed.code()).isEqualTo(GovernanceCli.USAGE);
    assertThat(reversed.out()).isEmpty();
    assertThat(reversed.err()).startsWith("--to 2025-11-01 must not be before --from 2025-11-30");
  }

  @Test
  void theDefaultWindowOfTheFirstDaysOfTheYear1StartsOnItsFirstDay() throws Exception {
    Path model = Files.write(dir.resolve("omni.json"), DemoCommand.embedded());
    Cli.Result early = Cli.run("metrics", model.toString(), "--as-of", "0001-01-05");
    assertThat(early.code()).isEqualTo(GovernanceCli.OK);
    assertThat(early.out()).startsWith("as of 0001-01-05, window 0001-01-01..0001-01-05\n");
  }
}
