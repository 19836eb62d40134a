package dev.governance.rules.health;

import static dev.governance.core.ArgChecker.positive;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.governance.core.ArgChecker;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.kpi.NodeKind;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.WellKnownRole;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.Subject;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.deadline.ComplianceCalendar;
import dev.governance.rules.deadline.Occurrence;
import dev.governance.rules.deadline.OccurrenceStatus;
import dev.governance.rules.kpi.DataQuality;
import dev.governance.rules.kpi.NodeResult;
import dev.governance.rules.kpi.ScorecardEngine;
import dev.governance.rules.practice.PracticeEngine;
import dev.governance.rules.raci.RaciReport;
import dev.governance.rules.raci.RaciValidator;
import dev.governance.rules.risk.RiskRegister;
import dev.governance.rules.risk.RiskRegisterReport;
import dev.governance.rules.risk.quant.LossSimulation;
import dev.governance.rules.risk.quant.LossSpecs;
import dev.governance.rules.steering.WaiverEngine;
import dev.governance.rules.steering.WaiverPolicy;
import dev.governance.rules.steering.WaiverReview;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The one configured entry point: runs every engine over a model as of a day and merges their
 * findings into one {@link HealthReport}. The RACI validator checks each matrix with the model's
 * role holders, the risk register reviews the register, the scorecard engine evaluates each
 * scorecard (a KPI without data or with stale data becomes {@code KPI-001} or {@code KPI-002}), the
 * compliance calendar dates every obligation ({@code CAL-001} for each overdue deadline, telling
 * its owner role and whoever it was escalated to on the ladder of its regulation's kind, or why it
 * could not be escalated) and the practice engine applies {@code GOV-001} to {@code GOV-011}. Each
 * engine's findings are routed to the people to tell ({@link
 * dev.governance.rules.health.Recipients}: the owner of its system, the manager of its program,
 * else the holders of its roles), its {@link dev.governance.rules.Finding#people()}. Then the
 * model's waivers are applied to all those findings at once ({@link
 * dev.governance.rules.steering.WaiverEngine}): a finding a waiver accepts is marked in every
 * report and counts toward neither the exit code nor a status, and the waivers themselves are
 * judged ({@code WAIVER-001} to {@code WAIVER-004}).
 *
 * <p>A caller configures each engine once (a {@link dev.governance.rules.raci.RaciPolicy}, a risk
 * matrix and review cadences, a scorecard engine, a practice policy, a holiday calendar and
 * counting rules) and hands them here; {@link #standard()} is every engine's standard
 * configuration. The dashboard, the command line and every export read the resulting report, so no
 * engine is ever built with hidden defaults downstream. Immutable and thread-safe.
 *
 * <p>For example, every engine in its standard configuration over the same model:
 *
 * <pre>{@code
 * HealthReport health = GovernanceHealth.standard().check(model, LocalDate.of(2025, 12, 31));
 * Map<Severity, Integer> counts = health.findings().counts(); // {ERROR=6, WARNING=3, INFO=0}
 * Map<Severity, Integer> active = health.findings().activeCounts(); // {ERROR=5, ...}: 1 waived
 * Map<String, Integer> perRole = health.countsByRole(); // {program-manager=6, ...}
 * Map<String, Integer> perPerson = health.countsByPerson(); // {ana=7, cy=2, ...}
 * List<RaciReport> raci = health.raciReports(); // and each engine's own result
 * }</pre>
 */
@Value.Immutable
abstract class AbstractGovernanceHealth {

  /** Returns the RACI validator; {@link RaciValidator#standard()} by default. */
  @Value.Default
  public RaciValidator raci() {
    return RaciValidator.standard();
  }

  /**
   * Returns the risk register review (matrix, review cadences, evidence age); standard by default.
   */
  @Value.Default
  public RiskRegister riskRegister() {
    return RiskRegister.standard();
  }

  /** Returns the scorecard engine; {@link ScorecardEngine#standard()} by default. */
  @Value.Default
  public ScorecardEngine scorecards() {
    return ScorecardEngine.standard();
  }

  /** Returns the practice engine; {@link PracticeEngine#standard()} by default. */
  @Value.Default
  public PracticeEngine practice() {
    return PracticeEngine.standard();
  }

  /**
   * Returns who may accept findings and which findings no one may; {@link WaiverPolicy#standard()}
   * by default. Its codes that cannot be waived must be codes of {@link RuleCatalog}.
   */
  @Value.Default
  public WaiverPolicy waivers() {
    return WaiverPolicy.standard();
  }

  /**
   * Returns the simulation that runs the model's loss scenarios (Open FAIR Monte Carlo) for the
   * register's loss exceedance curve; 20,000 years with seed 1 by default, so that one model always
   * gives one curve.
   */
  @Value.Default
  public LossSimulation lossSimulation() {
    return LossSimulation.builder().years(20_000).seed(1).build();
  }

  /**
   * Returns the compliance calendar: the holiday calendar deadlines and practice checks count
   * business days on, the zone they are judged in, counting rules, conventions, reminders and the
   * escalation ladder. When absent, a standard compliance calendar in UTC on {@link
   * dev.governance.core.calendar.HolidayCalendar#weekends() weekends only}.
   */
  public abstract Optional<ComplianceCalendar> compliance();

  /**
   * Returns how many days before the day judged the deadline window reaches, which bounds how far
   * back overdue deadlines ({@code CAL-001}) are looked for; 90 by default.
   */
  @Value.Default
  public int horizonDays() {
    return 90;
  }

  /**
   * Returns how many days after the day judged the deadline window reaches: the upcoming deadlines
   * the report lists. They are never overdue, so this changes no finding; {@link #horizonDays()} by
   * default.
   */
  @Value.Default
  public int daysAhead() {
    return horizonDays();
  }

  /**
   * Returns severities that replace the defaults of the findings governance health adds ({@code
   * KPI-001} to {@code KPI-004}, {@code CAL-001}); each engine's own rules take theirs from its
   * policy.
   */
  public abstract ImmutableMap<HealthRule, Severity> severities();

  /** Returns governance health with every engine's standard configuration. */
  public static GovernanceHealth standard() {
    return GovernanceHealth.builder().build();
  }

  /**
   * Checks {@code model} as of {@code asOf}.
   *
   * @param model the model
   * @param asOf the day judged by
   * @return every engine's result and the merged findings
   * @throws dev.governance.core.GovernanceValidationException if the risk matrix does not fit the
   *     model's scales, or the holiday calendar does not cover the days judged
   */
  public HealthReport check(GovernanceModel model, LocalDate asOf) {
    ComplianceCalendar compliance =
        compliance()
            .orElseGet(
                () -> ComplianceCalendar.builder().calendar(HolidayCalendar.weekends()).build());
    HolidayCalendar days = compliance.calendar();
    LocalDate from = asOf.minusDays(horizonDays());
    LocalDate to = asOf.plusDays(daysAhead());
    ArgChecker.check(
        from.getYear() >= days.firstYear() && to.getYear() <= days.lastYear(),
        "asOf",
        asOf,
        "a day whose window, "
            + horizonDays()
            + " days before it to "
            + daysAhead()
            + " days after, lies in the years of calendar "
            + days.id()
            + " ("
            + LocalDate.of(days.firstYear(), 1, 1)
            + " to "
            + LocalDate.of(days.lastYear(), 12, 31)
            + ")");
    ImmutableList<NodeResult> cards =
        model.scorecards().stream()
            .map(s -> scorecards().evaluate(s, model, asOf))
            .collect(ImmutableList.toImmutableList());
    List<Occurrence> occurrences =
        compliance.occurrences(model, from, to, asOf.atStartOfDay(compliance.zone()).toInstant());
    List<Finding> health = new ArrayList<>();
    cards.forEach(card -> kpiFindings(card, health));
    health.addAll(
        new ServiceChecks(
                model, asOf, rule -> severities().getOrDefault(rule, rule.defaultSeverity()))
            .findings());
    // one finding per obligation, however many of its occurrences were missed: a daily
    // obligation missed for a quarter is one thing to do, not ninety
    occurrences.stream()
        .filter(o -> o.status() == OccurrenceStatus.OVERDUE)
        .collect(
            Collectors.groupingBy(Occurrence::obligation, LinkedHashMap::new, Collectors.toList()))
        .values()
        .forEach(missed -> health.add(overdue(missed)));
    Recipients recipients = Recipients.of(model);
    ImmutableList<RaciReport> raciReports =
        model.raciMatrices().stream()
            .map(m -> raci().validate(m, model.roleAssignments()))
            .map(r -> r.withFindings(recipients.route(r.findings())))
            .collect(ImmutableList.toImmutableList());
    RiskRegisterReport review = riskRegister().review(model, asOf);
    RiskRegisterReport riskReport = review.withFindings(recipients.route(review.findings()));
    ValidationReport practiceReport = recipients.route(practice().review(model, asOf, days));
    ValidationReport healthReport = recipients.route(ValidationReport.of(health));
    ValidationReport merged =
        Stream.concat(
                raciReports.stream().map(RaciReport::findings), Stream.of(riskReport.findings()))
            .reduce(practiceReport.merge(healthReport), ValidationReport::merge);
    WaiverReview waived = WaiverEngine.of(waivers()).review(model, merged, asOf, days);
    return HealthReport.builder()
        .model(model)
        .asOf(asOf)
        .from(from)
        .to(to)
        .raciPolicy(raci().policy())
        .riskMatrix(riskRegister().matrix())
        .addAllRaciReports(
            raciReports.stream()
                .map(r -> r.withFindings(waived.mark(r.findings())))
                .collect(ImmutableList.toImmutableList()))
        .riskReport(riskReport.withFindings(waived.mark(riskReport.findings())))
        .addAllScorecards(cards)
        .addAllOccurrences(occurrences)
        .practice(waived.mark(practiceReport))
        .lossSimulation(
            model.lossScenarios().isEmpty()
                ? Optional.empty()
                : Optional.of(
                    lossSimulation()
                        .run(model.lossScenarios().stream().map(LossSpecs::scenario).toList())))
        .health(waived.mark(healthReport))
        .waivers(recipients.route(waived.findings()))
        .build();
  }

  private void kpiFindings(NodeResult node, List<Finding> findings) {
    if (node.kind().orElse(null) == NodeKind.KPI) {
      if (node.quality().contains(DataQuality.MISSING)) {
        findings.add(
            finding(
                HealthRule.KPI_MISSING,
                Subject.builder().kpi(node.id()).build(),
                "KPI '" + node.name() + "' has no data for the period evaluated",
                "Record its observations",
                WellKnownRole.PROGRAM_MANAGER.id(),
                WellKnownRole.SYSTEM_OWNER.id()));
      } else if (node.quality().contains(DataQuality.STALE)) {
        findings.add(
            finding(
                HealthRule.KPI_STALE,
                Subject.builder().kpi(node.id()).build(),
                "KPI '" + node.name() + "' has stale data",
                "Record a current observation",
                WellKnownRole.PROGRAM_MANAGER.id(),
                WellKnownRole.SYSTEM_OWNER.id()));
      }
    }
    node.children().forEach(c -> kpiFindings(c, findings));
  }

  /** CAL-001 of one obligation: its earliest missed occurrence, and how many more were missed. */
  private Finding overdue(List<Occurrence> missed) {
    Occurrence o = missed.stream().min(Comparator.comparing(Occurrence::dueDate)).orElseThrow();
    Occurrence last = missed.stream().max(Comparator.comparing(Occurrence::dueDate)).orElseThrow();
    List<String> roles = new ArrayList<>(List.of(o.ownerRole()));
    missed.forEach(m -> m.escalatedTo().filter(r -> !roles.contains(r)).ifPresent(roles::add));
    return finding(
        HealthRule.DEADLINE_OVERDUE,
        Subject.builder().obligation(o.obligation()).build(),
        "'"
            + o.title()
            + "' was due on "
            + o.dueDate()
            + " and is "
            + o.businessDaysOverdue()
            + " business days overdue"
            + o.escalatedTo().map(r -> "; escalated to " + r).orElse("")
            + o.escalationNote().map(n -> "; not escalated: " + n).orElse("")
            + (missed.size() > 1
                ? "; "
                    + (missed.size() - 1)
                    + " later occurrences missed too, the last due on "
                    + last.dueDate()
                : ""),
        "Complete it and record the completion",
        roles.toArray(String[]::new));
  }

  private Finding finding(
      HealthRule rule, Subject subject, String message, String fix, String... roles) {
    return Finding.builder()
        .code(rule.code())
        .severity(severities().getOrDefault(rule, rule.defaultSeverity()))
        .subject(subject)
        .message(message)
        .suggestedFix(fix)
        .addNotifyRoles(roles)
        .build();
  }

  @Value.Check
  protected void validate() {
    positive(horizonDays(), "horizonDays");
    positive(daysAhead(), "daysAhead");
    RuleCatalog.checkKnown(waivers().notWaivable(), "waivers.notWaivable");
  }
}
