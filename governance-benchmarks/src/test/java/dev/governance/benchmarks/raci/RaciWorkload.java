package dev.governance.benchmarks.raci;

import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A large, realistic matrix for the benchmark: every activity has one Accountable (one of ten
 * accountable roles, each held by one person), one Responsible, three Consulted and four Informed
 * among the other roles, and every 50th activity is critical with every cell filled. The other
 * roles are shared by the remaining people. With 100,000 activities people are overloaded, so the
 * workload carries RACI-010 findings, as a real one this size would.
 */
final class RaciWorkload {

  private static final int ACCOUNTABLE_ROLES = 10;

  private final RaciMatrix matrix;
  private final List<RoleAssignment> holders;

  private RaciWorkload(RaciMatrix matrix, List<RoleAssignment> holders) {
    this.matrix = matrix;
    this.holders = holders;
  }

  static RaciWorkload of(int activities, int roles, int people) {
    SplittableRandom random = new SplittableRandom(2026);
    List<String> roleIds = new ArrayList<>();
    for (int r = 0; r < roles; r++) {
      roleIds.add("role-" + r);
    }
    RaciMatrix.Builder m =
        RaciMatrix.builder().id("workload").name("Benchmark workload").addAllRoles(roleIds);
    int others = roles - ACCOUNTABLE_ROLES;
    for (int a = 0; a < activities; a++) {
      String id = "activity-" + a;
      boolean critical = a % 50 == 0;
      m.addActivities(
          RaciActivity.builder().id(id).name("Activity " + a).critical(critical).build());
      String[] row = new String[roles];
      row[a % ACCOUNTABLE_ROLES] = "A";
      row[ACCOUNTABLE_ROLES + random.nextInt(others)] = "R";
      fill(row, "C", 3, random);
      fill(row, "I", 4, random);
      for (int r = 0; r < roles; r++) {
        if (row[r] == null && critical) {
          row[r] = "I";
        }
        if (row[r] != null) {
          m.addAssignments(RaciAssignment.of(id, roleIds.get(r), row[r]));
        }
      }
    }
    List<RoleAssignment> holders = new ArrayList<>();
    List<List<String>> byRole = new ArrayList<>();
    for (int r = 0; r < roles; r++) {
      byRole.add(new ArrayList<>());
    }
    for (int p = 0; p < people; p++) {
      int role = p < ACCOUNTABLE_ROLES ? p : ACCOUNTABLE_ROLES + (p - ACCOUNTABLE_ROLES) % others;
      byRole.get(role).add("person-" + p);
    }
    for (int r = 0; r < roles; r++) {
      holders.add(RoleAssignment.of(roleIds.get(r), byRole.get(r)));
    }
    return new RaciWorkload(m.build(), holders);
  }

  private static void fill(String[] row, String letter, int count, SplittableRandom random) {
    for (int placed = 0; placed < count; ) {
      int r = ACCOUNTABLE_ROLES + random.nextInt(row.length - ACCOUNTABLE_ROLES);
      if (row[r] == null) {
        row[r] = letter;
        placed++;
      }
    }
  }

  RaciMatrix matrix() {
    return matrix;
  }

  List<RoleAssignment> holders() {
    return holders;
  }

  /** Returns the number of cells, filled or empty: activities times roles. */
  long cells() {
    return (long) matrix.activities().size() * matrix.roles().size();
  }
}
