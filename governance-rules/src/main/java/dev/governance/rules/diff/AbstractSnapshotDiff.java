package dev.governance.rules.diff;

import com.google.common.collect.ImmutableList;
import dev.governance.core.kpi.Direction;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.StatusThresholds;
import dev.governance.core.model.GovernanceModel;
import dev.governance.rules.Finding;
import dev.governance.rules.health.GovernanceHealth;
import dev.governance.rules.health.HealthReport;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * What changed between two snapshots of a model, each checked by governance health: the first page
 * of a steering-committee pack ("since the last meeting").
 *
 * <ul>
 *   <li><b>Findings</b> added, resolved and changed. A finding's identity is its code and its
 *       subject; a finding of the same identity in both snapshots is changed when its severity or
 *       its {@linkplain Finding#waived() waiver mark} differs, and the same finding otherwise,
 *       whatever its message says (an overdue count grows every day). Where several findings share
 *       an identity (two late mitigation actions of one risk are two {@code RISK-008} of that
 *       risk), they are paired first by equal message, then in order.
 *   <li><b>Risks</b>, one row per field that differs ({@link RiskChange}): the inherent, residual
 *       and target levels (the level of the assessment at that stage on the health check's risk
 *       matrix, as the register rates a risk, {@link dev.governance.rules.risk.RiskMatrix#level};
 *       empty without an assessment at that stage) and the two owners (program side and system
 *       side, by person id). A risk added or removed is one row of field {@link RiskChange#RISK},
 *       its title on the side it exists.
 *   <li><b>KPIs</b> ({@link KpiChange}), by scorecard node id, read from the first scorecard that
 *       evaluates them: a KPI whose status changed, whose value appeared or disappeared, or whose
 *       value moved by more than its threshold ({@link #kpiThreshold}); one added to or removed
 *       from the scorecards has no before or no after.
 *   <li><b>RACI cells</b> whose letters differ ({@link RaciChange}), the empty string for an empty
 *       cell (so a matrix, activity or role added or removed shows as its cells going from or to
 *       empty).
 *   <li><b>Milestones</b> whose planned date moved, or that were added or removed ({@link
 *       MilestoneChange}). Compliance deadlines are not compared: the occurrences of a recurring
 *       obligation have no identity across snapshots, and a missed one is a {@code CAL-001}
 *       finding, which the findings diff shows.
 * </ul>
 *
 * <p>Every list is sorted: findings by code, subject, severity and message (changed ones by their
 * later form), risks by id then field name, KPIs and milestones by id, RACI cells by matrix,
 * activity and role. So one pair of snapshots always gives one diff.
 *
 * <p>For example, last month's model against this month's, both judged as of this month's day:
 *
 * <pre>{@code
 * SnapshotDiff diff =
 *     SnapshotDiff.between(
 *         GovernanceHealth.standard(), lastMonth, thisMonth, LocalDate.of(2025, 12, 31));
 * List<Finding> added = diff.addedFindings(); // what the committee must hear of first
 * boolean changed = !diff.isEmpty(); // true when anything changed
 * }</pre>
 */
@Value.Immutable
abstract class AbstractSnapshotDiff {

  /** The order of findings in a diff: by identity (code and subject), then severity and message. */
  public static final Comparator<Finding> FINDING_ORDER =
      Comparator.comparing(Finding::code)
          .thenComparing(Finding::subject)
          .thenComparing(Finding::severity)
          .thenComparing(Finding::message);

  /** Returns the day the earlier snapshot was judged as of. */
  public abstract LocalDate beforeAsOf();

  /** Returns the day the later snapshot was judged as of. */
  public abstract LocalDate afterAsOf();

  /** Returns the findings the later snapshot has and the earlier one had not. */
  public abstract ImmutableList<Finding> addedFindings();

  /** Returns the findings the earlier snapshot had and the later one has not. */
  public abstract ImmutableList<Finding> resolvedFindings();

  /** Returns the findings in both whose severity or waiver mark changed. */
  public abstract ImmutableList<FindingChange> changedFindings();

  /** Returns the risk fields that changed, and the risks added or removed. */
  public abstract ImmutableList<RiskChange> risks();

  /** Returns the KPIs that changed, and those added or removed. */
  public abstract ImmutableList<KpiChange> kpis();

  /** Returns the RACI cells whose letters changed. */
  public abstract ImmutableList<RaciChange> raci();

  /** Returns the milestones that moved, and those added or removed. */
  public abstract ImmutableList<MilestoneChange> milestones();

  /** Returns how many changes the diff holds: the sum of its lists' sizes. */
  public int size() {
    return addedFindings().size()
        + resolvedFindings().size()
        + changedFindings().size()
        + risks().size()
        + kpis().size()
        + raci().size()
        + milestones().size();
  }

  /** Returns whether nothing changed. */
  public boolean isEmpty() {
    return size() == 0;
  }

  /**
   * Returns the diff between two health checks, each of one snapshot; for a meaningful diff, both
   * made by the same governance health as of the same day (see {@link #between(GovernanceHealth,
   * GovernanceModel, GovernanceModel, LocalDate)}), so that only the models differ.
   *
   * @param before the earlier snapshot's health check
   * @param after the later snapshot's health check
   * @return what changed
   */
  public static SnapshotDiff between(HealthReport before, HealthReport after) {
    return SnapshotDiffs.between(before, after);
  }

  /**
   * Checks two snapshots with {@code health} as of {@code asOf} and returns what changed.
   *
   * @param health the configured health check, used for both
   * @param before the earlier snapshot
   * @param after the later snapshot
   * @param asOf the day both are judged as of
   * @return what changed
   * @throws dev.governance.core.GovernanceValidationException as {@link GovernanceHealth#check}
   */
  public static SnapshotDiff between(
      GovernanceHealth health, GovernanceModel before, GovernanceModel after, LocalDate asOf) {
    return between(health.check(before, asOf), health.check(after, asOf));
  }

  /**
   * Returns by how much a KPI's value must move, with its status unchanged, to count as a change:
   * the width of its amber band, {@code |green - amber|} of its {@linkplain
   * KpiDefinition#thresholds() status thresholds} (a value that moves further could have crossed
   * the whole band); without thresholds (or with a band of no width), a {@link
   * Direction#TARGET_RANGE} KPI's tolerance; else 0, so that any move counts.
   *
   * @param kpi the KPI's definition
   * @return the threshold, not negative
   */
  public static double kpiThreshold(KpiDefinition kpi) {
    double band =
        kpi.thresholds().map((StatusThresholds t) -> Math.abs(t.green() - t.amber())).orElse(0.0);
    return band > 0 ? band : kpi.tolerance().orElse(0.0);
  }
}
