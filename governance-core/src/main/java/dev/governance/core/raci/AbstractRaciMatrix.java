package dev.governance.core.raci;

import static com.google.common.collect.ImmutableList.toImmutableList;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.identifiers;
import static dev.governance.core.ArgChecker.noDuplicates;
import static dev.governance.core.ArgChecker.notBlank;
import static dev.governance.core.GovernanceValidationException.render;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A responsibility matrix: activities (rows) by roles (columns), each filled cell holding letters
 * of the matrix's {@link RaciScheme}. Row and column order are kept as given.
 *
 * <p>The matrix checks its own structure (ids unique, every assignment on a known row and column,
 * at most one assignment per cell) and reports all structural violations at once. Whether the
 * letters make sense (one Accountable, someone Responsible, ...) is for the RACI engine.
 *
 * <p>For example, the matrix of a go-live with a critical activity:
 *
 * <pre>{@code
 * RaciMatrix goLive =
 *     RaciMatrix.builder()
 *         .id("go-live")
 *         .name("Go-live")
 *         .addRoles("program-manager", "system-owner", "dev-lead")
 *         .addActivities(
 *             RaciActivity.of("plan", "Plan the go-live"),
 *             RaciActivity.builder()
 *                 .id("migrate")
 *                 .name("Migrate the orders")
 *                 .critical(true)
 *                 .build())
 *         .addAssignments(
 *             RaciAssignment.of("plan", "program-manager", "A/R"),
 *             RaciAssignment.of("migrate", "system-owner", "A"),
 *             RaciAssignment.of("migrate", "dev-lead", "R"))
 *         .build(); // an assignment to an unknown role or activity would throw here
 * }</pre>
 */
@Value.Immutable
abstract class AbstractRaciMatrix {

  /** Returns the matrix's id, unique in a model. */
  public abstract String id();

  /** Returns the matrix's title. */
  public abstract String name();

  /** Returns the scheme whose letters the cells use; {@link RaciScheme#RACI} by default. */
  @Value.Default
  public RaciScheme scheme() {
    return RaciScheme.RACI;
  }

  /** Returns the rows, in order. */
  public abstract ImmutableList<RaciActivity> activities();

  /** Returns the role ids of the columns, in order. */
  public abstract ImmutableList<String> roles();

  /** Returns the filled cells, in the order given. Cells not listed are empty. */
  public abstract ImmutableList<RaciAssignment> assignments();

  /** Returns the filled cells as a table, rows and columns in matrix order. */
  @Value.Lazy
  public ImmutableTable<String, String, RaciCell> cells() {
    Map<String, Integer> rowIndex = indexOf(activityIds());
    Map<String, Integer> columnIndex = indexOf(roles());
    ImmutableTable.Builder<String, String, RaciCell> table = ImmutableTable.builder();
    table.orderRowsBy(
        (a, b) ->
            Objects.requireNonNull(rowIndex.get(a)) - Objects.requireNonNull(rowIndex.get(b)));
    table.orderColumnsBy(
        (a, b) ->
            Objects.requireNonNull(columnIndex.get(a))
                - Objects.requireNonNull(columnIndex.get(b)));
    assignments().forEach(a -> table.put(a.activity(), a.role(), a.cell()));
    return table.buildOrThrow();
  }

  /**
   * Returns the cell at {@code activity} and {@code role}.
   *
   * @param activity an activity id
   * @param role a role id
   * @return its letters, or empty if the cell is empty or not in the matrix
   */
  public Optional<RaciCell> cell(String activity, String role) {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(role, "role");
    return Optional.ofNullable(cells().get(activity, role));
  }

  /**
   * Returns the activity with id {@code id}.
   *
   * @param id an activity id
   * @return the activity, or empty if the matrix has no such row
   */
  public Optional<RaciActivity> activity(String id) {
    Objects.requireNonNull(id, "id");
    return activities().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * Returns the filled cells of one row, keyed by role id, in column order.
   *
   * @param activity an activity id
   * @return the row; empty if the row has no filled cell or does not exist
   */
  public ImmutableMap<String, RaciCell> row(String activity) {
    return cells().row(activity);
  }

  /**
   * Returns the filled cells of one column, keyed by activity id, in row order.
   *
   * @param role a role id
   * @return the column; empty if the column has no filled cell or does not exist
   */
  public ImmutableMap<String, RaciCell> column(String role) {
    return cells().column(role);
  }

  /**
   * Returns the roles holding {@code letter} on {@code activity}, in column order.
   *
   * @param activity an activity id
   * @param letter an upper-case letter, such as {@code 'A'}
   * @return the role ids; empty if none
   */
  public ImmutableList<String> rolesWith(String activity, char letter) {
    return row(activity).entrySet().stream()
        .filter(e -> e.getValue().contains(letter))
        .map(Map.Entry::getKey)
        .collect(toImmutableList());
  }

  /**
   * Returns the activities on which {@code role} holds {@code letter}, in row order.
   *
   * @param role a role id
   * @param letter an upper-case letter, such as {@code 'R'}
   * @return the activity ids; empty if none
   */
  public ImmutableList<String> activitiesWith(String role, char letter) {
    return column(role).entrySet().stream()
        .filter(e -> e.getValue().contains(letter))
        .map(Map.Entry::getKey)
        .collect(toImmutableList());
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(name(), "name");
    identifiers(roles(), "roles");
    noDuplicates(activityIds(), "activities");
    Set<String> activityIds = new HashSet<>(activityIds());
    Set<String> roleIds = new HashSet<>(roles());
    Set<List<String>> filled = new HashSet<>();
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < assignments().size(); i++) {
      RaciAssignment a = assignments().get(i);
      String path = "assignments[" + i + "]";
      if (!activityIds.contains(a.activity())) {
        violations.add(
            Violation.of(
                path + ".activity", render(a.activity()), "one of the matrix's activities"));
      }
      if (!roleIds.contains(a.role())) {
        violations.add(Violation.of(path + ".role", render(a.role()), "one of the matrix's roles"));
      }
      if (!filled.add(List.of(a.activity(), a.role()))) {
        violations.add(
            Violation.of(
                path, render(a.activity() + " x " + a.role()), "at most one assignment per cell"));
      }
    }
    if (!violations.isEmpty()) {
      throw new GovernanceValidationException(violations);
    }
  }

  private ImmutableList<String> activityIds() {
    return activities().stream().map(RaciActivity::id).collect(toImmutableList());
  }

  private static Map<String, Integer> indexOf(List<String> ids) {
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    return index.buildOrThrow();
  }
}
