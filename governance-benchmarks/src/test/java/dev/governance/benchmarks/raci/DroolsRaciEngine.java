package dev.governance.benchmarks.raci;

import dev.governance.benchmarks.raci.DroolsFacts.Activity;
import dev.governance.benchmarks.raci.DroolsFacts.Cell;
import dev.governance.benchmarks.raci.DroolsFacts.Hit;
import dev.governance.benchmarks.raci.DroolsFacts.Hold;
import dev.governance.benchmarks.raci.DroolsFacts.Person;
import dev.governance.benchmarks.raci.DroolsFacts.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.raci.Responsibility;
import dev.governance.rules.raci.RaciPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;

/**
 * The peer: the same RACI rules (RACI-001 to RACI-011, standard policy) written in Drools 10 DRL,
 * as a Drools user would write them: facts per cell, row, role, person and holding, and one rule
 * per check with {@code not}, {@code accumulate} and joins.
 */
final class DroolsRaciEngine implements RaciEngine {

  private static final RaciPolicy POLICY = RaciPolicy.standard();

  private static final String DRL =
      String.join(
          "\n",
          "package dev.governance.benchmarks.raci;",
          "import dev.governance.benchmarks.raci.DroolsFacts.Cell;",
          "import dev.governance.benchmarks.raci.DroolsFacts.Activity;",
          "import dev.governance.benchmarks.raci.DroolsFacts.Role;",
          "import dev.governance.benchmarks.raci.DroolsFacts.Person;",
          "import dev.governance.benchmarks.raci.DroolsFacts.Hold;",
          "import dev.governance.benchmarks.raci.DroolsFacts.Hit;",
          "global java.util.List hits;",
          "rule \"RACI-001\" when Activity($a : index) not Cell(activity == $a, accountable) then"
              + " hits.add(new Hit(\"RACI-001\", $a, -1, -1)); end",
          "rule \"RACI-002\" when Activity($a : index) Number(intValue > 1) from"
              + " accumulate(Cell(activity == $a, accountable), count(1)) then hits.add(new"
              + " Hit(\"RACI-002\", $a, -1, -1)); end",
          "rule \"RACI-003\" when Activity($a : index) not Cell(activity == $a, doer) then"
              + " hits.add(new Hit(\"RACI-003\", $a, -1, -1)); end",
          "rule \"RACI-004\" when Activity($a : index, critical) Role($r : index) not Cell(activity"
              + " == $a, role == $r) then hits.add(new Hit(\"RACI-004\", $a, $r, -1)); end",
          "rule \"RACI-005\" when Cell(undefined, $a : activity, $r : role) then hits.add(new"
              + " Hit(\"RACI-005\", $a, $r, -1)); end",
          "rule \"RACI-006\" when Role($r : index) not Cell(role == $r) then hits.add(new"
              + " Hit(\"RACI-006\", -1, $r, -1)); end",
          "rule \"RACI-007\" when Activity($a : index) Number(intValue > "
              + POLICY.consultedLimit()
              + ") from accumulate(Cell(activity == $a, consulted), count(1)) then hits.add(new"
              + " Hit(\"RACI-007\", $a, -1, -1)); end",
          "rule \"RACI-008\" when Role($r : index) exists Cell(role == $r, accountable)"
              + " Number(intValue != 1) from accumulate(Hold(role == $r), count(1)) then"
              + " hits.add(new Hit(\"RACI-008\", -1, $r, -1)); end",
          "rule \"RACI-009\" when Hold($p : person, $r1 : role) Cell(role == $r1, doer, $a :"
              + " activity) Hold(person == $p, $r2 : role) Cell(role == $r2, checker, activity =="
              + " $a) then hits.add(new Hit(\"RACI-009\", $a, -1, $p)); end",
          "rule \"RACI-010 accountable\" when Person($p : index)"
              + " $s : java.util.Set(size > "
              + POLICY.accountableLimit()
              + ") from accumulate(Hold(person == $p, $r : role) and Cell(role == $r, accountable,"
              + " $a : activity), collectSet($a)) then hits.add(new Hit(\"RACI-010\", -1, -1, $p));"
              + " end",
          "rule \"RACI-010 responsible\" when Person($p : index)"
              + " $s : java.util.Set(size > "
              + POLICY.responsibleLimit()
              + ") from accumulate(Hold(person == $p, $r : role) and Cell(role == $r, doer, $a :"
              + " activity), collectSet($a)) then hits.add(new Hit(\"RACI-010\", -1, -1, $p)); end",
          "rule \"RACI-011\" when Role($r : index) not Hold(role == $r) then hits.add(new"
              + " Hit(\"RACI-011\", -1, $r, -1)); end");

  private final KieBase rules = new KieHelper().addContent(DRL, ResourceType.DRL).build();

  @Override
  public Set<String> findings(RaciMatrix matrix, List<RoleAssignment> holders) {
    Map<String, Integer> roleIndex = index(matrix.roles());
    List<String> activityIds = new ArrayList<>();
    matrix.activities().forEach(a -> activityIds.add(a.id()));
    Map<String, Integer> activityIndex = index(activityIds);
    List<String> people = new ArrayList<>();
    Map<String, Integer> personIndex = new HashMap<>();
    List<Hit> hits = new ArrayList<>();
    KieSession session = rules.newKieSession();
    try {
      session.setGlobal("hits", hits);
      for (int r = 0; r < matrix.roles().size(); r++) {
        session.insert(new Role(r));
      }
      for (int a = 0; a < matrix.activities().size(); a++) {
        RaciActivity activity = matrix.activities().get(a);
        session.insert(new Activity(a, activity.critical()));
      }
      for (RaciAssignment cell : matrix.assignments()) {
        List<Optional<Responsibility>> meanings = new ArrayList<>();
        cell.cell().letters().forEach(letter -> meanings.add(matrix.scheme().meaning(letter)));
        session.insert(
            new Cell(
                activityIndex.get(cell.activity()),
                roleIndex.get(cell.role()),
                any(meanings, Responsibility::answersForOutcome),
                any(meanings, Responsibility::doesTheWork),
                any(meanings, Responsibility::givesInput),
                any(meanings, Responsibility::checksTheWork),
                meanings.stream().anyMatch(Optional::isEmpty)));
      }
      Set<List<Integer>> held = new HashSet<>();
      for (RoleAssignment assignment : holders) {
        Integer r = roleIndex.get(assignment.role());
        for (String person : assignment.people()) {
          int p =
              personIndex.computeIfAbsent(
                  person,
                  id -> {
                    people.add(id);
                    session.insert(new Person(people.size() - 1));
                    return people.size() - 1;
                  });
          if (r != null && held.add(List.of(r, p))) {
            session.insert(new Hold(r, p));
          }
        }
      }
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    Set<String> keys = new HashSet<>();
    for (Hit hit : hits) {
      keys.add(
          hit.code()
              + "|"
              + (hit.activity() < 0 ? "" : activityIds.get(hit.activity()))
              + "|"
              + (hit.role() < 0 ? "" : matrix.roles().get(hit.role()))
              + "|"
              + (hit.person() < 0 ? "" : people.get(hit.person())));
    }
    return keys;
  }

  private static boolean any(
      List<Optional<Responsibility>> meanings, Predicate<Responsibility> kind) {
    return meanings.stream().flatMap(Optional::stream).anyMatch(kind);
  }

  private static Map<String, Integer> index(List<String> ids) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    return index;
  }
}
