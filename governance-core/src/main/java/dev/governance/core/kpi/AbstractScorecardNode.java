package dev.governance.core.kpi;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;
import static dev.governance.core.ArgChecker.notNegative;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A node of a scorecard tree with the weight of the edge from its parent. Perspectives hold
 * objectives or KPIs, objectives hold objectives or KPIs, and KPI nodes are leaves naming a KPI
 * definition. A node with children needs at least one child of positive weight.
 */
@Value.Immutable
abstract class AbstractScorecardNode {

  /** Returns the node's id, unique in its scorecard. */
  public abstract String id();

  /** Returns the node's name. */
  public abstract String name();

  /** Returns the node's level. */
  public abstract NodeKind kind();

  /** Returns the weight of the edge from the parent; not negative, 1 by default. */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /** Returns the id of the KPI definition, for a {@link NodeKind#KPI} node only. */
  public abstract Optional<String> kpi();

  /** Returns the children, in order; none for a KPI node, at least one otherwise. */
  public abstract ImmutableList<ScorecardNode> children();

  /**
   * Returns a KPI leaf whose id is the KPI's id.
   *
   * @param kpi the KPI definition's id
   * @param name the node's name
   * @param weight the edge weight
   * @return the leaf
   */
  public static ScorecardNode kpiLeaf(String kpi, String name, double weight) {
    return ScorecardNode.builder()
        .id(kpi)
        .name(name)
        .kind(NodeKind.KPI)
        .weight(weight)
        .kpi(kpi)
        .build();
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(name(), "name");
    notNegative(weight(), "weight");
    if (kind() == NodeKind.KPI) {
      check(kpi().isPresent(), "kpi", "<missing>", "the id of a KPI definition for a KPI node");
      identifier(kpi().get(), "kpi");
      check(
          children().isEmpty(), "children", children().size() + " children", "none for a KPI node");
      return;
    }
    check(kpi().isEmpty(), "kpi", kpi().orElse(""), "no KPI on a " + kind() + " node");
    check(
        !children().isEmpty(),
        "children",
        "none",
        "at least one child under a " + kind() + " node");
    for (int i = 0; i < children().size(); i++) {
      check(
          children().get(i).kind() != NodeKind.PERSPECTIVE,
          "children[" + i + "].kind",
          NodeKind.PERSPECTIVE,
          "OBJECTIVE or KPI: perspectives sit directly under the scorecard");
    }
    check(
        children().stream().anyMatch(c -> c.weight() > 0),
        "children.weight",
        "all 0",
        "at least one child with a positive weight");
  }
}
