package dev.governance.report;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** Horizontal stacked bars, one per label: the per-person RACI load (accountable, responsible). */
@Value.Immutable
abstract non-sealed class AbstractBarChart implements Block {

  /** Returns the series names, one per stacked segment. */
  public abstract ImmutableList<String> series();

  /** Returns the bars, top first. */
  public abstract ImmutableList<Bar> bars();

  /** Returns a limit drawn as a line across the bars (such as the overload threshold), if any. */
  public abstract Optional<Double> limit();

  /** Returns a note, such as what was left out and why, if any. */
  public abstract Optional<String> note();

  @Override
  public Table asTable() {
    Table.Builder table =
        Table.builder()
            .id(id())
            .title(title())
            .addColumns("Label")
            .addAllColumns(series())
            .addColumns("Total");
    for (Bar bar : bars()) {
      table.addRows(
          TableRow.typed(
              ImmutableList.<CellValue>builder()
                  .add(CellValue.text(bar.label()))
                  .addAll(bar.values().stream().map(v -> CellValue.number(v, 2)).iterator())
                  .add(CellValue.number(bar.total(), 2))
                  .build(),
              limit().isPresent() && bar.total() > limit().get() ? Tone.WARNING : Tone.NEUTRAL));
    }
    note().ifPresent(table::note);
    return table.build();
  }

  @Override
  public String textAlternative() {
    return title()
        + ": "
        + bars().size()
        + " bars of "
        + String.join(" and ", series())
        + limit().map(l -> ", limit " + Texts.number(l, 2)).orElse("")
        + "; "
        + bars().stream()
            .limit(5)
            .map(b -> b.label() + " " + Texts.number(b.total(), 2))
            .collect(Collectors.joining(", "))
        + (bars().size() > 5 ? ", ..." : "")
        + ".";
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.barChart((BarChart) this);
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(title(), "title");
    check(!series().isEmpty(), "series", series(), "at least one series");
    for (int i = 0; i < bars().size(); i++) {
      check(
          bars().get(i).values().size() == series().size(),
          "bars[" + i + "].values",
          bars().get(i).values().size(),
          series().size() + " values, one per series");
    }
  }
}
