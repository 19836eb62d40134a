package dev.governance.testkit;

import static dev.governance.testkit.DomainGenerators.distinct;
import static dev.governance.testkit.DomainGenerators.pick;

import com.google.common.collect.ImmutableList;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Person;
import dev.governance.core.party.Role;
import dev.governance.core.portfolio.Milestone;
import dev.governance.core.practice.ChangeRequest;
import dev.governance.core.practice.Decision;
import dev.governance.core.practice.Disagreement;
import dev.governance.core.risk.Risk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generates the decision records of a model (Nygard, "Documenting Architecture Decisions", 2011:
 * context, decision, consequences), with references that resolve in it: each decision is taken by
 * one of the model's roles or people and concerns none to three of its disagreements, change
 * requests, risks and milestones, with none to two impacts and options. Ids are {@code decision-1},
 * {@code decision-2}, ..., skipping those the model already uses.
 */
public final class DecisionGenerator implements Generator<List<Decision>> {

  private static final List<String> TITLES =
      List.of(
          "Go live as planned",
          "Accept the risk until the next release",
          "Postpone the migration by one quarter",
          "Fund a second supplier");
  private static final List<String> RATIONALES =
      List.of(
          "The benefit outweighs the risk",
          "The vendor cannot deliver earlier",
          "The budget allows it");
  private static final List<String> LINES =
      List.of("Costs rise by 5 %", "The freeze moves by two weeks", "Do nothing");

  private final ImmutableList<String> deciders;
  private final ImmutableList<String> concerns;
  private final Set<String> taken;
  private final LocalDate from;

  private DecisionGenerator(GovernanceModel model) {
    List<String> who = new ArrayList<>();
    model.roles().stream().map(Role::id).forEach(who::add);
    model.people().stream().map(Person::id).forEach(who::add);
    if (who.isEmpty()) {
      throw new IllegalArgumentException(
          "model: expected a model with a role or a person to take decisions, not none");
    }
    this.deciders = ImmutableList.copyOf(who);
    ImmutableList.Builder<String> about = ImmutableList.builder();
    model.disagreements().stream().map(Disagreement::id).forEach(about::add);
    model.changeRequests().stream().map(ChangeRequest::id).forEach(about::add);
    model.risks().stream().map(Risk::id).forEach(about::add);
    model.milestones().stream().map(Milestone::id).forEach(about::add);
    this.concerns = about.build();
    this.taken = new HashSet<>();
    model.decisions().forEach(d -> taken.add(d.id()));
    this.from = model.asOf().orElse(DomainGenerators.EPOCH).minusYears(1);
  }

  /**
   * Returns a generator of decision records for {@code model}: none to three of them, fewer first.
   *
   * @param model the model whose roles, people and subjects the decisions name
   * @return the generator
   * @throws IllegalArgumentException if the model has no role and no person
   */
  public static DecisionGenerator forModel(GovernanceModel model) {
    return new DecisionGenerator(model);
  }

  @Override
  public List<Decision> generate(RandomGenerator random) {
    int count = random.nextInt(0, 4);
    List<Decision> decisions = new ArrayList<>();
    int n = 0;
    while (decisions.size() < count) {
      String id = "decision-" + ++n;
      if (taken.contains(id)) {
        continue;
      }
      decisions.add(
          Decision.builder()
              .id(id)
              .title(pick(random, TITLES))
              .decidedOn(from.plusDays(random.nextInt(0, 366)))
              .decidedBy(pick(random, deciders))
              .rationale(pick(random, RATIONALES))
              .addAllImpacts(lines(random))
              .addAllOptions(lines(random))
              .addAllRelatesTo(distinct(random, concerns, random.nextInt(0, 4)))
              .build());
    }
    return decisions;
  }

  private static List<String> lines(RandomGenerator random) {
    return distinct(random, LINES, random.nextInt(0, 3));
  }
}
