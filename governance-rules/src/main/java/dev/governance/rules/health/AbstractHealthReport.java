package dev.governance.rules.health;

import static dev.governance.core.ArgChecker.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Person;
import dev.governance.core.risk.MitigationAction;
import dev.governance.rules.Finding;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.deadline.Occurrence;
import dev.governance.rules.kpi.NodeResult;
import dev.governance.rules.raci.RaciPolicy;
import dev.governance.rules.raci.RaciReport;
import dev.governance.rules.risk.RiskMatrix;
import dev.governance.rules.risk.RiskRegisterReport;
import dev.governance.rules.risk.quant.SimulationResult;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * What governance health found: every engine's result and all their findings merged in one
 * deterministic order, with counts per role and per person to tell, per system and per program.
 */
@Value.Immutable
abstract class AbstractHealthReport {

  /** Returns the model checked. */
  public abstract GovernanceModel model();

  /** Returns the day the model was judged as of. */
  public abstract LocalDate asOf();

  /** Returns the first day of the deadline window reviewed. */
  public abstract LocalDate from();

  /** Returns the last day of the deadline window reviewed, inclusive. */
  public abstract LocalDate to();

  /** Returns how many days the deadline window reaches past {@link #asOf()}. */
  public int daysAhead() {
    return (int) ChronoUnit.DAYS.between(asOf(), to());
  }

  /**
   * Returns the RACI policy the matrices were validated by (its load limits draw the load charts).
   */
  public abstract RaciPolicy raciPolicy();

  /** Returns the risk matrix the register's levels were read from. */
  public abstract RiskMatrix riskMatrix();

  /** Returns the RACI report of each matrix, in the model's order. */
  public abstract ImmutableList<RaciReport> raciReports();

  /** Returns the risk register review. */
  public abstract RiskRegisterReport riskReport();

  /** Returns each scorecard evaluated, in the model's order. */
  public abstract ImmutableList<NodeResult> scorecards();

  /** Returns the compliance deadlines of the window reviewed. */
  public abstract ImmutableList<Occurrence> occurrences();

  /** Returns the practice rules' findings. */
  public abstract ValidationReport practice();

  /**
   * Returns the scorecard data-quality and overdue-deadline findings (KPI-001, KPI-002, CAL-001).
   */
  public abstract ValidationReport health();

  /**
   * Returns the findings about the model's waivers ({@code WAIVER-001} to {@code WAIVER-004});
   * empty by default. The findings the waivers accepted are marked in every other report ({@link
   * dev.governance.rules.Finding#waived()}).
   */
  @Value.Default
  public ValidationReport waivers() {
    return ValidationReport.empty();
  }

  @Value.Check
  protected void validate() {
    check(!to().isBefore(from()), "to", to(), "a day not before from " + from());
  }

  /** Returns the simulated annual losses of the model's loss scenarios, if it has any. */
  public abstract Optional<SimulationResult> lossSimulation();

  /**
   * Returns the mitigation actions still open and due by {@link #to()}, overdue ones included, by
   * due date then id: the risk treatment's deadlines, shown beside the compliance calendar's.
   */
  @Value.Lazy
  public ImmutableList<MitigationAction> openActions() {
    return model().mitigationActions().stream()
        .filter(a -> a.status().isOpen() && !a.due().isAfter(to()))
        .sorted(Comparator.comparing(MitigationAction::due).thenComparing(MitigationAction::id))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns each person's name by person id, from the model's people: what outputs that name the
   * people to tell ({@link Finding#people()}) show.
   */
  @Value.Lazy
  public ImmutableSortedMap<String, String> personNames() {
    return model().people().stream()
        .collect(
            ImmutableSortedMap.toImmutableSortedMap(
                String::compareTo, Person::id, Person::name, (a, b) -> a));
  }

  /**
   * Returns every finding merged: RACI, risk, practice, health and waivers, most severe first;
   * waived findings included, marked ({@link ValidationReport#active()} leaves them out).
   * Governance health routes each engine's findings to the people to tell ({@link
   * Finding#people()}) before they are merged.
   */
  @Value.Lazy
  public ValidationReport findings() {
    return ValidationReport.of(
        Stream.of(
                raciReports().stream().flatMap(r -> r.findings().findings().stream()),
                riskReport().findings().findings().stream(),
                practice().findings().stream(),
                health().findings().stream(),
                waivers().findings().stream())
            .flatMap(s -> s)
            .collect(ImmutableList.toImmutableList()));
  }

  /** Returns how many findings each role must be told of, by role id. */
  public ImmutableSortedMap<String, Integer> countsByRole() {
    return count(f -> f.notifyRoles().stream());
  }

  /**
   * Returns how many findings each person must be told of, by person id: {@link
   * ValidationReport#countsByPerson()} of the merged findings, whose {@link Finding#people()}
   * governance health filled.
   */
  public ImmutableSortedMap<String, Integer> countsByPerson() {
    return findings().countsByPerson();
  }

  /** Returns how many findings concern each system, by system id. */
  public ImmutableSortedMap<String, Integer> countsBySystem() {
    return count(f -> f.subject().system().stream());
  }

  /** Returns how many findings concern each program, by program id. */
  public ImmutableSortedMap<String, Integer> countsByProgram() {
    return count(f -> f.subject().program().stream());
  }

  private ImmutableSortedMap<String, Integer> count(Function<Finding, Stream<String>> keys) {
    TreeMap<String, Integer> counts = new TreeMap<>();
    findings()
        .findings()
        .forEach(f -> keys.apply(f).forEach(k -> counts.merge(k, 1, Integer::sum)));
    return ImmutableSortedMap.copyOf(counts);
  }

  /** Returns the RACI report of {@code matrix}, if the model has that matrix. */
  public Optional<RaciReport> raciReport(String matrix) {
    return raciReports().stream().filter(r -> r.matrix().equals(matrix)).findFirst();
  }
}
