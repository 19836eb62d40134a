package dev.governance.report;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** A RACI matrix as a grid of letters, with the rows and cells that have findings marked. */
@Value.Immutable
abstract non-sealed class AbstractRaciGrid implements Block {

  /** Returns the activity labels, one per row; critical ones end in {@code *}. */
  public abstract ImmutableList<String> activities();

  /** Returns the role labels, one per column. */
  public abstract ImmutableList<String> roles();

  /** Returns the letters of each cell by row then column; blank for no assignment. */
  public abstract ImmutableList<ImmutableList<String>> cells();

  /** Returns the findings marked on rows and cells. */
  public abstract ImmutableList<GridMark> marks();

  /** Returns a note, such as what was left out of a large matrix and why, if any. */
  public abstract Optional<String> note();

  @Override
  public Table asTable() {
    Table.Builder table =
        Table.builder()
            .id(id())
            .title(title())
            .addColumns("Activity")
            .addAllColumns(roles())
            .addColumns("Findings");
    for (int r = 0; r < activities().size(); r++) {
      int row = r;
      String findings =
          marks().stream()
              .filter(m -> m.onRow(row))
              .map(m -> m.code() + " " + m.message())
              .collect(Collectors.joining("; "));
      Tone tone =
          marks().stream()
              .filter(m -> m.onRow(row))
              .map(GridMark::tone)
              .min(Enum::compareTo)
              .orElse(Tone.NEUTRAL);
      table.addRows(
          TableRow.of(
              ImmutableList.<String>builder()
                  .add(activities().get(r))
                  .addAll(cells().get(r))
                  .add(findings)
                  .build(),
              tone == Tone.GOOD ? Tone.NEUTRAL : tone));
    }
    String roleFindings =
        marks().stream()
            .filter(m -> m.row().isEmpty())
            .map(m -> roles().get(m.column().get()) + ": " + m.code() + " " + m.message())
            .collect(Collectors.joining("; "));
    String note =
        (roleFindings.isEmpty() ? "" : "Role findings: " + roleFindings + ". ") + note().orElse("");
    if (!note.isEmpty()) {
      table.note(note.trim());
    }
    return table.build();
  }

  @Override
  public String textAlternative() {
    long rowsWithFindings = marks().stream().flatMap(m -> m.row().stream()).distinct().count();
    long columnsWithFindings =
        marks().stream()
            .filter(m -> m.row().isEmpty())
            .map(m -> m.column().get())
            .distinct()
            .count();
    return title()
        + ": "
        + activities().size()
        + " activities by "
        + roles().size()
        + " roles; "
        + marks().size()
        + " findings on "
        + rowsWithFindings
        + " activities and "
        + columnsWithFindings
        + " whole roles"
        + marks().stream()
            .map(GridMark::code)
            .distinct()
            .sorted()
            .collect(Collectors.joining(", ", " (", ")"))
        + ".";
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.raciGrid((RaciGrid) this);
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(title(), "title");
    check(
        cells().size() == activities().size(),
        "cells",
        cells().size(),
        activities().size() + " rows, one per activity");
    for (int r = 0; r < cells().size(); r++) {
      check(
          cells().get(r).size() == roles().size(),
          "cells[" + r + "]",
          cells().get(r).size(),
          roles().size() + " cells, one per role");
    }
    for (int i = 0; i < marks().size(); i++) {
      GridMark m = marks().get(i);
      String path = "marks[" + i + "]";
      int rows = activities().size();
      int columns = roles().size();
      m.row()
          .ifPresent(
              r -> check(r >= 0 && r < rows, path + ".row", r, "a row from 0 to " + (rows - 1)));
      m.column()
          .ifPresent(
              c ->
                  check(
                      c >= 0 && c < columns,
                      path + ".column",
                      c,
                      "a column from 0 to " + (columns - 1)));
    }
  }
}
