package dev.governance.report;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Lines over an x axis, linear or logarithmic: a loss exceedance curve (probability of losing more
 * than x a year) with its tolerance curve.
 */
@Value.Immutable
abstract non-sealed class AbstractCurveChart implements Block {

  /** Returns the x axis title. */
  public abstract String xTitle();

  /** Returns the y axis title. */
  public abstract String yTitle();

  /** Returns whether the x axis is logarithmic (every x then positive). */
  @Value.Default
  public boolean logX() {
    return false;
  }

  /** Returns whether y values are probabilities, shown as percentages. */
  @Value.Default
  public boolean yPercent() {
    return false;
  }

  /** Returns the lines. */
  public abstract ImmutableList<Series> series();

  @Override
  public Table asTable() {
    Table.Builder table =
        Table.builder().id(id()).title(title()).addColumns("Series", xTitle(), yTitle());
    for (Series s : series()) {
      for (Point p : s.points()) {
        table.addRows(
            TableRow.typed(
                ImmutableList.of(
                    CellValue.text(s.name()),
                    CellValue.number(p.x(), 2),
                    yPercent()
                        ? CellValue.text(Texts.number(100 * p.y(), 3) + " %")
                        : CellValue.number(p.y(), 6)),
                Tone.NEUTRAL));
      }
    }
    return table.build();
  }

  @Override
  public String textAlternative() {
    return title()
        + ": "
        + yTitle().toLowerCase(java.util.Locale.ROOT)
        + " against "
        + xTitle().toLowerCase(java.util.Locale.ROOT)
        + (logX() ? " (logarithmic)" : "")
        + "; "
        + series().stream()
            .map(
                s ->
                    s.name()
                        + " from "
                        + describe(s.points().isEmpty() ? null : s.points().get(0))
                        + " to "
                        + describe(
                            s.points().isEmpty() ? null : s.points().get(s.points().size() - 1)))
            .collect(Collectors.joining("; "))
        + ".";
  }

  private String describe(@Nullable Point p) {
    if (p == null) {
      return "nothing";
    }
    return "("
        + Texts.number(p.x(), 0)
        + ", "
        + (yPercent() ? Texts.number(100 * p.y(), 2) + " %" : Texts.number(p.y(), 4))
        + ")";
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.curveChart((CurveChart) this);
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(title(), "title");
    if (logX()) {
      for (Series s : series()) {
        for (Point p : s.points()) {
          check(
              p.x() > 0,
              "series '" + s.name() + "' x",
              p.x(),
              "a positive x on a logarithmic axis");
        }
      }
    }
  }

  /** Returns every point of every series. */
  public ImmutableList<Point> allPoints() {
    return series().stream()
        .flatMap(s -> s.points().stream())
        .collect(ImmutableList.toImmutableList());
  }
}
