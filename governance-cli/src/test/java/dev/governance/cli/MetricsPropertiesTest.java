package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.money.Money;
import dev.governance.core.party.Person;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code governance metrics} on random models (overlapping, touching and window-straddling outages,
 * planned maintenance, open and unacknowledged incidents, systems without counts, projects without
 * reports) against a second, naive implementation of the formulas: downtime by elementary
 * intervals between all outage boundaries rather than by merging, failures counted where coverage
 * begins, earned value summed in doubles and earned schedule interpolated month by month.
 */
class MetricsPropertiesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate BASE = LocalDate.of(2025, 6, 1);
  private static final Currency EUR = Currency.getInstance("EUR");

  @TempDir Path dir;

  @Test
  void matchesANaiveComputationOfTheFormulas() {
    qt().withExamples(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              GovernanceModel model = model(random);
              LocalDate asOf = BASE.plusDays(random.nextInt(120) - 30);
              LocalDate from = BASE.plusDays(random.nextInt(60) - 40);
              LocalDate to = from.plusDays(random.nextInt(45));
              JsonNode out = run(model, asOf, from, to);
              for (InformationSystem s : model.systems()) {
                JsonNode row = row(out.get("systems"), s.id());
                NaiveSystem expected = new NaiveSystem(model, s, from, to);
                close(row, "availability", expected.availability());
                close(row, "downtimeMinutes", expected.down / 60);
                close(row, "plannedDowntimeMinutes", expected.planned / 60);
                assertThat(row.get("incidents").asInt()).isEqualTo(expected.opened);
                close(row, "mttaMinutes", expected.mean(true));
                close(row, "mttrMinutes", expected.mean(false));
                close(row, "mtbfHours", expected.mtbfHours());
                close(row, "errorRate", expected.errorRate());
                close(row, "errorBudgetRemaining", expected.budgetRemaining());
              }
              for (Project p : model.projects()) {
                new NaiveEarnedValue(model, List.of(p), p.start(), p.finish(), asOf)
                    .check(row(out.get("projects"), p.id()));
              }
              Program program = model.programs().get(0);
              List<Project> members =
                  model.projects().stream()
                      .filter(p -> program.projects().contains(p.id()))
                      .toList();
              new NaiveEarnedValue(
                      model, members, program.baselineStart(), program.baselineFinish(), asOf)
                  .check(row(out.get("programs"), program.id()));
            });
  }

  private JsonNode run(GovernanceModel model, LocalDate asOf, LocalDate from, LocalDate to) {
    try {
      Path file = Files.write(dir.resolve("model.json"), GovernanceJson.toBytes(model));
      Cli.Result result =
          Cli.run(
              "metrics",
              file.toString(),
              "--as-of",
              asOf.toString(),
              "--from",
              from.toString(),
              "--to",
              to.toString(),
              "--format",
              "json");
      assertThat(result.code()).as(result.err()).isZero();
      JsonNode out = JSON.readTree(result.out());
      assertThat(out.get("asOf").asText()).isEqualTo(asOf.toString());
      assertThat(out.get("from").asText()).isEqualTo(from.toString());
      assertThat(out.get("to").asText()).isEqualTo(to.toString());
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode row(JsonNode rows, String id) {
    for (JsonNode row : rows) {
      if (row.get("id").asText().equals(id)) {
        return row;
      }
    }
    throw new AssertionError("no row for " + id + " in " + rows);
  }

  /** Asserts a field equals the naive value to 1e-9 relative, or is null where that is empty. */
  private static void close(JsonNode row, String field, Optional<Double> expected) {
    JsonNode actual = row.get(field);
    assertThat(actual).as(field + " present in " + row).isNotNull();
    if (expected.isEmpty()) {
      assertThat(actual.isNull()).as(field + " null in " + row).isTrue();
      return;
    }
    assertThat(actual.isNumber()).as(field + " a number in " + row).isTrue();
    double want = expected.get();
    assertThat(Math.abs(actual.asDouble() - want))
        .as(field + " = " + actual.asDouble() + ", naive " + want + " in " + row)
        .isLessThanOrEqualTo(1e-9 * Math.max(1, Math.abs(want)));
  }

  private static void close(JsonNode row, String field, double expected) {
    close(row, field, Optional.of(expected));
  }

  private static GovernanceModel model(Random random) {
    GovernanceModel.Builder model =
        GovernanceModel.builder()
            .name("random")
            .addPeople(Person.of("ann", "Ann"), Person.of("bob", "Bob"));
    Instant base = BASE.atStartOfDay(ZoneOffset.UTC).toInstant();
    for (int s = 0; s < 3; s++) {
      String system = "s" + s;
      InformationSystem.Builder builder =
          InformationSystem.builder().id(system).name(system).criticality(Criticality.HIGH);
      if (random.nextBoolean()) {
        builder.serviceTargets(
            ServiceTargets.builder().errorRate(0.05 + random.nextInt(500) / 100.0).build());
      }
      model.addSystems(builder.build());
      int outages = random.nextInt(14);
      for (int i = 0; i < outages; i++) {
        Instant start = base.plusSeconds(random.nextInt(80 * 86_400) - 40L * 86_400);
        long length = 1 + random.nextInt(random.nextBoolean() ? 7_200 : 3 * 86_400);
        model.addOutages(
            OutageRecord.builder()
                .id(system + "-o" + i)
                .system(system)
                .start(start)
                .end(start.plusSeconds(length))
                .planned(random.nextInt(4) == 0)
                .build());
      }
      if (outages > 1 && random.nextBoolean()) {
        // one outage that starts exactly where another ends: touching outages are one failure
        OutageRecord last = model.build().outages().get(model.build().outages().size() - 1);
        model.addOutages(
            OutageRecord.builder()
                .id(system + "-touch")
                .system(system)
                .start(last.end())
                .end(last.end().plusSeconds(600))
                .build());
      }
      int incidents = random.nextInt(10);
      for (int i = 0; i < incidents; i++) {
        Instant opened = base.plusSeconds(random.nextInt(80 * 86_400) - 40L * 86_400);
        IncidentRecord.Builder incident =
            IncidentRecord.builder()
                .id(system + "-i" + i)
                .system(system)
                .severity("SEV" + (1 + random.nextInt(3)))
                .opened(opened);
        Instant ack = opened.plusSeconds(random.nextInt(7_200));
        if (random.nextInt(10) < 7) {
          incident.acknowledged(ack);
        }
        if (random.nextInt(10) < 6) {
          incident.resolved(ack.plusSeconds(random.nextInt(5 * 86_400)));
        }
        model.addIncidents(incident.build());
      }
      Set<YearMonth> counted = new HashSet<>();
      for (int i = random.nextInt(5); i > 0; i--) {
        YearMonth month = YearMonth.from(BASE).plusMonths(random.nextInt(5) - 2);
        if (counted.add(month)) {
          long requests = random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000);
          model.addServiceCounts(
              ServiceCount.builder()
                  .system(system)
                  .period(ReportingPeriod.month(month))
                  .requests(requests)
                  .errors(requests == 0 ? 0 : (long) (random.nextDouble() * requests / 20))
                  .build());
        }
      }
    }
    List<String> members = new ArrayList<>();
    LocalDate programStart = BASE;
    LocalDate programFinish = BASE;
    for (int p = 0; p < 4; p++) {
      String id = "p" + p;
      LocalDate start = BASE.minusMonths(random.nextInt(8)).withDayOfMonth(1 + random.nextInt(28));
      LocalDate finish = start.plusMonths(3 + random.nextInt(12));
      boolean budgeted = p < 3;
      Project.Builder project = Project.builder().id(id).name(id).start(start).finish(finish);
      if (budgeted) {
        project.budget(Money.of(BigDecimal.valueOf(100_000 + random.nextInt(900_000)), EUR));
        if (p < 2) {
          project.program("prog");
          members.add(id);
          programStart = start.isBefore(programStart) ? start : programStart;
          programFinish = finish.isAfter(programFinish) ? finish : programFinish;
        }
        Set<YearMonth> reported = new HashSet<>();
        for (int r = random.nextInt(10); r > 0; r--) {
          YearMonth month = YearMonth.from(start).plusMonths(random.nextInt(10));
          if (reported.add(month)) {
            model.addCostReports(
                CostReport.builder()
                    .project(id)
                    .period(ReportingPeriod.month(month))
                    .currency(EUR)
                    .plannedValue(cents(random, 60_000))
                    .earnedValue(cents(random, 60_000))
                    .actualCost(random.nextInt(8) == 0 ? BigDecimal.ZERO : cents(random, 60_000))
                    .build());
          }
        }
      }
      model.addProjects(project.build());
    }
    model.addPrograms(
        Program.builder()
            .id("prog")
            .name("Program")
            .addAllProjects(members)
            .budget(Money.of(BigDecimal.valueOf(2_000_000), EUR))
            .baselineStart(programStart)
            .baselineFinish(programFinish)
            .build());
    return model.build();
  }

  private static BigDecimal cents(Random random, int most) {
    return BigDecimal.valueOf(random.nextInt(most * 100), 2);
  }

  /** A system's figures by elementary intervals between all outage boundaries. */
  private static final class NaiveSystem {
    final double window;
    double down;
    double planned;
    int failures;
    int opened;
    final List<IncidentRecord> incidents;
    final Instant start;
    final Instant end;
    final Optional<Double> target;
    long requests;
    long errors;

    NaiveSystem(GovernanceModel model, InformationSystem system, LocalDate from, LocalDate to) {
      start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
      end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      window = Duration.between(start, end).getSeconds();
      List<OutageRecord> outages =
          model.outages().stream().filter(o -> o.system().equals(system.id())).toList();
      TreeSet<Instant> cuts = new TreeSet<>(List.of(start, end));
      for (OutageRecord o : outages) {
        cuts.add(o.start());
        cuts.add(o.end());
      }
      List<Instant> points = new ArrayList<>(cuts);
      boolean before = false;
      for (int i = 0; i + 1 < points.size(); i++) {
        Instant a = points.get(i);
        Instant b = points.get(i + 1);
        boolean unplanned = covered(outages, a, b, false);
        boolean maintenance = covered(outages, a, b, true);
        boolean inside = !a.isBefore(start) && !b.isAfter(end);
        if (inside && unplanned && !maintenance) {
          down += Duration.between(a, b).getSeconds();
        }
        if (inside && maintenance) {
          planned += Duration.between(a, b).getSeconds();
        }
        if (unplanned && !before && !a.isBefore(start) && a.isBefore(end)) {
          failures++;
        }
        before = unplanned;
      }
      incidents = model.incidents().stream().filter(i -> i.system().equals(system.id())).toList();
      opened = (int) incidents.stream().filter(i -> in(i.opened())).count();
      for (ServiceCount c : model.serviceCounts()) {
        if (c.system().equals(system.id())
            && !c.period().start().isAfter(to)
            && !c.period().end().isBefore(from)) {
          requests += c.requests();
          errors += c.errors();
        }
      }
      target = system.serviceTargets().flatMap(ServiceTargets::errorRate);
    }

    private static boolean covered(List<OutageRecord> outages, Instant a, Instant b, boolean p) {
      return outages.stream()
          .anyMatch(o -> o.planned() == p && !o.start().isAfter(a) && !o.end().isBefore(b));
    }

    private boolean in(Instant at) {
      return !at.isBefore(start) && at.isBefore(end);
    }

    double availability() {
      return (1 - down / window) * 100;
    }

    Optional<Double> mean(boolean acknowledged) {
      double total = 0;
      int n = 0;
      for (IncidentRecord i : incidents) {
        Optional<Instant> at = acknowledged ? i.acknowledged() : i.resolved();
        if (at.isPresent() && in(at.get())) {
          total += Duration.between(i.opened(), at.get()).getSeconds() / 60.0;
          n++;
        }
      }
      return n == 0 ? Optional.empty() : Optional.of(total / n);
    }

    Optional<Double> mtbfHours() {
      return failures == 0 ? Optional.empty() : Optional.of((window - down) / failures / 3600);
    }

    Optional<Double> errorRate() {
      return requests == 0 ? Optional.empty() : Optional.of(100.0 * errors / requests);
    }

    Optional<Double> budgetRemaining() {
      return errorRate().flatMap(rate -> target.map(t -> (1 - rate / t) * 100));
    }
  }

  /** A project's or program's earned value by plain sums, earned schedule month by month. */
  private static final class NaiveEarnedValue {
    double bac;
    boolean budgeted;
    double pv;
    double ev;
    double ac;
    boolean reported;
    Optional<Double> es = Optional.empty();
    Optional<Double> spiT = Optional.empty();

    NaiveEarnedValue(
        GovernanceModel model,
        List<Project> members,
        LocalDate start,
        LocalDate finish,
        LocalDate asOf) {
      List<CostReport> reports = new ArrayList<>();
      for (Project p : members) {
        bac += p.budget().map(b -> b.amount().doubleValue()).orElse(0.0);
        budgeted |= p.budget().isPresent();
        for (CostReport r : model.costReports()) {
          if (r.project().equals(p.id()) && !r.period().end().isAfter(asOf)) {
            reports.add(r);
          }
        }
      }
      reported = !reports.isEmpty();
      if (!reported) {
        return;
      }
      YearMonth first = YearMonth.from(start);
      YearMonth last = first;
      for (CostReport r : reports) {
        pv += r.plannedValue().doubleValue();
        ev += r.earnedValue().doubleValue();
        ac += r.actualCost().doubleValue();
        YearMonth month = YearMonth.from(r.period().end());
        last = month.isAfter(last) ? month : last;
      }
      int months = (int) ChronoUnit.MONTHS.between(first, last) + 1;
      double[] cumulative = new double[months];
      for (int m = 0; m < months; m++) {
        YearMonth month = first.plusMonths(m);
        for (CostReport r : reports) {
          if (!YearMonth.from(r.period().end()).isAfter(month)) {
            cumulative[m] += r.plannedValue().doubleValue();
          }
        }
      }
      int c = 0;
      while (c < months && cumulative[c] <= ev) {
        c++;
      }
      double earned;
      if (c == months) {
        earned = months;
      } else {
        double below = c == 0 ? 0 : cumulative[c - 1];
        earned = c + (ev - below) / (cumulative[c] - below);
      }
      es = Optional.of(earned);
      spiT = Optional.of(earned / months);
    }

    void check(JsonNode row) {
      Optional<Double> none = Optional.empty();
      close(row, "bac", budgeted ? Optional.of(bac) : none);
      close(row, "pv", reported ? Optional.of(pv) : none);
      close(row, "ev", reported ? Optional.of(ev) : none);
      close(row, "ac", reported ? Optional.of(ac) : none);
      close(row, "cv", reported ? Optional.of(ev - ac) : none);
      close(row, "sv", reported ? Optional.of(ev - pv) : none);
      Optional<Double> cpi = reported && ac != 0 ? Optional.of(ev / ac) : none;
      close(row, "cpi", cpi);
      close(row, "spi", reported && pv != 0 ? Optional.of(ev / pv) : none);
      Optional<Double> eac = cpi.filter(x -> x != 0).map(x -> bac / x);
      close(row, "eac", eac);
      close(row, "etc", eac.map(x -> x - ac));
      close(row, "vac", eac.map(x -> bac - x));
      close(row, "tcpi", reported && bac != ac ? Optional.of((bac - ev) / (bac - ac)) : none);
      close(row, "earnedScheduleMonths", es);
      close(row, "spiT", spiT);
      assertThat(row.get("currency").isNull() ? null : row.get("currency").asText())
          .isEqualTo(budgeted ? "EUR" : null);
    }
  }
}
