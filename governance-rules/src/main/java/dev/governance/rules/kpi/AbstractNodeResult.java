package dev.governance.rules.kpi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.governance.core.kpi.NodeKind;
import dev.governance.rules.Explanation;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One node of an evaluated scorecard: its score, status, trend and data quality, and how it was
 * computed.
 */
@Value.Immutable
abstract class AbstractNodeResult {

  /** Returns the node's id (the scorecard's id for the root). */
  public abstract String id();

  /** Returns the node's name. */
  public abstract String name();

  /** Returns the node's kind; empty for the scorecard itself. */
  public abstract Optional<NodeKind> kind();

  /** Returns the period value of a KPI node, in the KPI's unit. */
  public abstract OptionalDouble value();

  /** Returns the score, 1 meaning on target; empty when there is no data to score. */
  public abstract OptionalDouble score();

  /** Returns the traffic light. */
  public abstract Status status();

  /**
   * Returns the node's trend over the engine's trend periods, when it has a value (a KPI node) or a
   * score (a container) in at least two of them: a KPI's is fitted to its raw values, a container's
   * to its scores as they were in each period.
   */
  public abstract Optional<Trend> trend();

  /** Returns what is wrong with the data behind the result; empty when nothing is. */
  public abstract ImmutableSet<DataQuality> quality();

  /** Returns how the score was computed. */
  public abstract Optional<Explanation> explanation();

  /** Returns the children's results, in the scorecard's order. */
  public abstract ImmutableList<NodeResult> children();

  /**
   * Returns the result of the node with {@code id} in this subtree.
   *
   * @param nodeId a node id
   * @return the result, or empty if the subtree has no such node
   */
  public Optional<NodeResult> find(String nodeId) {
    if (id().equals(nodeId)) {
      return Optional.of((NodeResult) this);
    }
    return children().stream().map(c -> c.find(nodeId)).flatMap(Optional::stream).findFirst();
  }
}
