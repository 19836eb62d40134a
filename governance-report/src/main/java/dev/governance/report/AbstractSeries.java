package dev.governance.report;

import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/** A named line of a {@link CurveChart}, drawn solid or dashed. */
@Value.Immutable
abstract class AbstractSeries {

  /** Returns the name shown in the legend. */
  public abstract String name();

  /** Returns whether the line is dashed (a limit, such as a tolerance curve). */
  @Value.Default
  public boolean dashed() {
    return false;
  }

  /** Returns the points in order of x. */
  public abstract ImmutableList<Point> points();

  @Value.Check
  protected void validate() {
    notBlank(name(), "name");
    for (int i = 1; i < points().size(); i++) {
      dev.governance.core.ArgChecker.check(
          points().get(i).x() >= points().get(i - 1).x(),
          "points[" + i + "].x",
          points().get(i).x(),
          "points in order of x, not before " + points().get(i - 1).x());
    }
  }
}
