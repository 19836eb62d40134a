package dev.governance.core.kpi;

import static com.google.common.collect.ImmutableList.toImmutableList;
import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.noDuplicates;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A balanced scorecard definition: a tree from the scorecard through perspectives and objectives
 * down to KPIs, with a weight on every edge. Node ids are unique in the tree.
 *
 * <p>For example, a scorecard of one perspective holding one KPI (the one in {@link
 * KpiDefinition}'s example):
 *
 * <pre>{@code
 * Scorecard shared =
 *     Scorecard.builder()
 *         .id("shared")
 *         .name("Shared scorecard")
 *         .addChildren(
 *             ScorecardNode.builder()
 *                 .id("systems")
 *                 .name("Systems")
 *                 .kind(NodeKind.PERSPECTIVE)
 *                 .addChildren(ScorecardNode.kpiLeaf("availability", "Availability", 1))
 *                 .build())
 *         .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractScorecard {

  /** Returns the scorecard's id, unique in a model. */
  public abstract String id();

  /** Returns the scorecard's name. */
  public abstract String name();

  /** Returns the top-level nodes, usually perspectives; at least one with a positive weight. */
  public abstract ImmutableList<ScorecardNode> children();

  /** Returns every node of the tree, depth first, parents before children. */
  @Value.Lazy
  public ImmutableList<ScorecardNode> nodes() {
    return children().stream().flatMap(AbstractScorecard::depthFirst).collect(toImmutableList());
  }

  /** Returns the ids of the KPIs at the leaves, in tree order. */
  public ImmutableList<String> kpis() {
    return nodes().stream().flatMap(n -> n.kpi().stream()).collect(toImmutableList());
  }

  /**
   * Returns the node with id {@code id}.
   *
   * @param id a node id
   * @return the node, or empty if the tree has none with that id
   */
  public Optional<ScorecardNode> node(String id) {
    Objects.requireNonNull(id, "id");
    return nodes().stream().filter(n -> n.id().equals(id)).findFirst();
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(name(), "name");
    check(!children().isEmpty(), "children", "none", "at least one node");
    check(
        children().stream().anyMatch(c -> c.weight() > 0),
        "children.weight",
        "all 0",
        "at least one node with a positive weight");
    noDuplicates(nodes().stream().map(ScorecardNode::id).collect(toImmutableList()), "nodes.id");
  }

  private static Stream<ScorecardNode> depthFirst(ScorecardNode node) {
    return Stream.concat(
        Stream.of(node), node.children().stream().flatMap(AbstractScorecard::depthFirst));
  }
}
