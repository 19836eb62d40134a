package dev.governance.spark;

import static dev.governance.core.GovernanceValidationException.render;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.governance.core.ArgChecker;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.Violation;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciCell;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.raci.RaciScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * One matrix rebuilt from its rows of {@link RaciMatrixRows#SCHEMA} (columns in that order), with
 * its role holders where the rows or the job give them; see {@link RaciMatrixRows} for the rules.
 * Every problem of the matrix's rows is collected before one {@link GovernanceValidationException}
 * reports them all.
 */
final class RebuiltMatrix {

  private static final int MATRIX = 0;
  private static final int MATRIX_NAME = 1;
  private static final int SCHEME = 2;
  private static final int LINE = 3;
  private static final int ACTIVITY = 4;
  private static final int ACTIVITY_NAME = 5;
  private static final int CRITICAL = 6;
  private static final int DELIVERABLE = 7;
  private static final int ROLE = 8;
  private static final int LETTERS = 9;
  private static final int PEOPLE = 10;

  private final RaciMatrix matrix;
  private final @Nullable ImmutableList<RoleAssignment> holders;

  private RebuiltMatrix(RaciMatrix matrix, @Nullable ImmutableList<RoleAssignment> holders) {
    this.matrix = matrix;
    this.holders = holders;
  }

  /** Returns the matrix. */
  RaciMatrix matrix() {
    return matrix;
  }

  /** Returns who holds its roles, or null where neither the rows nor the job say. */
  @Nullable ImmutableList<RoleAssignment> holders() {
    return holders;
  }

  /**
   * Rebuilds the matrix of {@code rows}, all of one matrix id (or all without one).
   *
   * @param rows the matrix's rows, in any order
   * @param shared holders for every matrix, or null
   * @return the matrix and its holders
   * @throws GovernanceValidationException naming the matrix, line, column and value of every
   *     problem
   */
  static RebuiltMatrix of(List<Row> rows, @Nullable ImmutableList<RoleAssignment> shared) {
    return new Reading(rows).rebuild(shared);
  }

  /** A value of the matrix, an activity or a role, which its rows may give once or repeat. */
  private static final class Given<T> {
    private @Nullable T value;
    private long line;

    void offer(@Nullable T offered, long at, String path, List<Violation> problems) {
      if (offered == null) {
        return;
      }
      if (value == null) {
        value = offered;
        line = at;
      } else if (!value.equals(offered)) {
        problems.add(
            Violation.of(
                path, render(offered), render(value) + " as line " + line + " gives, or null"));
      }
    }
  }

  /** What the rows of an activity say about it. */
  private static final class ActivityRows {
    final long firstLine;
    final Given<String> name = new Given<>();
    final Given<Boolean> critical = new Given<>();
    final Given<String> deliverable = new Given<>();

    ActivityRows(long firstLine) {
      this.firstLine = firstLine;
    }
  }

  /** The reading of one matrix's rows, collecting problems. */
  private static final class Reading {
    private final List<Row> rows;
    private final @Nullable String id;
    private final String where;
    private final List<Violation> problems = new ArrayList<>();

    Reading(List<Row> rows) {
      this.rows = rows;
      this.id = rows.get(0).getString(MATRIX);
      this.where = "matrix " + (id == null ? "<missing>" : render(id));
    }

    RebuiltMatrix rebuild(@Nullable ImmutableList<RoleAssignment> shared) {
      if (id == null) {
        throw new GovernanceValidationException(
            List.of(
                Violation.of(
                    where + ", row " + rows.get(0) + ", " + RaciMatrixRows.MATRIX,
                    "<missing>",
                    "the id of the row's matrix (" + rows.size() + " rows have none)")));
      }
      check(where + ", ", () -> ArgChecker.identifier(id, RaciMatrixRows.MATRIX));
      List<Map.Entry<Long, Row>> lines = lines();
      Given<String> name = new Given<>();
      Given<String> scheme = new Given<>();
      Map<String, ActivityRows> activities = new LinkedHashMap<>();
      Map<String, Given<ImmutableList<String>>> roles = new LinkedHashMap<>();
      Map<List<String>, Long> filled = new HashMap<>();
      List<RaciAssignment> cells = new ArrayList<>();
      for (Map.Entry<Long, Row> entry : lines) {
        long line = entry.getKey();
        Row row = entry.getValue();
        String at = where + ", line " + line + ", ";
        name.offer(row.getString(MATRIX_NAME), line, at + RaciMatrixRows.MATRIX_NAME, problems);
        scheme.offer(row.getString(SCHEME), line, at + RaciMatrixRows.SCHEME, problems);
        String activity = row.getString(ACTIVITY);
        String role = row.getString(ROLE);
        if (activity == null && role == null) {
          problems.add(
              Violation.of(
                  at + RaciMatrixRows.ACTIVITY + ", " + RaciMatrixRows.ROLE,
                  "<missing>",
                  "an activity, a role or both on each row"));
        }
        boolean known = readActivity(row, line, at, activity, activities);
        known &= readRole(row, line, at, role, roles);
        if (known) {
          readLetters(row, line, at, activity, role, filled, cells);
        }
      }
      String title = name.value;
      if (title == null) {
        problems.add(
            Violation.of(
                where + ", " + RaciMatrixRows.MATRIX_NAME,
                "<missing>",
                "the matrix's title on at least one of its rows"));
      }
      RaciScheme resolved = RaciScheme.RACI;
      if (scheme.value != null) {
        RaciScheme named = RaciMatrixRows.scheme(scheme.value);
        if (named == null) {
          problems.add(
              Violation.of(
                  where + ", line " + scheme.line + ", " + RaciMatrixRows.SCHEME,
                  render(scheme.value),
                  "one of " + RaciMatrixRows.schemeNames()));
        } else {
          resolved = named;
        }
      }
      List<RaciActivity> rowsOfMatrix = activities(activities);
      if (!problems.isEmpty() || title == null) {
        throw new GovernanceValidationException(problems);
      }
      RaciScheme chosen = resolved;
      RaciMatrix matrix =
          check(
              where + ", ",
              () ->
                  RaciMatrix.builder()
                      .id(id)
                      .name(title)
                      .scheme(chosen)
                      .addAllActivities(rowsOfMatrix)
                      .addAllRoles(roles.keySet())
                      .addAllAssignments(cells)
                      .build());
      ImmutableList<RoleAssignment> holders = holders(roles, shared);
      if (!problems.isEmpty() || matrix == null) {
        throw new GovernanceValidationException(problems);
      }
      return new RebuiltMatrix(matrix, holders);
    }

    /** Returns the rows by line, in line order, with a problem for each bad or repeated line. */
    private List<Map.Entry<Long, Row>> lines() {
      List<Map.Entry<Long, Row>> lines = new ArrayList<>();
      for (Row row : rows) {
        Long line = line(row);
        if (line != null) {
          lines.add(Map.entry(line, row));
        }
      }
      lines.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
      for (int i = 1; i < lines.size(); i++) {
        if (lines.get(i).getKey().equals(lines.get(i - 1).getKey())) {
          problems.add(
              Violation.of(
                  where + ", line " + lines.get(i).getKey() + ", " + RaciMatrixRows.LINE,
                  lines.get(i).getKey().toString(),
                  "a line no other row of the matrix has (rows "
                      + lines.get(i - 1).getValue()
                      + " and "
                      + lines.get(i).getValue()
                      + ")"));
        }
      }
      return lines;
    }

    private @Nullable Long line(Row row) {
      Object value = row.get(LINE);
      String path = where + ", row " + row + ", " + RaciMatrixRows.LINE;
      if (value == null) {
        problems.add(Violation.of(path, "<missing>", "a whole number, the row's place"));
        return null;
      }
      if (value instanceof Number number) {
        return number.longValue();
      }
      try {
        return Long.parseLong(value.toString().trim());
      } catch (NumberFormatException e) {
        problems.add(Violation.of(path, render(value), "a whole number, the row's place"));
        return null;
      }
    }

    /** Reads the row's activity; returns false if its id is not valid. */
    private boolean readActivity(
        Row row,
        long line,
        String at,
        @Nullable String activity,
        Map<String, ActivityRows> activities) {
      String name = row.getString(ACTIVITY_NAME);
      Boolean critical = critical(row, at);
      String deliverable = row.getString(DELIVERABLE);
      if (activity == null) {
        none(at + RaciMatrixRows.ACTIVITY_NAME, name, "an activity");
        none(at + RaciMatrixRows.CRITICAL, critical, "an activity");
        none(at + RaciMatrixRows.DELIVERABLE, deliverable, "an activity");
        return true;
      }
      if (check(at, () -> ArgChecker.identifier(activity, RaciMatrixRows.ACTIVITY)) == null) {
        return false;
      }
      ActivityRows rowsOf = activities.computeIfAbsent(activity, a -> new ActivityRows(line));
      rowsOf.name.offer(name, line, at + RaciMatrixRows.ACTIVITY_NAME, problems);
      rowsOf.critical.offer(critical, line, at + RaciMatrixRows.CRITICAL, problems);
      rowsOf.deliverable.offer(deliverable, line, at + RaciMatrixRows.DELIVERABLE, problems);
      return true;
    }

    private @Nullable Boolean critical(Row row, String at) {
      Object value = row.get(CRITICAL);
      if (value == null || value instanceof Boolean) {
        return (Boolean) value;
      }
      String text = value.toString().trim().toLowerCase(Locale.ROOT);
      if (text.equals("true") || text.equals("false")) {
        return Boolean.valueOf(text);
      }
      problems.add(Violation.of(at + RaciMatrixRows.CRITICAL, render(value), "true or false"));
      return null;
    }

    /** Reads the row's role and its people; returns false if its id is not valid. */
    private boolean readRole(
        Row row,
        long line,
        String at,
        @Nullable String role,
        Map<String, Given<ImmutableList<String>>> roles) {
      String people = row.getString(PEOPLE);
      if (role == null) {
        none(at + RaciMatrixRows.PEOPLE, people, "a role");
        return true;
      }
      if (check(at, () -> ArgChecker.identifier(role, RaciMatrixRows.ROLE)) == null) {
        return false;
      }
      Given<ImmutableList<String>> holders = roles.computeIfAbsent(role, r -> new Given<>());
      if (people != null) {
        ImmutableList<String> ids = RaciMatrixRows.people(people);
        // checked here, where the line is known, rather than when the holders are assembled
        if (check(at, () -> RoleAssignment.of(role, ids)) != null) {
          holders.offer(ids, line, at + RaciMatrixRows.PEOPLE, problems);
        }
      }
      return true;
    }

    private void readLetters(
        Row row,
        long line,
        String at,
        @Nullable String activity,
        @Nullable String role,
        Map<List<String>, Long> filled,
        List<RaciAssignment> cells) {
      String letters = row.getString(LETTERS);
      if (letters == null || letters.isBlank()) {
        return;
      }
      String path = at + RaciMatrixRows.LETTERS;
      if (activity == null || role == null) {
        problems.add(
            Violation.of(
                path, render(letters), "no letters on a row without an activity and a role"));
        return;
      }
      RaciCell cell;
      try {
        cell = RaciCell.parse(letters);
      } catch (GovernanceValidationException e) {
        // the cell's text is the value people typed, whichever of its letters is wrong
        for (Violation v : e.violations()) {
          problems.add(Violation.of(path, render(letters), v.expected()));
        }
        return;
      }
      Long earlier = filled.putIfAbsent(List.of(activity, role), line);
      if (earlier != null) {
        problems.add(
            Violation.of(
                path,
                render(letters),
                "one row with letters per cell (line "
                    + earlier
                    + " fills activity '"
                    + activity
                    + "', role '"
                    + role
                    + "')"));
        return;
      }
      cells.add(RaciAssignment.of(activity, role, cell));
    }

    private List<RaciActivity> activities(Map<String, ActivityRows> activities) {
      List<RaciActivity> built = new ArrayList<>();
      activities.forEach(
          (id, rowsOf) -> {
            String at = where + ", line " + rowsOf.firstLine + ", ";
            String name = rowsOf.name.value;
            if (name == null) {
              problems.add(
                  Violation.of(
                      at + RaciMatrixRows.ACTIVITY_NAME,
                      "<missing>",
                      "the name of activity '" + id + "' on at least one of its rows"));
              return;
            }
            RaciActivity activity =
                check(
                    at,
                    () ->
                        RaciActivity.builder()
                            .id(id)
                            .name(name)
                            .critical(Boolean.TRUE.equals(rowsOf.critical.value))
                            .deliverable(Optional.ofNullable(rowsOf.deliverable.value))
                            .build());
            if (activity != null) {
              built.add(activity);
            }
          });
      return built;
    }

    private static @Nullable ImmutableList<RoleAssignment> holders(
        Map<String, Given<ImmutableList<String>>> roles,
        @Nullable ImmutableList<RoleAssignment> shared) {
      boolean given = roles.values().stream().anyMatch(g -> g.value != null);
      if (!given) {
        return shared;
      }
      ImmutableList.Builder<RoleAssignment> holders = ImmutableList.builder();
      if (shared != null) {
        holders.addAll(shared);
      }
      roles.forEach(
          (role, people) -> {
            if (people.value != null) {
              holders.add(RoleAssignment.of(role, people.value));
            }
          });
      return holders.build();
    }

    private void none(String path, @Nullable Object value, String what) {
      if (value != null) {
        problems.add(Violation.of(path, render(value), "null on a row without " + what));
      }
    }

    /**
     * Runs {@code make}; a {@link GovernanceValidationException} it throws becomes problems at
     * {@code at}, each under the violation's own path (the column the value came from).
     */
    @CanIgnoreReturnValue
    private <T> @Nullable T check(String at, Supplier<T> make) {
      try {
        return make.get();
      } catch (GovernanceValidationException e) {
        for (Violation v : e.violations()) {
          problems.add(Violation.of(at + v.path(), v.value(), v.expected()));
        }
        return null;
      }
    }
  }
}
