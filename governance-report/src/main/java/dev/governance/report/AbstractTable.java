package dev.governance.report;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/** Rows of text under column headings; each row may carry a {@link Tone}. */
@Value.Immutable
abstract non-sealed class AbstractTable implements Block {

  /** Returns the column headings. */
  public abstract ImmutableList<String> columns();

  /** Returns the rows, each with one cell per column. */
  public abstract ImmutableList<TableRow> rows();

  /** Returns a note under the table, such as what was left out and why, if any. */
  public abstract Optional<String> note();

  @Override
  public Table asTable() {
    return (Table) this;
  }

  @Override
  public String textAlternative() {
    return title()
        + ": a table of "
        + rows().size()
        + " rows with columns "
        + String.join(", ", columns())
        + ".";
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.table((Table) this);
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(title(), "title");
    check(!columns().isEmpty(), "columns", columns(), "at least one column");
    for (int i = 0; i < rows().size(); i++) {
      int cells = rows().get(i).cells().size();
      check(
          cells == columns().size(),
          "rows[" + i + "].cells",
          cells,
          columns().size() + " cells, one per column");
    }
  }
}
