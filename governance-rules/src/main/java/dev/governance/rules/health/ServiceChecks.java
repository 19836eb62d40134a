package dev.governance.rules.health;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.WellKnownRole;
import dev.governance.core.portfolio.InformationSystem;
import dev.governance.core.portfolio.Program;
import dev.governance.core.service.ServiceTargets;
import dev.governance.rules.Explanation;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.Subject;
import dev.governance.rules.kpi.BurnRateAlert;
import dev.governance.rules.kpi.BurnRateAlerts;
import dev.governance.rules.kpi.ErrorBudget;
import dev.governance.rules.kpi.ServiceRecords;
import dev.governance.rules.kpi.SystemMetrics;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * KPI-003 and KPI-004: each system with service targets judged over its SLO window up to the day,
 * from the model's records. Both tell the system owner and the program managers of the programs the
 * system serves.
 */
final class ServiceChecks {

  private final GovernanceModel model;
  private final LocalDate asOf;
  private final Function<HealthRule, Severity> severity;
  private final ServiceRecords records;

  ServiceChecks(GovernanceModel model, LocalDate asOf, Function<HealthRule, Severity> severity) {
    this.model = model;
    this.asOf = asOf;
    this.severity = severity;
    this.records = ServiceRecords.of(model);
  }

  List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    for (InformationSystem system : model.systems()) {
      system
          .serviceTargets()
          .ifPresent(
              targets -> {
                missed(system, targets).ifPresent(findings::add);
                burning(system, targets).ifPresent(findings::add);
              });
    }
    return findings;
  }

  /** KPI-003: the targets the system missed over its window, in one finding. */
  private Optional<Finding> missed(InformationSystem system, ServiceTargets targets) {
    SystemMetrics m = records.window(system.id(), asOf.minusDays(targets.windowDays() - 1L), asOf);
    List<String> misses = new ArrayList<>();
    List<Explanation> why = new ArrayList<>();
    targets
        .availability()
        .filter(t -> m.availability().result() < t)
        .ifPresent(t -> miss(misses, why, "availability", m.availability(), t, "%"));
    targets
        .mttrMinutes()
        .ifPresent(
            t ->
                m.mttrMinutes()
                    .filter(e -> e.result() > t)
                    .ifPresent(e -> miss(misses, why, "MTTR", e, t, " min")));
    targets
        .errorRate()
        .ifPresent(
            t ->
                m.errorRate()
                    .filter(e -> e.result() > t)
                    .ifPresent(e -> miss(misses, why, "error rate", e, t, "%")));
    if (misses.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        finding(
                HealthRule.SLA_MISSED,
                system,
                "system '"
                    + system.name()
                    + "' missed its service targets over "
                    + m.from()
                    + ".."
                    + m.to()
                    + ": "
                    + String.join("; ", misses),
                "Review the outages and incidents behind the miss with the system owner")
            .explanation(
                why.size() == 1
                    ? why.get(0)
                    : Explanation.builder()
                        .quantity("targets missed")
                        .result(why.size())
                        .formula(String.join("; ", misses))
                        .addAllChildren(why)
                        .build())
            .build());
  }

  private static void miss(
      List<String> misses,
      List<Explanation> why,
      String what,
      Explanation actual,
      double target,
      String unit) {
    misses.add(
        what
            + " "
            + String.format(Locale.ROOT, "%.4g", actual.result())
            + unit
            + " against a target of "
            + String.format(Locale.ROOT, "%.4g", target)
            + unit);
    why.add(actual);
  }

  /** KPI-004: the recommended burn-rate alerts of the availability objective that fire now. */
  private Optional<Finding> burning(InformationSystem system, ServiceTargets targets) {
    if (targets.availability().isEmpty() || targets.windowDays() <= 3) {
      return Optional.empty();
    }
    ErrorBudget budget =
        ErrorBudget.of(targets.availability().get() / 100, Duration.ofDays(targets.windowDays()));
    Instant now = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    ImmutableList<BurnRateAlert> firing =
        BurnRateAlerts.firing(
            BurnRateAlerts.recommended(budget.window()),
            budget,
            over -> records.downShare(system.id(), now.minus(over), now));
    if (firing.isEmpty()) {
      return Optional.empty();
    }
    BurnRateAlert worst = firing.get(0);
    double share = records.downShare(system.id(), now.minus(worst.longWindow()), now);
    return Optional.of(
        finding(
                HealthRule.BURN_RATE_ALERT,
                system,
                "system '"
                    + system.name()
                    + "' burns its availability error budget "
                    + String.format(Locale.ROOT, "%.1f", budget.burnRate(share).result())
                    + "x over the last "
                    + worst.longWindow().toHours()
                    + " h (threshold "
                    + String.format(Locale.ROOT, "%.4g", worst.threshold())
                    + "x): "
                    + worst.action()
                    + (firing.size() > 1 ? ", and " + (firing.size() - 1) + " more alert(s)" : ""),
                "Page the on-call responder and stop risky changes until the burn slows")
            .explanation(budget.burnRate(share))
            .build());
  }

  private Finding.Builder finding(
      HealthRule rule, InformationSystem system, String message, String fix) {
    Set<String> people = new LinkedHashSet<>();
    system.owner().ifPresent(people::add);
    for (String program : system.programs()) {
      model.programs().stream()
          .filter(p -> p.id().equals(program))
          .map(Program::programManager)
          .flatMap(Optional::stream)
          .forEach(people::add);
    }
    return Finding.builder()
        .code(rule.code())
        .severity(requireNonNull(severity.apply(rule)))
        .subject(Subject.builder().system(system.id()).build())
        .message(message)
        .suggestedFix(fix)
        .addNotifyRoles(WellKnownRole.SYSTEM_OWNER.id(), WellKnownRole.PROGRAM_MANAGER.id())
        .addAllNotifyPeople(people);
  }
}
