package dev.governance.testkit;

import static dev.governance.testkit.DomainGenerators.pick;
import static dev.governance.testkit.DomainGenerators.sample;

import dev.governance.core.kpi.Aggregation;
import dev.governance.core.kpi.Direction;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.KpiSource;
import dev.governance.core.kpi.Perspective;
import dev.governance.core.kpi.StatusThresholds;
import dev.governance.core.kpi.UpdateFrequency;
import dev.governance.core.money.Money;
import dev.governance.core.portfolio.CostReport;
import dev.governance.core.portfolio.Project;
import dev.governance.core.risk.ActionStatus;
import dev.governance.core.risk.MitigationAction;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskScenario;
import dev.governance.core.service.IncidentRecord;
import dev.governance.core.service.OutageRecord;
import dev.governance.core.service.ServiceCount;
import dev.governance.core.service.ServiceTargets;
import dev.governance.core.time.ReportingPeriod;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The records of a model, valid by construction: cost reports, service targets, outages, incidents,
 * request counts, loss scenarios, mitigation actions and derived KPIs. Shared by {@link
 * DomainGenerators} and {@link GovernanceModelGenerator}.
 */
final class RecordGenerators {

  /** The first month of a generated model's service records, as of its observations. */
  static final YearMonth RECORDS_START = YearMonth.of(2025, 1);

  private static final List<String> ACTIONS =
      List.of(
          "Add monitoring and alerting",
          "Patch the affected servers",
          "Train the support team",
          "Renegotiate the vendor contract",
          "Add a fallback supplier",
          "Encrypt the backups",
          "Rehearse the recovery plan");
  private static final List<String> OUTAGES =
      List.of(
          "Database failover",
          "Expired TLS certificate",
          "Network partition",
          "Bad deployment rolled back",
          "Upstream provider outage");

  private RecordGenerators() {}

  // ---- service records ----

  /** Returns service targets with one, two or all three targets set. */
  static ServiceTargets serviceTargets(RandomGenerator random) {
    int which = 1 + random.nextInt(7);
    ServiceTargets.Builder t = ServiceTargets.builder();
    if ((which & 1) != 0) {
      t.availability(pick(random, List.of(99.0, 99.5, 99.9, 99.95, 99.99)));
    }
    if ((which & 2) != 0) {
      t.mttrMinutes(pick(random, List.of(30.0, 60.0, 240.0, 480.0, 1440.0)));
    }
    if ((which & 4) != 0) {
      t.errorRate(pick(random, List.of(0.01, 0.1, 0.5, 1.0, 5.0)));
    }
    if (random.nextInt(3) == 0) {
      t.windowDays(pick(random, List.of(1, 7, 28, 90, 365, 366)));
    }
    return t.build();
  }

  /**
   * Returns a system's outages over {@code months} months from {@code first}: an unplanned one
   * across a month boundary, a planned maintenance, an unplanned one overlapping one of those, and
   * up to {@code months} more, each at a random time, back to back with the one before (starting as
   * it ends) or inside it; none when {@code months} is 0.
   */
  static List<OutageRecord> outages(
      RandomGenerator random, String system, YearMonth first, int months) {
    List<OutageRecord> outages = new ArrayList<>();
    if (months == 0) {
      return outages;
    }
    Instant boundary = start(first.plusMonths(1 + random.nextInt(Math.max(1, months - 1))));
    outages.add(
        outage(system, 1, boundary.minusSeconds(60L + random.nextInt(7200)))
            .end(boundary.plusSeconds(60L + random.nextInt(7200)))
            .description(pick(random, OUTAGES))
            .build());
    Instant maintenance =
        start(first)
            .plus(Duration.ofDays(random.nextInt(daysIn(first, months))))
            .plus(Duration.ofHours(1 + random.nextInt(4)));
    outages.add(
        outage(system, 2, maintenance)
            .end(maintenance.plus(Duration.ofMinutes(30L + random.nextInt(211))))
            .planned(true)
            .description("Planned maintenance")
            .build());
    OutageRecord overlapped = outages.get(random.nextInt(2));
    long length = Duration.between(overlapped.start(), overlapped.end()).getSeconds();
    Instant during = overlapped.start().plusSeconds(random.nextLong(length));
    outages.add(
        outage(system, 3, during)
            .end(during.plusSeconds(60L + random.nextInt(5400)))
            .description(pick(random, OUTAGES))
            .build());
    int more = random.nextInt(months + 1);
    for (int i = 0; i < more; i++) {
      OutageRecord previous = outages.get(outages.size() - 1);
      long previousLength = Duration.between(previous.start(), previous.end()).getSeconds();
      Instant start;
      Instant end;
      switch (random.nextInt(3)) {
        case 0:
          start = instantIn(random, first, months);
          end = start.plusSeconds(random.nextInt(4) == 0 ? 1 : 60L * (1 + random.nextInt(480)));
          break;
        case 1:
          start = previous.end();
          end = start.plusSeconds(60L * (1 + random.nextInt(240)));
          break;
        default:
          start = previous.start().plusSeconds(random.nextLong(previousLength));
          end =
              start.plusSeconds(
                  1 + random.nextLong(Duration.between(start, previous.end()).getSeconds()));
          break;
      }
      OutageRecord.Builder o =
          outage(system, 4 + i, start).end(end).planned(random.nextInt(4) == 0);
      if (random.nextBoolean()) {
        o.description(pick(random, OUTAGES));
      }
      outages.add(o.build());
    }
    return outages;
  }

  private static OutageRecord.Builder outage(String system, int n, Instant start) {
    return OutageRecord.builder().id(system + "/outage-" + n).system(system).start(start);
  }

  /**
   * Returns a system's incidents over {@code months} months from {@code first}, {@code months} to
   * twice as many, their kinds in turn: acknowledged and resolved, acknowledged and still open,
   * neither acknowledged nor resolved, resolved without an acknowledgement.
   */
  static List<IncidentRecord> incidents(
      RandomGenerator random, String system, YearMonth first, int months) {
    List<IncidentRecord> incidents = new ArrayList<>();
    int count = months + random.nextInt(months + 1);
    int kind = random.nextInt(4);
    for (int i = 1; i <= count; i++, kind = (kind + 1) % 4) {
      Instant opened = instantIn(random, first, months);
      if (random.nextInt(5) == 0) {
        opened = opened.plusMillis(1 + random.nextInt(999));
      }
      IncidentRecord.Builder incident =
          IncidentRecord.builder()
              .id(system + "/INC-" + i)
              .system(system)
              .severity("SEV" + (1 + random.nextInt(4)))
              .opened(opened);
      Instant acknowledged =
          random.nextInt(10) == 0 ? opened : opened.plusSeconds(60L * (1 + random.nextInt(180)));
      Instant resolved =
          acknowledged.plusSeconds(
              random.nextInt(10) == 0 ? 0 : 60L * (1 + random.nextInt(3 * 24 * 60)));
      switch (kind) {
        case 0:
          incident.acknowledged(acknowledged).resolved(resolved);
          break;
        case 1:
          incident.acknowledged(acknowledged);
          break;
        case 2:
          break;
        default:
          incident.resolved(resolved);
          break;
      }
      incidents.add(incident.build());
    }
    return incidents;
  }

  /**
   * Returns a system's monthly request counts over {@code months} months from {@code first}, the
   * first month always counted and later ones sometimes missing; some months have no requests, some
   * more than fit an int, some no errors and a few only errors.
   */
  static List<ServiceCount> serviceCounts(
      RandomGenerator random, String system, YearMonth first, int months) {
    List<ServiceCount> counts = new ArrayList<>();
    for (int m = 0; m < months; m++) {
      if (m > 0 && random.nextInt(8) == 0) {
        continue;
      }
      counts.add(serviceCount(random, system, ReportingPeriod.month(first.plusMonths(m))));
    }
    return counts;
  }

  static ServiceCount serviceCount(RandomGenerator random, String system, ReportingPeriod period) {
    int size = random.nextInt(10);
    long requests =
        size == 0
            ? 0
            : size == 1
                ? 3_000_000_000L + random.nextLong(100_000_000_000L)
                : 1_000 + random.nextLong(50_000_000);
    int share = random.nextInt(20);
    long errors =
        requests == 0 || share == 0
            ? 0
            : share == 1 ? requests : random.nextLong(requests / 50 + 1);
    return ServiceCount.builder()
        .system(system)
        .period(period)
        .requests(requests)
        .errors(errors)
        .build();
  }

  // ---- cost reports ----

  /**
   * Returns a budgeted project's monthly cost reports in its budget's currency, one a month from
   * its first month for {@code months} months or until its last, whichever comes first; some months
   * earn nothing. None for a project without a budget above 0.
   */
  static List<CostReport> costReports(RandomGenerator random, Project project, int months) {
    return costReports(random, project, months, false);
  }

  /**
   * Returns the cost reports of {@link #costReports(RandomGenerator, Project, int)}, with some
   * months after the first left out when {@code gaps}, as a project that forgot to report.
   */
  static List<CostReport> costReports(
      RandomGenerator random, Project project, int months, boolean gaps) {
    List<CostReport> reports = new ArrayList<>();
    if (project.budget().isEmpty() || project.budget().get().amount().signum() <= 0) {
      return reports;
    }
    Money budget = project.budget().get();
    YearMonth first = YearMonth.from(project.start());
    long duration = ChronoUnit.MONTHS.between(first, YearMonth.from(project.finish())) + 1;
    long monthly = budget.amount().movePointRight(2).longValue() / duration;
    for (int m = 0; m < Math.min(months, duration); m++) {
      if (gaps && m > 0 && random.nextInt(4) == 3) {
        continue;
      }
      long planned = monthly / 2 + random.nextLong(monthly + 1);
      long earned = random.nextInt(12) == 0 ? 0 : planned * (50 + random.nextInt(71)) / 100;
      long actual = earned * (80 + random.nextInt(71)) / 100 + random.nextInt(10_000);
      boolean whole = random.nextInt(4) == 0;
      reports.add(
          CostReport.builder()
              .project(project.id())
              .period(ReportingPeriod.month(first.plusMonths(m)))
              .currency(budget.currency())
              .plannedValue(amount(planned, whole))
              .earnedValue(amount(earned, whole))
              .actualCost(amount(actual, whole))
              .build());
    }
    return reports;
  }

  private static BigDecimal amount(long cents, boolean whole) {
    return whole ? BigDecimal.valueOf(cents / 100) : BigDecimal.valueOf(cents, 2);
  }

  // ---- risk records ----

  /** Returns a loss scenario of {@code risk}, assuming some of its controls in place. */
  static RiskScenario lossScenario(RandomGenerator random, String id, Risk risk) {
    return RiskScenario.builder()
        .id(id)
        .risk(risk.id())
        .frequency(frequency(random))
        .magnitude(magnitude(random))
        .addAllControls(sample(random, risk.controls(), random.nextInt(risk.controls().size() + 1)))
        .build();
  }

  /**
   * Returns a loss event frequency as people write it: {@code poisson:0.5}, {@code probability:1};
   * the simplest is {@code poisson:0}.
   */
  static String frequency(RandomGenerator random) {
    String kind = random.nextBoolean() ? "probability" : "poisson";
    double value;
    switch (random.nextInt(6)) {
      case 0:
        value = 0;
        break;
      case 1:
        value = kind.equals("poisson") ? 1 + random.nextInt(24) : 1;
        break;
      default:
        value = random.nextInt(100) / 100.0 + (kind.equals("poisson") ? random.nextInt(3) : 0);
        break;
    }
    return spelled(random, kind) + ":" + number(random, value);
  }

  /**
   * Returns a loss magnitude as people write it: {@code lognormal90:10000,200000}, {@code
   * pert:0,5000,10000}; the simplest is {@code lognormal90:1000,2000}.
   */
  static String magnitude(RandomGenerator random) {
    String separator = random.nextInt(4) == 3 ? ", " : ",";
    if (!random.nextBoolean()) {
      double low = 1_000.0 * (1 + random.nextInt(500));
      double high = low * (2 + random.nextInt(99));
      return spelled(random, "lognormal90")
          + ":"
          + number(random, low)
          + separator
          + number(random, high);
    }
    double min = random.nextInt(3) == 0 ? 0 : 1_000.0 * random.nextInt(100);
    double max = min + 1_000.0 * (1 + random.nextInt(1000));
    int shape = random.nextInt(6);
    double mode = shape == 0 ? min : shape == 1 ? max : min + (max - min) * random.nextDouble();
    return spelled(random, "pert")
        + ":"
        + number(random, min)
        + separator
        + number(random, Math.rint(mode))
        + separator
        + number(random, max);
  }

  private static String spelled(RandomGenerator random, String kind) {
    return random.nextInt(8) == 7 ? kind.toUpperCase(Locale.ROOT) : kind;
  }

  private static String number(RandomGenerator random, double value) {
    if (value >= 1_000 && random.nextInt(8) == 7) {
      return String.format(Locale.ROOT, "%.3e", value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * Returns an action that treats {@code risk}, owned on one side of the program-system divide and
   * co-owned on the other; done actions record the day.
   */
  static MitigationAction mitigationAction(
      RandomGenerator random, String id, Risk risk, ActionStatus status, List<String> people) {
    String programSide = risk.programOwner();
    String systemSide = risk.systemOwner();
    if (systemSide.equals(programSide)) {
      List<String> others = new ArrayList<>(people);
      others.remove(programSide);
      systemSide = pick(random, others);
    }
    boolean programLeads = random.nextBoolean();
    LocalDate due = risk.identifiedOn().plusDays(14L + random.nextInt(400));
    MitigationAction.Builder a =
        MitigationAction.builder()
            .id(id)
            .risk(risk.id())
            .title(pick(random, ACTIONS))
            .owner(programLeads ? programSide : systemSide)
            .coOwner(programLeads ? systemSide : programSide)
            .due(due)
            .status(status);
    if (status == ActionStatus.DONE) {
      LocalDate done = due.minusDays(30).plusDays(random.nextInt(61));
      a.completedOn(done.isBefore(risk.identifiedOn()) ? risk.identifiedOn() : done);
    }
    return a.build();
  }

  // ---- derived KPIs ----

  /**
   * Returns a KPI derived from {@code source} for the system, project or program {@code subject} (a
   * project or program as {@code isProgram} says), with the unit, direction, bounds and thresholds
   * that suit the source.
   */
  static KpiDefinition derivedKpi(
      RandomGenerator random, String id, KpiSource source, String subject, boolean isProgram) {
    KpiDefinition.Builder k =
        KpiDefinition.builder()
            .id(id)
            .name(source.code() + " of " + subject)
            .source(source)
            .aggregation(Aggregation.LAST)
            .updateFrequency(UpdateFrequency.MONTHLY)
            .weight(1 + random.nextInt(3));
    if (source.subject() == KpiSource.Subject.SYSTEM) {
      k.system(subject)
          .perspective(
              random.nextBoolean() ? Perspective.CUSTOMER.id() : Perspective.INTERNAL_PROCESS.id());
    } else if (isProgram) {
      k.program(subject).perspective(Perspective.FINANCIAL.id());
    } else {
      k.project(subject).perspective(Perspective.FINANCIAL.id());
    }
    switch (source) {
      case AVAILABILITY:
        {
          double target = pick(random, List.of(99.0, 99.5, 99.9));
          return k.unit("%")
              .direction(Direction.HIGHER_IS_BETTER)
              .minimum(0.0)
              .maximum(100.0)
              .baseline(98.0)
              .target(target)
              .thresholds(StatusThresholds.of(target, target - 0.5))
              .build();
        }
      case MTTR:
        return lowerIsBetter(k, "min", 60.0 * (1 + random.nextInt(8)), 2);
      case MTTA:
        return lowerIsBetter(k, "min", 5.0 * (1 + random.nextInt(6)), 2);
      case MTBF:
        {
          double target = 24.0 * (7 + random.nextInt(60));
          return k.unit("h")
              .direction(Direction.HIGHER_IS_BETTER)
              .minimum(0.0)
              .baseline(target / 4)
              .target(target)
              .thresholds(StatusThresholds.of(target, target / 2))
              .build();
        }
      case ERROR_RATE:
        return lowerIsBetter(k, "%", pick(random, List.of(0.1, 0.5, 1.0)), 2).withMaximum(100.0);
      case ERROR_BUDGET_REMAINING:
        return k.unit("%")
            .direction(Direction.HIGHER_IS_BETTER)
            .maximum(100.0)
            .baseline(100.0)
            .target(25.0)
            .thresholds(StatusThresholds.of(25, 0))
            .build();
      case CPI:
      case SPI:
        return k.unit("ratio")
            .direction(Direction.TARGET_RANGE)
            .minimum(0.0)
            .target(1.0)
            .tolerance(0.05)
            .thresholds(StatusThresholds.of(0.05, 0.15))
            .build();
      case COST_VARIANCE_PERCENT:
        return k.unit("%")
            .direction(Direction.TARGET_RANGE)
            .target(0.0)
            .tolerance(5.0)
            .thresholds(StatusThresholds.of(5, 10))
            .build();
      default:
        return k.unit("d")
            .direction(Direction.TARGET_RANGE)
            .target(0.0)
            .tolerance(10.0)
            .thresholds(StatusThresholds.of(10, 30))
            .build();
    }
  }

  private static KpiDefinition lowerIsBetter(
      KpiDefinition.Builder k, String unit, double target, double amberFactor) {
    return k.unit(unit)
        .direction(Direction.LOWER_IS_BETTER)
        .minimum(0.0)
        .baseline(target * amberFactor * 2)
        .target(target)
        .thresholds(StatusThresholds.of(target, target * amberFactor))
        .build();
  }

  // ---- time ----

  static Instant start(YearMonth month) {
    return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static int daysIn(YearMonth first, int months) {
    return (int) ChronoUnit.DAYS.between(first.atDay(1), first.plusMonths(months).atDay(1));
  }

  /** Returns an instant, to the second, in the {@code months} months from {@code first}. */
  static Instant instantIn(RandomGenerator random, YearMonth first, int months) {
    return start(first).plusSeconds(random.nextLong(daysIn(first, months) * 86_400L));
  }
}
