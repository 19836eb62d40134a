package dev.governance.rules.health;

import static dev.governance.core.ArgChecker.positive;

import com.google.common.collect.ImmutableList;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.kpi.NodeKind;
import dev.governance.core.model.GovernanceModel;
import dev.governance.rules.Finding;
import dev.governance.rules.Subject;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.WeekendCalendar;
import dev.governance.rules.deadline.ComplianceCalendar;
import dev.governance.rules.deadline.Occurrence;
import dev.governance.rules.deadline.OccurrenceStatus;
import dev.governance.rules.kpi.DataQuality;
import dev.governance.rules.kpi.NodeResult;
import dev.governance.rules.kpi.ScorecardEngine;
import dev.governance.rules.practice.PracticeEngine;
import dev.governance.rules.raci.RaciValidator;
import dev.governance.rules.risk.RiskRegister;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Runs every engine over a model as of a day and merges their findings into one {@link
 * HealthReport}: the RACI validator on each matrix (with the model's role holders), the risk
 * register review, the scorecards (their KPIs without data or with stale data become {@code
 * KPI-001} and {@code KPI-002}), the compliance calendar ({@code CAL-001} for each overdue
 * deadline, telling its owner role and whoever it was escalated to) and the practice rules {@code
 * GOV-001} to {@code GOV-010}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractGovernanceHealth {

  /** Returns the business-day calendar; {@link dev.governance.rules.WeekendCalendar#covering} the model by default. */
  public abstract Optional<HolidayCalendar> calendar();

  /** Returns the zone deadlines are judged in; UTC by default. */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /** Returns how many days before and after the day the deadline window reaches; 90 by default. */
  @Value.Default
  public int horizonDays() {
    return 90;
  }

  /** Returns the practice engine; the standard one by default. */
  @Value.Default
  public PracticeEngine practice() {
    return PracticeEngine.standard();
  }

  /** Returns governance health with every default. */
  public static GovernanceHealth standard() {
    return GovernanceHealth.builder().build();
  }

  /**
   * Checks {@code model} as of {@code asOf}.
   *
   * @param model the model
   * @param asOf the day judged by
   * @return every engine's result and the merged findings
   */
  public HealthReport check(GovernanceModel model, LocalDate asOf) {
    HolidayCalendar days = calendar().orElseGet(() -> WeekendCalendar.covering(model, asOf, zone()));
    RaciValidator raci = RaciValidator.standard();
    ScorecardEngine scorecards = ScorecardEngine.standard();
    ImmutableList<NodeResult> cards = model.scorecards().stream()
        .map(s -> scorecards.evaluate(s, model.kpis(), model.observations(), asOf)).collect(ImmutableList.toImmutableList());
    List<Occurrence> occurrences = ComplianceCalendar.builder().calendar(days).zone(zone()).build()
        .occurrences(model.obligations(), model.events(), model.completions(), asOf.minusDays(horizonDays()), asOf.plusDays(horizonDays()),
            asOf.atStartOfDay(zone()).toInstant());
    List<Finding> health = new ArrayList<>();
    cards.forEach(card -> kpiFindings(card, health));
    occurrences.stream().filter(o -> o.status() == OccurrenceStatus.OVERDUE).forEach(o -> health.add(overdue(o)));
    return HealthReport.builder()
        .addAllRaciReports(model.raciMatrices().stream().map(m -> raci.validate(m, model.roleAssignments())).toList())
        .riskReport(RiskRegister.standard().review(model, asOf))
        .addAllScorecards(cards)
        .addAllOccurrences(occurrences)
        .practice(practice().review(model, asOf, days))
        .health(ValidationReport.of(health))
        .build();
  }

  private static void kpiFindings(NodeResult node, List<Finding> findings) {
    if (node.kind().orElse(null) == NodeKind.KPI) {
      if (node.quality().contains(DataQuality.MISSING)) {
        findings.add(finding(HealthRule.KPI_MISSING, Subject.builder().kpi(node.id()).build(),
            "KPI '" + node.name() + "' has no data for the period evaluated", "Record its observations", "program-manager", "system-owner"));
      } else if (node.quality().contains(DataQuality.STALE)) {
        findings.add(finding(HealthRule.KPI_STALE, Subject.builder().kpi(node.id()).build(),
            "KPI '" + node.name() + "' has stale data", "Record a current observation", "program-manager", "system-owner"));
      }
    }
    node.children().forEach(c -> kpiFindings(c, findings));
  }

  private static Finding overdue(Occurrence o) {
    List<String> roles = new ArrayList<>(List.of(o.ownerRole()));
    o.escalatedTo().filter(r -> !roles.contains(r)).ifPresent(roles::add);
    return finding(HealthRule.DEADLINE_OVERDUE, Subject.builder().obligation(o.obligation()).build(),
        "'" + o.title() + "' was due on " + o.dueDate() + " and is " + o.businessDaysOverdue() + " business days overdue"
            + o.escalatedTo().map(r -> "; escalated to " + r).orElse(""),
        "Complete it and record the completion", roles.toArray(String[]::new));
  }

  private static Finding finding(HealthRule rule, Subject subject, String message, String fix, String... roles) {
    return Finding.builder().code(rule.code()).severity(rule.defaultSeverity()).subject(subject).message(message).suggestedFix(fix)
        .addNotifyRoles(roles).build();
  }

  @Value.Check
  protected void validate() {
    positive(horizonDays(), "horizonDays");
  }
}
