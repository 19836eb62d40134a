package dev.governance.report;

import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** One node of a {@link ScorecardTree}: its label, value, score, status, trend and children. */
@Value.Immutable
abstract class AbstractTreeNode {

  /** Returns the node's label, such as a perspective or KPI name. */
  public abstract String label();

  /** Returns the value as shown (a KPI's raw value with its unit), if any. */
  public abstract Optional<String> value();

  /**
   * Returns the number {@link #value} shows, when it is one, so that a spreadsheet can hold it as a
   * number.
   */
  public abstract Optional<BigDecimal> number();

  /** Returns the score as a percentage of target (100 on target, more above), if any. */
  public abstract Optional<Double> score();

  /** Returns the status. */
  public abstract Tone tone();

  /** Returns the trend, if there is one. */
  public abstract Optional<Trend> trend();

  /** Returns how the score was computed, if it was. */
  public abstract Optional<String> explanation();

  /** Returns the children in order. */
  public abstract ImmutableList<TreeNode> children();

  /** Returns this node and its descendants, depth first. */
  public ImmutableList<TreeNode> flatten() {
    ImmutableList.Builder<TreeNode> all = ImmutableList.builder();
    all.add((TreeNode) this);
    children().forEach(c -> all.addAll(c.flatten()));
    return all.build();
  }

  @Value.Check
  protected void validate() {
    notBlank(label(), "label");
    score().ifPresent(s -> dev.governance.core.ArgChecker.finite(s, "score"));
    dev.governance.core.ArgChecker.check(
        number().isEmpty() || value().isPresent(),
        "number",
        number().map(BigDecimal::toPlainString).orElse(""),
        "a number only with the value it is shown as");
  }
}
