package dev.governance.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import dev.governance.core.party.Role;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.party.WellKnownRole;
import dev.governance.rules.RoleHolders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, point 3: over generated ladders, owners and role holders, escalation never names the
 * owner's own role (nor the well-known role it plays) nor a role held only by the owner's holders,
 * and is monotone in days overdue: more days never escalate to a lower rung, nor to none once
 * escalated.
 */
class EscalationLadderPropertiesTest {

  private static final List<String> ORGANISATION_ROLES =
      List.of("ciso", "cio", "dpo", "commerce-owner", "board", "cfo");
  private static final List<String> PEOPLE = List.of("ana", "bo", "cy", "dara");
  private static final int MOST_DAYS = 45;

  @Test
  void escalationNeverReachesTheOwnerAndNeverComesDown() {
    qt().withExamples(2_000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              Case c = Case.random(random);
              String owner = c.owner();
              RoleHolders holders = c.holders();
              Set<String> owners = holders.holders(owner);
              Optional<String> ownWellKnown = holders.wellKnown(owner).map(WellKnownRole::id);
              List<String> rungs = c.ladder().rungs().stream().map(EscalationStep::role).toList();
              Optional<String> deadEnd = c.ladder().deadEnd(owner, holders);
              int highest = -1;
              for (int days = 0; days <= MOST_DAYS; days++) {
                Optional<String> to = c.ladder().escalatedTo(owner, days, holders);
                String at = c + ", " + days + " days";
                if (to.isEmpty()) {
                  assertThat(highest).as("escalated before, none now: %s", at).isEqualTo(-1);
                  continue;
                }
                String role = to.get();
                assertThat(deadEnd).as("a dead end escalates nothing: %s", at).isEmpty();
                assertThat(role).as("the owner's own role: %s", at).isNotEqualTo(owner);
                assertThat(Optional.of(role))
                    .as("the well-known role the owner plays: %s", at)
                    .isNotEqualTo(ownWellKnown);
                Set<String> people = holders.holders(role);
                assertThat(!people.isEmpty() && owners.containsAll(people))
                    .as("%s held only by the owner's holders %s: %s", role, owners, at)
                    .isFalse();
                int index = rungs.indexOf(role);
                assertThat(index)
                    .as("a lower rung than before: %s", at)
                    .isGreaterThanOrEqualTo(highest);
                highest = index;
              }
            });
  }

  /** A ladder, an owner and who holds which role. */
  record Case(EscalationLadder ladder, String owner, RoleHolders holders) {

    static Case random(SplittableRandom random) {
      List<String> pool = new ArrayList<>(ORGANISATION_ROLES);
      for (WellKnownRole role : WellKnownRole.values()) {
        pool.add(role.id());
      }
      List<String> shuffled = new ArrayList<>(pool);
      Collections.shuffle(shuffled, new Random(random.nextLong()));
      ImmutableList.Builder<EscalationStep> rungs = ImmutableList.builder();
      int after = random.nextInt(3) - 1;
      for (String role : shuffled.subList(0, random.nextInt(6))) {
        after += 1 + random.nextInt(8);
        rungs.add(EscalationStep.of(after, role));
      }
      List<Role> roles = new ArrayList<>();
      List<RoleAssignment> assignments = new ArrayList<>();
      for (String id : ORGANISATION_ROLES) {
        Role.Builder role = Role.builder().id(id).name(id);
        if (random.nextInt(3) == 0) {
          role.plays(WellKnownRole.values()[random.nextInt(WellKnownRole.values().length)]);
        }
        roles.add(role.build());
      }
      for (String id : pool) {
        if (random.nextInt(4) > 0) {
          List<String> people = new ArrayList<>();
          for (String person : PEOPLE) {
            if (random.nextInt(3) == 0) {
              people.add(person);
            }
          }
          assignments.add(RoleAssignment.of(id, people));
        }
      }
      return new Case(
          EscalationLadder.of(rungs.build()),
          pool.get(random.nextInt(pool.size())),
          RoleHolders.of(roles, assignments));
    }
  }
}
