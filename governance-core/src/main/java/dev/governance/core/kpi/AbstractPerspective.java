package dev.governance.core.kpi;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import org.immutables.value.Value;

/**
 * A scorecard perspective. The four of Kaplan and Norton's balanced scorecard (Harvard Business
 * Review, 1992) are constants; organisations may add their own, such as {@code program} and {@code
 * system}.
 */
@Value.Immutable
abstract class AbstractPerspective {

  /** The financial perspective. */
  public static final Perspective FINANCIAL = Perspective.of("financial", "Financial");

  /** The customer perspective. */
  public static final Perspective CUSTOMER = Perspective.of("customer", "Customer");

  /** The internal business process perspective. */
  public static final Perspective INTERNAL_PROCESS =
      Perspective.of("internal-process", "Internal process");

  /** The learning and growth perspective. */
  public static final Perspective LEARNING_AND_GROWTH =
      Perspective.of("learning-and-growth", "Learning and growth");

  /** Returns the perspective's id, unique in a model. */
  @Value.Parameter
  public abstract String id();

  /** Returns the perspective's name. */
  @Value.Parameter
  public abstract String name();

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(name(), "name");
  }
}
