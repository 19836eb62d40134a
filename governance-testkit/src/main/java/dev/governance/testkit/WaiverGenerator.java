package dev.governance.testkit;

import static dev.governance.testkit.DomainGenerators.distinct;
import static dev.governance.testkit.DomainGenerators.pick;

import com.google.common.collect.ImmutableList;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Person;
import dev.governance.core.practice.Decision;
import dev.governance.core.practice.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Generates the waivers of a model, with references that resolve in it: each is approved by one of
 * its people, backed by one of its decisions or by none, waives a rule code of the library's
 * families ({@code GOV}, {@code RISK}, {@code RACI}, {@code KPI}, {@code WAIVER}) for a subject of
 * one or two keys naming the model's own roles, people, risks, KPIs, obligations, programs,
 * systems, deliverables, change requests, documents, cadences, disagreements, milestones, matrices
 * or waivers, from a first to a last day a year or so around the model's as-of day. Ids are {@code
 * waiver-1}, {@code waiver-2}, ..., skipping those the model already uses.
 *
 * <p>{@link #addedTo(GovernanceModel)} adds {@link DecisionGenerator decisions} and then waivers
 * backed by them to a model, which validates the references of both on building.
 */
public final class WaiverGenerator implements Generator<List<Waiver>> {

  private static final List<String> CODES =
      List.of("GOV-001", "GOV-005", "RISK-001", "RACI-001", "KPI-001", "WAIVER-002");
  private static final List<String> REASONS =
      List.of(
          "Accepted by the steering committee",
          "The vendor fix ships next quarter",
          "A compensating control is in place");

  private final ImmutableList<String> approvers;
  private final ImmutableList<String> decisions;
  private final Map<String, List<String>> subjects;
  private final Set<String> taken;
  private final LocalDate from;

  private WaiverGenerator(GovernanceModel model) {
    this.approvers =
        model.people().stream().map(Person::id).collect(ImmutableList.toImmutableList());
    if (approvers.isEmpty()) {
      throw new IllegalArgumentException(
          "model: expected a model with a person to approve waivers, not none");
    }
    this.decisions =
        model.decisions().stream().map(Decision::id).collect(ImmutableList.toImmutableList());
    this.subjects = new LinkedHashMap<>();
    subject("system", model.systems(), s -> s.id());
    subject("risk", model.risks(), r -> r.id());
    subject("program", model.programs(), p -> p.id());
    subject("person", model.people(), p -> p.id());
    subject("role", model.roles(), r -> r.id());
    subject("kpi", model.kpis(), k -> k.id());
    subject("obligation", model.obligations(), o -> o.id());
    subject("deliverable", model.deliverables(), d -> d.id());
    subject("milestone", model.milestones(), m -> m.id());
    subject("matrix", model.raciMatrices(), m -> m.id());
    subject("change", model.changeRequests(), c -> c.id());
    subject("document", model.documents(), d -> d.id());
    subject("cadence", model.cadences(), c -> c.id());
    subject("disagreement", model.disagreements(), d -> d.id());
    subject("waiver", model.waivers(), w -> w.id());
    this.taken = new HashSet<>();
    model.waivers().forEach(w -> taken.add(w.id()));
    this.from = model.asOf().orElse(DomainGenerators.EPOCH).minusDays(200);
  }

  private <T> void subject(String key, List<T> parts, Function<T, String> id) {
    if (!parts.isEmpty()) {
      subjects.put(key, parts.stream().map(id).collect(ImmutableList.toImmutableList()));
    }
  }

  /**
   * Returns a generator of waivers for {@code model}: none to three of them, fewer first.
   *
   * @param model the model whose people, decisions and parts the waivers name
   * @return the generator
   * @throws IllegalArgumentException if the model has no person to approve a waiver
   */
  public static WaiverGenerator forModel(GovernanceModel model) {
    return new WaiverGenerator(model);
  }

  /**
   * Returns a generator of {@code model} with decisions added and then waivers, some of them backed
   * by those decisions.
   *
   * @param model a model with at least one person
   * @return the generator
   * @throws IllegalArgumentException if the model has no person
   */
  public static Generator<GovernanceModel> addedTo(GovernanceModel model) {
    DecisionGenerator decisions = DecisionGenerator.forModel(model);
    return random -> {
      GovernanceModel decided =
          model.withDecisions(
              ImmutableList.<Decision>builder()
                  .addAll(model.decisions())
                  .addAll(decisions.generate(random))
                  .build());
      return decided.withWaivers(
          ImmutableList.<Waiver>builder()
              .addAll(decided.waivers())
              .addAll(forModel(decided).generate(random))
              .build());
    };
  }

  @Override
  public List<Waiver> generate(RandomGenerator random) {
    int count = random.nextInt(0, 4);
    List<Waiver> waivers = new ArrayList<>();
    List<String> keys = new ArrayList<>(subjects.keySet());
    int n = 0;
    while (waivers.size() < count) {
      String id = "waiver-" + ++n;
      if (taken.contains(id)) {
        continue;
      }
      Waiver.Builder w =
          Waiver.builder()
              .id(id)
              .code(pick(random, CODES))
              .reason(pick(random, REASONS))
              .approvedBy(pick(random, approvers));
      for (String key : distinct(random, keys, random.nextInt(1, 3))) {
        w.putSubject(key, pick(random, Objects.requireNonNull(subjects.get(key))));
      }
      if (!decisions.isEmpty() && random.nextBoolean()) {
        w.decision(pick(random, decisions));
      }
      LocalDate first = from.plusDays(random.nextInt(0, 366));
      waivers.add(w.from(first).until(first.plusDays(random.nextInt(0, 181))).build());
    }
    return waivers;
  }
}
