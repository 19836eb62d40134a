package dev.governance.rules.deadline;

import static dev.governance.core.ArgChecker.check;

import com.google.common.collect.ImmutableList;
import dev.governance.core.party.WellKnownRole;
import dev.governance.rules.RoleHolders;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An escalation ladder: roles in increasing authority, each with the number of business days
 * overdue after which an occurrence reaches it. Escalation climbs above the obligation's owner and
 * never comes back to the owner:
 *
 * <ul>
 *   <li>The owner's position is the highest rung that is the owner's role itself or the well-known
 *       role it {@link dev.governance.core.party.Role#plays() plays} ({@code commerce-owner} stands
 *       on a {@code system-owner} rung); an owner on no rung stands below the ladder.
 *   <li>A rung is open when it lies above the owner's position and is held by someone other than
 *       the owner's holders: a rung whose every holder also holds the owner's role is passed over.
 *       A rung nobody is known to hold stays open (an unstaffed role is the RACI check's finding).
 *   <li>Once the occurrence is as many business days overdue as an open rung says, it goes to that
 *       rung's role: to the highest open rung whose days it has reached. The days of the owner's
 *       own rung, of rungs below it and of rungs passed over escalate nothing: each rung's days
 *       were set for its role. So a program manager's review waits for the steering committee's
 *       days, and is never escalated to the program manager.
 *   <li>When no rung above the owner is open, the ladder {@link #deadEnd says so}: the owner is at
 *       the top, or every higher role is held by the owner too.
 * </ul>
 *
 * <p>More days overdue never escalate to a lower rung. The governing body's evaluate, direct and
 * monitor model of ISO/IEC 38500 ("Information technology: Governance of IT for the organization")
 * and COBIT 2019's Evaluate, Direct and Monitor domain put the steering committee at the top, where
 * the {@link #standard() standard ladder} ends.
 *
 * <p>For example, the standard ladder and a program manager's overdue review:
 *
 * <pre>{@code
 * // the system owner after 3 business days, the program manager after 10, the committee after 20
 * EscalationLadder ladder = EscalationLadder.standard();
 * RoleHolders holders = RoleHolders.of(model);
 * Optional<String> early = ladder.escalatedTo("program-manager", 12, holders); // empty
 * Optional<String> late = ladder.escalatedTo("program-manager", 20, holders);
 * // steering-committee: the first role above the program manager, at its own days
 * Optional<String> top = ladder.deadEnd("steering-committee", holders);
 * // no higher role on the ladder than steering-committee
 * }</pre>
 */
@Value.Immutable
abstract class AbstractEscalationLadder {

  /** Returns the rungs, lowest first, in strictly increasing business days and no role twice. */
  @Value.Parameter
  public abstract ImmutableList<EscalationStep> rungs();

  /**
   * Returns the standard ladder: the system owner after 3 business days overdue, the program
   * manager after 10 and the steering committee after 20.
   */
  public static EscalationLadder standard() {
    return EscalationLadder.of(
        ImmutableList.of(
            EscalationStep.of(3, WellKnownRole.SYSTEM_OWNER.id()),
            EscalationStep.of(10, WellKnownRole.PROGRAM_MANAGER.id()),
            EscalationStep.of(20, WellKnownRole.STEERING_COMMITTEE.id())));
  }

  /**
   * Returns the role an occurrence of {@code ownerRole}'s obligation goes to when it is {@code
   * businessDaysOverdue} business days overdue.
   *
   * @param ownerRole the id of the role that owns the obligation
   * @param businessDaysOverdue how many business days it is overdue
   * @param holders who holds which role
   * @return the role escalated to, never the owner's own or one only the owner's holders hold;
   *     empty before the first step or when the ladder is a {@link #deadEnd dead end}
   */
  public Optional<String> escalatedTo(
      String ownerRole, int businessDaysOverdue, RoleHolders holders) {
    return climb(ownerRole, holders).escalatedTo(businessDaysOverdue);
  }

  /**
   * Says why an occurrence of {@code ownerRole}'s obligation cannot be escalated, when no rung
   * above the owner is open: {@code "no higher role on the ladder than steering-committee"} or
   * {@code "steering-committee, the higher role on the ladder, is held by the owner too"}. An empty
   * ladder escalates nothing and says nothing.
   *
   * @param ownerRole the id of the role that owns the obligation
   * @param holders who holds which role
   * @return the reason, or empty when some rung above the owner is open
   */
  public Optional<String> deadEnd(String ownerRole, RoleHolders holders) {
    return climb(ownerRole, holders).deadEnd();
  }

  /** Works out where {@code ownerRole} stands and which rungs above it are open. */
  Climb climb(String ownerRole, RoleHolders holders) {
    List<EscalationStep> rungs = rungs();
    String wellKnown = holders.wellKnown(ownerRole).map(WellKnownRole::id).orElse(ownerRole);
    int at = -1;
    for (int i = 0; i < rungs.size(); i++) {
      String role = rungs.get(i).role();
      if (role.equals(ownerRole) || role.equals(wellKnown)) {
        at = i;
      }
    }
    Set<String> owners = holders.holders(ownerRole);
    boolean[] open = new boolean[rungs.size()];
    for (int i = at + 1; i < rungs.size(); i++) {
      Set<String> people = holders.holders(rungs.get(i).role());
      open[i] = people.isEmpty() || !owners.containsAll(people);
    }
    Optional<String> deadEnd = Optional.empty();
    if (!rungs.isEmpty() && !contains(open, true)) {
      // an empty ladder escalates nothing and has nothing to say
      List<EscalationStep> higher = rungs.subList(at + 1, rungs.size());
      deadEnd =
          Optional.of(
              higher.isEmpty()
                  ? "no higher role on the ladder than " + rungs.get(at).role()
                  : higher.stream().map(EscalationStep::role).collect(Collectors.joining(", "))
                      + (higher.size() == 1
                          ? ", the higher role on the ladder, is held by the owner too"
                          : ", the higher roles on the ladder, are held by the owner too"));
    }
    return new Climb(rungs, open, deadEnd);
  }

  private static boolean contains(boolean[] values, boolean value) {
    for (boolean v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where one owner stands on the ladder: which rungs are open, and the dead end, if any. Worked
   * out once per owner and ladder, used for every occurrence.
   */
  static final class Climb {
    private final List<EscalationStep> rungs;
    private final boolean[] open;
    private final Optional<String> deadEnd;

    Climb(List<EscalationStep> rungs, boolean[] open, Optional<String> deadEnd) {
      this.rungs = rungs;
      this.open = open;
      this.deadEnd = deadEnd;
    }

    /**
     * The role escalated to after {@code businessDaysOverdue}: the highest open rung whose days are
     * reached, so more days never escalate to a lower rung.
     */
    Optional<String> escalatedTo(int businessDaysOverdue) {
      for (int i = rungs.size() - 1; i >= 0; i--) {
        if (open[i] && businessDaysOverdue >= rungs.get(i).afterBusinessDays()) {
          return Optional.of(rungs.get(i).role());
        }
      }
      return Optional.empty();
    }

    /** Why nothing can be escalated, if nothing can. */
    Optional<String> deadEnd() {
      return deadEnd;
    }
  }

  /**
   * Checks that {@code rungs} climb in strictly increasing business days and name no role twice.
   *
   * @param rungs the rungs, lowest first
   * @param field the field named in messages, such as {@code escalation}
   * @throws dev.governance.core.GovernanceValidationException naming the first rung out of order or
   *     repeated, such as {@code escalation[1].afterBusinessDays}
   */
  static void checkRungs(List<EscalationStep> rungs, String field) {
    for (int i = 1; i < rungs.size(); i++) {
      check(
          rungs.get(i).afterBusinessDays() > rungs.get(i - 1).afterBusinessDays(),
          field + "[" + i + "].afterBusinessDays",
          rungs.get(i).afterBusinessDays(),
          "more than the step before, " + rungs.get(i - 1).afterBusinessDays());
      for (int j = 0; j < i; j++) {
        check(
            !rungs.get(j).role().equals(rungs.get(i).role()),
            field + "[" + i + "].role",
            rungs.get(i).role(),
            "a role not already on the ladder (" + field + "[" + j + "])");
      }
    }
  }

  @Value.Check
  protected void validate() {
    checkRungs(rungs(), "rungs");
  }
}
