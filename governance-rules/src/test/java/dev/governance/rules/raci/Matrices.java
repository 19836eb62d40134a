package dev.governance.rules.raci;

import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.raci.RaciScheme;
import java.util.Arrays;
import java.util.List;

/**
 * Matrices written as tables in tests: the first line names the roles, each further line is {@code
 * activity: cell cell ...} with {@code -} for an empty cell and a {@code *} after the activity for
 * a critical one.
 */
final class Matrices {

  private Matrices() {}

  static RaciMatrix of(RaciScheme scheme, String roles, String... rows) {
    List<String> columns = Arrays.asList(roles.trim().split("\\s+"));
    RaciMatrix.Builder m =
        RaciMatrix.builder().id("m").name("Test matrix").scheme(scheme).addAllRoles(columns);
    for (String row : rows) {
      String[] parts = row.split(":", 2);
      String name = parts[0].trim();
      boolean critical = name.endsWith("*");
      String id = critical ? name.substring(0, name.length() - 1) : name;
      m.addActivities(RaciActivity.builder().id(id).name(id).critical(critical).build());
      String[] cells = parts[1].trim().split("\\s+");
      if (cells.length != columns.size()) {
        throw new IllegalArgumentException(row + ": expected " + columns.size() + " cells");
      }
      for (int c = 0; c < cells.length; c++) {
        if (!cells[c].equals("-")) {
          m.addAssignments(RaciAssignment.of(id, columns.get(c), cells[c]));
        }
      }
    }
    return m.build();
  }

  static RaciMatrix of(String roles, String... rows) {
    return of(RaciScheme.RACI, roles, rows);
  }
}
