package dev.governance.rules.raci;

import com.google.common.collect.ImmutableList;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.party.WellKnownRole;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.raci.RaciScheme;
import dev.governance.core.raci.Responsibility;
import dev.governance.rules.Explanation;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.Subject;
import dev.governance.rules.ValidationReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * One validation of one matrix. Written by hand rather than with a rule engine because the rules
 * are row-local counts: the scan groups the filled cells by row (a counting sort), reads each cell
 * once into per-row and per-person counters held in arrays, and evaluates every rule from the
 * counters. That keeps validation linear and allocation-free on valid data, which is what lets it
 * check millions of cells per second.
 */
final class MatrixScan {

  private static final int ACCOUNTABLE = mask(Responsibility::answersForOutcome);
  private static final int DOER = mask(Responsibility::doesTheWork);
  private static final int CONSULTED = mask(Responsibility::givesInput);
  private static final int CHECKER = mask(Responsibility::checksTheWork);

  private final RaciPolicy policy;
  private final RaciMatrix matrix;
  private final @Nullable List<RoleAssignment> holderList;
  private final List<Finding> findings = new ArrayList<>();
  private final int[] meaning = new int[26];
  private final int definedLetters;
  private final String accountableWord;
  private final String responsibleWord;
  private final String consultedWord;

  MatrixScan(RaciPolicy policy, RaciMatrix matrix, @Nullable List<RoleAssignment> holders) {
    this.policy = policy;
    this.matrix = matrix;
    this.holderList = holders;
    RaciScheme scheme = matrix.scheme();
    scheme
        .letters()
        .forEach((letter, responsibility) -> meaning[letter - 'A'] = bit(responsibility));
    this.definedLetters =
        scheme.letters().keySet().stream()
            .mapToInt(letter -> 1 << (letter - 'A'))
            .reduce(0, (x, y) -> x | y);
    boolean daci = scheme.letterFor(Responsibility.APPROVER).isPresent();
    this.accountableWord = daci ? "Approver" : "Accountable";
    this.responsibleWord =
        scheme.letterFor(Responsibility.DRIVER).isPresent() ? "Driver" : "Responsible";
    this.consultedWord =
        scheme.letterFor(Responsibility.CONTRIBUTOR).isPresent() ? "Contributor" : "Consulted";
  }

  RaciReport report() {
    List<String> roles = matrix.roles();
    List<RaciActivity> activities = matrix.activities();
    int roleCount = roles.size();
    int activityCount = activities.size();
    Map<String, Integer> roleIndex = index(roles);

    People people = holderList == null ? null : new People(holderList, roles);
    int personCount = people == null ? 0 : people.ids.size();
    int[] personAccountable = new int[personCount];
    int[] personResponsible = new int[personCount];
    int[] personFlags = new int[personCount];
    int[] personStamp = new int[personCount];
    int[] touched = new int[personCount];

    int[] roleActivities = new int[roleCount];
    int[] roleAccountable = new int[roleCount];
    int[] roleResponsible = new int[roleCount];
    int[] roleStamp = new int[roleCount];

    List<RaciAssignment> cells = matrix.assignments();
    Rows rows = Rows.of(cells, activities);
    boolean[] required = requiredRoles(roleIndex, roleCount);
    for (int a = 0; a < activityCount; a++) {
      int stamp = a + 1;
      int accountable = 0;
      int responsible = 0;
      int consulted = 0;
      int touchedCount = 0;
      RaciActivity activity = activities.get(a);
      for (int k = rows.start[a]; k < rows.end[a]; k++) {
        RaciAssignment cell = cells.get(rows.cell(k));
        int r = Objects.requireNonNull(roleIndex.get(cell.role()));
        int flags = flags(cell, activity);
        roleStamp[r] = stamp;
        roleActivities[r]++;
        if ((flags & ACCOUNTABLE) != 0) {
          accountable++;
          roleAccountable[r]++;
        }
        if ((flags & DOER) != 0) {
          responsible++;
          roleResponsible[r]++;
        }
        if ((flags & CONSULTED) != 0) {
          consulted++;
        }
        if (people != null) {
          // people holding one role of the matrix: their loads are the role's counts, and only
          // the cell itself can make them both do and check
          if ((flags & DOER) != 0 && (flags & CHECKER) != 0) {
            for (int p : people.singleHolders[r]) {
              doesAndChecks(activity, people.ids.get(p), flags);
            }
          }
          for (int p : people.multiHolders[r]) {
            if (personStamp[p] != stamp) {
              personStamp[p] = stamp;
              personFlags[p] = 0;
              touched[touchedCount++] = p;
            }
            personFlags[p] |= flags;
          }
        }
      }
      checkRow(activity, a, rows, accountable, responsible, consulted);
      if (activity.critical()) {
        for (int r = 0; r < roleCount; r++) {
          if (required[r] && roleStamp[r] != stamp) {
            emptyCriticalCell(activity, roles.get(r));
          }
        }
      }
      for (int t = 0; t < touchedCount; t++) {
        int p = touched[t];
        int flags = personFlags[p];
        if ((flags & ACCOUNTABLE) != 0) {
          personAccountable[p]++;
        }
        if ((flags & DOER) != 0) {
          personResponsible[p]++;
          if ((flags & CHECKER) != 0) {
            // only people's flags are touched, so people is there
            doesAndChecks(activity, Objects.requireNonNull(people).ids.get(p), flags);
          }
        }
      }
    }
    if (people != null) {
      for (int p = 0; p < personCount; p++) {
        int r = people.singleRole[p];
        if (r >= 0) {
          personAccountable[p] = roleAccountable[r];
          personResponsible[p] = roleResponsible[r];
        }
      }
    }

    for (int r = 0; r < roleCount; r++) {
      if (roleActivities[r] == 0) {
        report(
            RaciRule.IDLE_ROLE,
            Subject.builder().role(roles.get(r)).build(),
            "Role '" + roles.get(r) + "' has no letter on any activity",
            "Give the role a letter where it takes part, or remove its column",
            null);
      }
    }
    ImmutableList<PersonLoad> loads = ImmutableList.of();
    if (people == null) {
      for (RaciRule rule : RaciRule.values()) {
        if (rule.needsPeople() && policy.enabled(rule)) {
          findings.add(
              Finding.builder()
                  .code(rule.code())
                  .severity(Severity.INFO)
                  .subject(Subject.builder().matrix(matrix.id()).build())
                  .message(
                      rule.code()
                          + " skipped: no role assignments were given, so who holds each role is"
                          + " unknown")
                  .suggestedFix("Validate with the role assignments to run the rules about people")
                  .build());
        }
      }
    } else {
      checkPeople(people, roles, roleAccountable, personAccountable, personResponsible);
      loads =
          IntStream.range(0, people.ids.size())
              .mapToObj(
                  p -> PersonLoad.of(people.ids.get(p), personAccountable[p], personResponsible[p]))
              .sorted((x, y) -> x.person().compareTo(y.person()))
              .collect(ImmutableList.toImmutableList());
    }
    ImmutableList.Builder<RoleCoverage> coverage = ImmutableList.builder();
    for (int r = 0; r < roleCount; r++) {
      coverage.add(
          RoleCoverage.builder()
              .role(roles.get(r))
              .activities(roleActivities[r])
              .accountable(roleAccountable[r])
              .responsible(roleResponsible[r])
              .people(people == null ? OptionalInt.empty() : OptionalInt.of(people.holderCount(r)))
              .build());
    }
    return RaciReport.builder()
        .matrix(matrix.id())
        .findings(ValidationReport.of(findings))
        .addAllPersonLoads(loads)
        .addAllRoleCoverage(coverage.build())
        .build();
  }

  private int flags(RaciAssignment cell, RaciActivity activity) {
    int letters = cell.cell().letterMask();
    int flags = meaningOf(letters);
    if ((letters & ~definedLetters) != 0) {
      for (int undefined = letters & ~definedLetters; undefined != 0; undefined &= undefined - 1) {
        char letter = (char) ('A' + Integer.numberOfTrailingZeros(undefined));
        report(
            RaciRule.UNDEFINED_LETTER,
            Subject.builder().activity(activity.id()).role(cell.role()).build(),
            "Letter '"
                + letter
                + "' on activity '"
                + activity.name()
                + "' for role '"
                + cell.role()
                + "' is not defined by scheme "
                + matrix.scheme()
                + " (letters "
                + matrix.scheme().letters().keySet().stream()
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "))
                + ")",
            "Use one of the scheme's letters, or choose a scheme that defines '" + letter + "'",
            null);
      }
    }
    return flags;
  }

  private void checkRow(
      RaciActivity activity, int a, Rows rows, int accountable, int responsible, int consulted) {
    if (accountable == 0) {
      report(
          RaciRule.NO_ACCOUNTABLE,
          about(activity),
          "Activity '" + activity.name() + "' has no " + accountableWord,
          "Give exactly one role the " + accountableWord + " letter on this activity",
          null);
    } else if (accountable > 1) {
      report(
          RaciRule.SEVERAL_ACCOUNTABLE,
          about(activity),
          "Activity '"
              + activity.name()
              + "' has "
              + accountable
              + " "
              + accountableWord
              + "s: "
              + rolesWith(rows, a, ACCOUNTABLE),
          "Keep one " + accountableWord + "; the others can be Responsible or Consulted",
          null);
    }
    if (responsible == 0) {
      report(
          RaciRule.NO_RESPONSIBLE,
          about(activity),
          "Activity '" + activity.name() + "' has no " + responsibleWord,
          "Give at least one role the " + responsibleWord + " letter on this activity",
          null);
    }
    if (consulted > policy.consultedLimit()) {
      report(
          RaciRule.TOO_MANY_CONSULTED,
          about(activity),
          "Activity '"
              + activity.name()
              + "' has "
              + consulted
              + " "
              + consultedWord
              + ", more than the limit of "
              + policy.consultedLimit(),
          "Inform some of them instead of consulting them",
          Explanation.of(
              consultedWord.toLowerCase(Locale.ROOT) + " count",
              consulted,
              "count of roles consulted on the activity: " + rolesWith(rows, a, CONSULTED)));
    }
  }

  /**
   * The subject of a row's finding; built only when there is one, as ids are checked on building.
   */
  private static Subject about(RaciActivity activity) {
    return Subject.builder().activity(activity.id()).build();
  }

  private void emptyCriticalCell(RaciActivity activity, String role) {
    report(
        RaciRule.EMPTY_CRITICAL_CELL,
        Subject.builder().activity(activity.id()).role(role).build(),
        "Critical activity '" + activity.name() + "' has no letter for role '" + role + "'",
        "Give the role a letter (at least I) on this critical activity",
        null);
  }

  private void doesAndChecks(RaciActivity activity, String person, int flags) {
    report(
        RaciRule.SEGREGATION_OF_DUTIES,
        Subject.builder().activity(activity.id()).person(person).build(),
        "Person '"
            + person
            + "' both does ("
            + words(flags & DOER)
            + ") and checks ("
            + words(flags & CHECKER)
            + ") activity '"
            + activity.name()
            + "'",
        "Have someone else verify, sign off or approve this activity",
        null);
  }

  private void checkPeople(
      People people,
      List<String> roles,
      int[] roleAccountable,
      int[] personAccountable,
      int[] personResponsible) {
    for (int r = 0; r < roles.size(); r++) {
      int[] holders = people.holders(r);
      Subject subject = Subject.builder().role(roles.get(r)).build();
      if (roleAccountable[r] > 0 && holders.length != 1) {
        report(
            RaciRule.ACCOUNTABLE_NOT_ONE_PERSON,
            subject,
            "Role '"
                + roles.get(r)
                + "' is "
                + accountableWord
                + " on "
                + activities(roleAccountable[r])
                + " but held by "
                + (holders.length == 0
                    ? "no person"
                    : holders.length + " people: " + people.names(holders)),
            "Name exactly one person for the role",
            null);
      }
      if (holders.length == 0) {
        report(
            RaciRule.UNSTAFFED_ROLE,
            subject,
            "Role '" + roles.get(r) + "' has no person assigned",
            "Assign a person to the role",
            null);
      }
    }
    for (RolePair pair : policy.conflictingRoles()) {
      TreeSet<String> both = new TreeSet<>(people.holding(pair.first()));
      both.retainAll(people.holding(pair.second()));
      for (String person : both) {
        report(
            RaciRule.SEGREGATION_OF_DUTIES,
            Subject.builder().person(person).role(pair.first()).build(),
            "Person '"
                + person
                + "' holds conflicting roles '"
                + pair.first()
                + "' and '"
                + pair.second()
                + "'",
            "Give one of the two roles to someone else",
            null);
      }
    }
    for (int p = 0; p < people.ids.size(); p++) {
      overload(people.ids.get(p), personAccountable[p], policy.accountableLimit(), accountableWord);
      overload(people.ids.get(p), personResponsible[p], policy.responsibleLimit(), responsibleWord);
    }
  }

  private void overload(String person, int count, int limit, String word) {
    if (count > limit) {
      report(
          RaciRule.OVERLOADED_PERSON,
          Subject.builder().person(person).build(),
          "Person '"
              + person
              + "' is "
              + word
              + " for "
              + activities(count)
              + ", more than the limit of "
              + limit,
          "Share the load with other people",
          Explanation.of(
              word.toLowerCase(Locale.ROOT) + " activities",
              count,
              "count of activities on which a role held by '" + person + "' is " + word));
    }
  }

  private void report(
      RaciRule rule,
      Subject subject,
      String message,
      String fix,
      @Nullable Explanation explanation) {
    if (!policy.enabled(rule)) {
      return;
    }
    Finding.Builder finding =
        Finding.builder()
            .code(rule.code())
            .severity(policy.severity(rule))
            .subject(subject.withMatrix(matrix.id()))
            .message(message)
            .suggestedFix(fix)
            // the program manager answers for the program's RACI matrices (GOV-001 asks them for
            // one), so a flaw in a matrix is theirs to have fixed
            .addNotifyRoles(WellKnownRole.PROGRAM_MANAGER.id());
    if (explanation != null) {
      finding.explanation(explanation);
    }
    findings.add(finding.build());
  }

  /** Returns the roles, alphabetically, of row {@code a}'s cells with a letter in {@code mask}. */
  private String rolesWith(Rows rows, int a, int mask) {
    TreeSet<String> roles = new TreeSet<>();
    for (int k = rows.start[a]; k < rows.end[a]; k++) {
      RaciAssignment cell = matrix.assignments().get(rows.cell(k));
      if ((meaningOf(cell.cell().letterMask()) & mask) != 0) {
        roles.add(cell.role());
      }
    }
    return String.join(", ", roles);
  }

  private int meaningOf(int letterMask) {
    int flags = 0;
    for (int letters = letterMask; letters != 0; letters &= letters - 1) {
      flags |= meaning[Integer.numberOfTrailingZeros(letters)];
    }
    return flags;
  }

  private static String words(int flags) {
    return Arrays.stream(Responsibility.values())
        .filter(r -> (flags & bit(r)) != 0)
        .map(r -> r.name().charAt(0) + r.name().substring(1).toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(" and "));
  }

  private boolean[] requiredRoles(Map<String, Integer> roleIndex, int roleCount) {
    boolean[] required = new boolean[roleCount];
    if (policy.criticalRequiredRoles().isEmpty()) {
      Arrays.fill(required, true);
    } else {
      policy
          .criticalRequiredRoles()
          .forEach(
              role -> {
                Integer r = roleIndex.get(role);
                if (r != null) {
                  required[r] = true;
                }
              });
    }
    return required;
  }

  private static String activities(int count) {
    return count + (count == 1 ? " activity" : " activities");
  }

  private static int mask(Predicate<Responsibility> kind) {
    return Arrays.stream(Responsibility.values())
        .filter(kind)
        .mapToInt(MatrixScan::bit)
        .reduce(0, (x, y) -> x | y);
  }

  private static int bit(Responsibility responsibility) {
    return 1 << responsibility.ordinal();
  }

  private static Map<String, Integer> index(List<String> ids) {
    Map<String, Integer> index = new HashMap<>(ids.size() * 2);
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    return index;
  }

  /**
   * Where each row's cells are: row {@code a}'s cells are {@code cell(k)} for {@code start[a] <= k
   * < end[a]}. Cells listed row by row in the matrix's row order (the usual case: spreadsheets,
   * loaders and builders write them so) are used where they stand, found by one walk down the list;
   * otherwise they are ordered by a counting sort.
   */
  private static final class Rows {
    final int[] start;
    final int[] end;
    private final int @Nullable [] order;

    private Rows(int[] start, int[] end, int @Nullable [] order) {
      this.start = start;
      this.end = end;
      this.order = order;
    }

    int cell(int k) {
      return order == null ? k : order[k];
    }

    static Rows of(List<RaciAssignment> cells, List<RaciActivity> activities) {
      int n = activities.size();
      int[] start = new int[n];
      int[] end = new int[n];
      String previous = null;
      int a = -1;
      for (int k = 0; k < cells.size(); k++) {
        String activity = cells.get(k).activity();
        if (!activity.equals(previous)) {
          if (a >= 0) {
            end[a] = k;
          }
          do {
            a++;
          } while (a < n && !activities.get(a).id().equals(activity));
          if (a == n) {
            return sorted(cells, activities);
          }
          start[a] = k;
          previous = activity;
        }
      }
      if (a >= 0) {
        end[a] = cells.size();
      }
      return new Rows(start, end, null);
    }

    private static Rows sorted(List<RaciAssignment> cells, List<RaciActivity> activities) {
      int n = activities.size();
      Map<String, Integer> index =
          index(activities.stream().map(RaciActivity::id).collect(Collectors.toList()));
      int[] rowOf = new int[cells.size()];
      int[] start = new int[n + 1];
      for (int i = 0; i < cells.size(); i++) {
        rowOf[i] = Objects.requireNonNull(index.get(cells.get(i).activity()));
        start[rowOf[i] + 1]++;
      }
      for (int a = 0; a < n; a++) {
        start[a + 1] += start[a];
      }
      int[] order = new int[cells.size()];
      int[] next = start.clone();
      for (int i = 0; i < cells.size(); i++) {
        order[next[rowOf[i]]++] = i;
      }
      return new Rows(Arrays.copyOf(start, n), Arrays.copyOfRange(start, 1, n + 1), order);
    }
  }

  /**
   * Who holds each role of the matrix, as indexes into one list of people, split into those who
   * hold only that role of the matrix and those who hold several.
   */
  private static final class People {
    final List<String> ids = new ArrayList<>();
    final int[][] singleHolders;
    final int[][] multiHolders;
    final int[] singleRole;
    private final int[][] holders;
    private final Map<String, TreeSet<String>> byRole = new HashMap<>();

    People(List<RoleAssignment> assignments, List<String> roles) {
      Map<String, Integer> personIndex = new HashMap<>();
      for (RoleAssignment assignment : assignments) {
        TreeSet<String> holding = byRole.computeIfAbsent(assignment.role(), r -> new TreeSet<>());
        for (String person : assignment.people()) {
          holding.add(person);
          personIndex.computeIfAbsent(
              person,
              p -> {
                ids.add(p);
                return ids.size() - 1;
              });
        }
      }
      holders = new int[roles.size()][];
      int[] rolesHeld = new int[ids.size()];
      singleRole = new int[ids.size()];
      Arrays.fill(singleRole, -1);
      for (int r = 0; r < roles.size(); r++) {
        holders[r] = holding(roles.get(r)).stream().mapToInt(personIndex::get).toArray();
        for (int p : holders[r]) {
          rolesHeld[p]++;
          singleRole[p] = r;
        }
      }
      singleHolders = new int[roles.size()][];
      multiHolders = new int[roles.size()][];
      for (int r = 0; r < roles.size(); r++) {
        singleHolders[r] = Arrays.stream(holders[r]).filter(p -> rolesHeld[p] == 1).toArray();
        multiHolders[r] = Arrays.stream(holders[r]).filter(p -> rolesHeld[p] > 1).toArray();
      }
      for (int p = 0; p < ids.size(); p++) {
        if (rolesHeld[p] != 1) {
          singleRole[p] = -1;
        }
      }
    }

    int holderCount(int role) {
      return holders[role].length;
    }

    int[] holders(int role) {
      return holders[role];
    }

    TreeSet<String> holding(String role) {
      return byRole.getOrDefault(role, new TreeSet<>());
    }

    String names(int[] people) {
      return Arrays.stream(people).mapToObj(ids::get).sorted().collect(Collectors.joining(", "));
    }
  }
}
