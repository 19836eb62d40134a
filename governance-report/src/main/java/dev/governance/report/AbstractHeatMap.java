package dev.governance.report;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * Counts on a grid of likelihood (rows, highest first) by impact (columns, lowest first), each cell
 * toned by the level a risk there has: the risk register's heat map.
 */
@Value.Immutable
abstract non-sealed class AbstractHeatMap implements Block {

  /** Returns the title of the row axis, such as {@code Likelihood}. */
  public abstract String rowTitle();

  /** Returns the title of the column axis, such as {@code Impact}. */
  public abstract String columnTitle();

  /** Returns the row labels, top row first. */
  public abstract ImmutableList<String> rows();

  /** Returns the column labels, left column first. */
  public abstract ImmutableList<String> columns();

  /** Returns the count of each cell, by row then column. */
  public abstract ImmutableList<ImmutableList<Integer>> counts();

  /** Returns the tone of each cell, by row then column. */
  public abstract ImmutableList<ImmutableList<Tone>> tones();

  /** Returns the total of all counts. */
  public int total() {
    return counts().stream().flatMap(ImmutableList::stream).mapToInt(Integer::intValue).sum();
  }

  @Override
  public Table asTable() {
    Table.Builder table =
        Table.builder()
            .id(id())
            .title(title())
            .addColumns(rowTitle() + " \\ " + columnTitle())
            .addAllColumns(columns());
    for (int r = 0; r < rows().size(); r++) {
      ImmutableList.Builder<CellValue> cells =
          ImmutableList.<CellValue>builder().add(CellValue.text(rows().get(r)));
      counts().get(r).forEach(c -> cells.add(CellValue.count(c)));
      table.addRows(TableRow.typed(cells.build(), Tone.NEUTRAL));
    }
    return table.build();
  }

  @Override
  public String textAlternative() {
    StringBuilder text =
        new StringBuilder(title())
            .append(": ")
            .append(total())
            .append(" on a grid of ")
            .append(rowTitle().toLowerCase(java.util.Locale.ROOT))
            .append(" by ")
            .append(columnTitle().toLowerCase(java.util.Locale.ROOT));
    for (int r = 0; r < rows().size(); r++) {
      for (int c = 0; c < columns().size(); c++) {
        int count = counts().get(r).get(c);
        if (count > 0) {
          text.append("; ")
              .append(count)
              .append(" at ")
              .append(rows().get(r))
              .append(" x ")
              .append(columns().get(c))
              .append(" (")
              .append(Texts.status(tones().get(r).get(c)))
              .append(')');
        }
      }
    }
    return text.append('.').toString();
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.heatMap((HeatMap) this);
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(title(), "title");
    check(
        counts().size() == rows().size(),
        "counts",
        counts().size(),
        rows().size() + " rows, one per row label");
    check(
        tones().size() == rows().size(),
        "tones",
        tones().size(),
        rows().size() + " rows, one per row label");
    for (int r = 0; r < rows().size(); r++) {
      check(
          counts().get(r).size() == columns().size(),
          "counts[" + r + "]",
          counts().get(r).size(),
          columns().size() + " cells, one per column");
      check(
          tones().get(r).size() == columns().size(),
          "tones[" + r + "]",
          tones().get(r).size(),
          columns().size() + " cells, one per column");
      for (int c = 0; c < columns().size(); c++) {
        check(
            counts().get(r).get(c) >= 0,
            "counts[" + r + "][" + c + "]",
            counts().get(r).get(c),
            "a count, not negative");
      }
    }
  }
}
