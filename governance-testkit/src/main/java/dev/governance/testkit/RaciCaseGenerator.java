package dev.governance.testkit;

import static dev.governance.testkit.DomainGenerators.pick;

import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.raci.RaciScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Generates RACI matrices with their role holders: valid ones (one Accountable and at least one
 * Responsible per activity, at most three Consulted, every cell of a critical activity filled,
 * every role used and held by exactly one person, at most 10 activities so no one is overloaded),
 * or valid ones with one {@link RaciDefect} injected.
 */
public final class RaciCaseGenerator implements Generator<RaciCase> {

  private static final int MAX_ACTIVITIES = 10;

  private final List<RaciDefect> defects;

  private RaciCaseGenerator(List<RaciDefect> defects) {
    this.defects = defects;
  }

  /** Returns a generator of valid cases. */
  public static RaciCaseGenerator valid() {
    return new RaciCaseGenerator(List.of());
  }

  /**
   * Returns a generator of cases with {@code defect}.
   *
   * @param defect the defect to inject
   * @return the generator
   */
  public static RaciCaseGenerator withDefect(RaciDefect defect) {
    return new RaciCaseGenerator(List.of(defect));
  }

  @Override
  public RaciCase generate(RandomGenerator random) {
    Draft draft = Draft.valid(random);
    if (defects.isEmpty()) {
      return draft.build(null);
    }
    RaciDefect defect = pick(random, defects);
    draft.inject(defect, random);
    return draft.build(defect);
  }

  /** A matrix under construction: rows of cells keyed by role, in order. */
  private static final class Draft {
    final List<String> roles = new ArrayList<>();
    final List<RaciActivity> activities = new ArrayList<>();
    final List<Map<String, String>> rows = new ArrayList<>();
    final Map<String, List<String>> holders = new LinkedHashMap<>();
    RaciScheme scheme = RaciScheme.RACI;

    static Draft valid(RandomGenerator random) {
      Draft d = new Draft();
      int roleCount = 2 + random.nextInt(7);
      int peopleCount = 2 + random.nextInt(9);
      for (int r = 1; r <= roleCount; r++) {
        String role = "role-" + r;
        d.roles.add(role);
        d.holders.put(
            role, new ArrayList<>(List.of("person-" + (1 + random.nextInt(peopleCount)))));
      }
      int activityCount = 1 + random.nextInt(MAX_ACTIVITIES);
      for (int a = 1; a <= activityCount; a++) {
        boolean critical = random.nextInt(4) == 0;
        d.activities.add(
            RaciActivity.builder()
                .id("activity-" + a)
                .name("Activity " + a)
                .critical(critical)
                .build());
        Map<String, String> row = new LinkedHashMap<>();
        String accountable = pick(random, d.roles);
        String responsible = pick(random, d.roles);
        row.put(accountable, accountable.equals(responsible) ? "A/R" : "A");
        row.putIfAbsent(responsible, "R");
        int consulted = 0;
        for (String role : d.roles) {
          if (row.containsKey(role)) {
            continue;
          }
          int draw = random.nextInt(3);
          if (draw == 0 && consulted < 3) {
            row.put(role, "C");
            consulted++;
          } else if (draw == 1 || critical) {
            row.put(role, "I");
          }
        }
        d.rows.add(row);
      }
      for (String role : d.roles) {
        if (d.rows.stream().noneMatch(row -> row.containsKey(role))) {
          d.rows.get(0).put(role, "I");
        }
      }
      return d;
    }

    void inject(RaciDefect defect, RandomGenerator random) {
      int a = random.nextInt(rows.size());
      Map<String, String> row = rows.get(a);
      switch (defect) {
        case NO_ACCOUNTABLE:
          row.replaceAll(
              (role, letters) -> letters.equals("A/R") ? "R" : letters.equals("A") ? "I" : letters);
          break;
        case SEVERAL_ACCOUNTABLE:
          {
            String other =
                roles.stream()
                    .filter(r -> List.of("", "C", "I").contains(row.getOrDefault(r, "")))
                    .findFirst()
                    .orElse(null);
            if (other == null) {
              addRole("role-extra", "person-extra");
              other = "role-extra";
            }
            row.put(other, "A");
            break;
          }
        case NO_RESPONSIBLE:
          row.replaceAll(
              (role, letters) -> letters.equals("A/R") ? "A" : letters.equals("R") ? "I" : letters);
          break;
        case EMPTY_CRITICAL_CELL:
          {
            Map<String, String> critical = newRow(true);
            critical.put(roles.get(0), "A/R");
            roles.subList(1, roles.size()).forEach(r -> critical.put(r, "I"));
            critical.remove(roles.get(1 + random.nextInt(roles.size() - 1)));
            break;
          }
        case UNDEFINED_LETTER:
          {
            String role = pick(random, new ArrayList<>(row.keySet()));
            row.put(role, row.get(role) + "/S");
            break;
          }
        case IDLE_ROLE:
          // an idle role leaves a cell of every critical activity empty, so none stays critical
          activities.replaceAll(activity -> activity.withCritical(false));
          roles.add("role-idle");
          holders.put("role-idle", new ArrayList<>(List.of("person-1")));
          break;
        case TOO_MANY_CONSULTED:
          for (int i = 1; i <= 6; i++) {
            addRole("role-consulted-" + i, "person-1");
            row.put("role-consulted-" + i, "C");
          }
          row.replaceAll(
              (role, letters) ->
                  letters.equals("C") && !role.startsWith("role-consulted-") ? "I" : letters);
          break;
        case ACCOUNTABLE_HELD_BY_TWO:
          {
            String accountable =
                row.entrySet().stream()
                    .filter(e -> e.getValue().startsWith("A"))
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            List<String> held = Objects.requireNonNull(holders.get(accountable));
            held.add(held.get(0).equals("person-1") ? "person-2" : "person-1");
            break;
          }
        case DOES_AND_VERIFIES:
          {
            scheme = RaciScheme.RACI_VS;
            String responsible =
                row.entrySet().stream()
                    .filter(e -> e.getValue().endsWith("R"))
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            row.put(responsible, row.get(responsible) + "/V");
            break;
          }
        case OVERLOADED_PERSON:
          {
            String role = pick(random, roles);
            for (int i = 0; i < 16; i++) {
              newRow(false).put(role, "A/R");
            }
            break;
          }
        case UNSTAFFED_ROLE:
          addRole("role-unstaffed", null);
          row.put("role-unstaffed", "I");
          break;
        default:
          throw new AssertionError(defect);
      }
    }

    /** Adds a role held by {@code person}, with I on every critical row so none is left empty. */
    private void addRole(String role, @Nullable String person) {
      roles.add(role);
      holders.put(role, new ArrayList<>(person == null ? List.of() : List.of(person)));
      for (int a = 0; a < activities.size(); a++) {
        if (activities.get(a).critical()) {
          rows.get(a).put(role, "I");
        }
      }
    }

    private Map<String, String> newRow(boolean critical) {
      String id = "activity-new-" + (activities.size() + 1);
      activities.add(
          RaciActivity.builder()
              .id(id)
              .name("New activity " + (activities.size() + 1))
              .critical(critical)
              .build());
      Map<String, String> row = new LinkedHashMap<>();
      rows.add(row);
      return row;
    }

    RaciCase build(@Nullable RaciDefect defect) {
      RaciMatrix.Builder matrix =
          RaciMatrix.builder()
              .id("matrix")
              .name("Generated matrix")
              .scheme(scheme)
              .addAllRoles(roles)
              .addAllActivities(activities);
      for (int a = 0; a < rows.size(); a++) {
        String activity = activities.get(a).id();
        rows.get(a)
            .forEach(
                (role, letters) ->
                    matrix.addAssignments(RaciAssignment.of(activity, role, letters)));
      }
      RaciCase.Builder c =
          RaciCase.builder()
              .matrix(matrix.build())
              .addAllHolders(
                  holders.entrySet().stream()
                      .map(e -> RoleAssignment.of(e.getKey(), e.getValue()))
                      .collect(Collectors.toList()));
      if (defect != null) {
        c.defect(defect);
      }
      return c.build();
    }
  }
}
