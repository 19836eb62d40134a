package dev.governance.testkit;

import static com.google.common.collect.ImmutableList.toImmutableList;

import dev.governance.core.kpi.ScorecardNode;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.risk.OrderedScale;
import dev.governance.core.risk.RiskAppetite;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.core.risk.ScaleLevel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * Generates valid models full of hostile text: a model of another generator (by default {@link
 * GovernanceModelGenerator#small()}) with every text a person wrote replaced by a text of a
 * hostile-text generator (by default {@link HostileTextGenerator#any()}).
 *
 * <p>The texts replaced are the model's name and every name, title, goal, vendor, unit, citation,
 * category, rationale, description, evidence, topic and decision of its parts: people, roles,
 * units, programs, projects, systems, deliverables, milestones, RACI matrices and activities, the
 * risk scales' names and level labels, risks and their assessments, controls, mitigation actions,
 * risk appetites, perspectives, KPIs, scorecards and their nodes, regulations, obligations, events,
 * completion records, outages, change requests, cadences and disagreements. Ids, references, codes
 * a rule reads (an incident's severity, an event's kind, a document's kind, loss specs, recurrence
 * rules) and numbers stay as they were, so the model stays valid and the engines find what they
 * found before. A risk category becomes the same hostile text wherever it appears, so risks and
 * appetites still share their categories; the labels of a scale stay distinct (each ends with its
 * level's value).
 */
public final class HostileModelGenerator implements Generator<GovernanceModel> {

  private final Generator<GovernanceModel> models;
  private final Generator<String> texts;

  private HostileModelGenerator(Generator<GovernanceModel> models, Generator<String> texts) {
    this.models = models;
    this.texts = texts;
  }

  /**
   * Returns a generator of {@code models} with their texts drawn from {@code texts}.
   *
   * @param models the generator of valid models
   * @param texts the generator of the texts that replace the models' texts; each must be non-blank
   * @return the generator
   */
  public static HostileModelGenerator of(
      Generator<GovernanceModel> models, Generator<String> texts) {
    return new HostileModelGenerator(models, texts);
  }

  /**
   * Returns a generator of models of {@link ModelSize#small()} with text from {@link
   * HostileTextGenerator#any()}.
   */
  public static HostileModelGenerator small() {
    return of(GovernanceModelGenerator.small(), HostileTextGenerator.any());
  }

  @Override
  public GovernanceModel generate(RandomGenerator random) {
    return new Rewrite(random).model(models.generate(random));
  }

  /** One model's rewriting: its draws and the hostile text given to each category. */
  private final class Rewrite {
    private final RandomGenerator random;
    private final Map<String, String> categories = new HashMap<>();

    Rewrite(RandomGenerator random) {
      this.random = random;
    }

    private String text() {
      return texts.generate(random);
    }

    private Optional<String> text(Optional<String> present) {
      return present.map(p -> text());
    }

    private String category(String category) {
      return categories.computeIfAbsent(category, c -> text());
    }

    GovernanceModel model(GovernanceModel m) {
      // each with* checks the model again; every step keeps it valid, and nothing is copied by hand
      return m.withName(text())
          .withPeople(each(m.people(), p -> p.withName(text())))
          .withRoles(each(m.roles(), r -> r.withName(text())))
          .withUnits(each(m.units(), u -> u.withName(text())))
          .withPrograms(each(m.programs(), p -> p.withName(text()).withGoal(text(p.goal()))))
          .withProjects(each(m.projects(), p -> p.withName(text())))
          .withSystems(each(m.systems(), s -> s.withName(text()).withVendor(text(s.vendor()))))
          .withDeliverables(each(m.deliverables(), d -> d.withName(text())))
          .withMilestones(each(m.milestones(), ms -> ms.withName(text())))
          .withRaciMatrices(
              each(
                  m.raciMatrices(),
                  r ->
                      r.withName(text())
                          .withActivities(each(r.activities(), a -> a.withName(text())))))
          .withLikelihoodScale(scale(m.likelihoodScale()))
          .withImpactScale(scale(m.impactScale()))
          .withRisks(
              each(
                  m.risks(),
                  r ->
                      r.withTitle(text())
                          .withCategory(category(r.category()))
                          .withAssessments(each(r.assessments(), this::assessment))))
          .withMitigationActions(each(m.mitigationActions(), a -> a.withTitle(text())))
          .withControls(each(m.controls(), c -> c.withName(text())))
          .withAppetites(each(m.appetites(), this::appetite))
          .withPerspectives(each(m.perspectives(), p -> p.withName(text())))
          .withKpis(each(m.kpis(), k -> k.withName(text()).withUnit(text())))
          .withScorecards(
              each(
                  m.scorecards(),
                  s -> s.withName(text()).withChildren(each(s.children(), this::node))))
          .withRegulations(each(m.regulations(), r -> r.withName(text())))
          .withObligations(each(m.obligations(), o -> o.withTitle(text()).withCitation(text())))
          .withEvents(each(m.events(), e -> e.withDescription(text(e.description()))))
          .withCompletions(each(m.completions(), c -> c.withEvidence(text(c.evidence()))))
          .withOutages(each(m.outages(), o -> o.withDescription(text(o.description()))))
          .withChangeRequests(each(m.changeRequests(), c -> c.withTitle(text())))
          .withCadences(each(m.cadences(), c -> c.withName(text())))
          .withDisagreements(
              each(m.disagreements(), d -> d.withTopic(text()).withDecision(text(d.decision()))));
    }

    private OrderedScale scale(OrderedScale scale) {
      return OrderedScale.of(
          text(), each(scale.levels(), l -> ScaleLevel.of(l.value(), text() + " " + l.value())));
    }

    private RiskAssessment assessment(RiskAssessment assessment) {
      return assessment.withRationale(text(assessment.rationale()));
    }

    private RiskAppetite appetite(RiskAppetite appetite) {
      return appetite.withCategory(appetite.category().map(this::category));
    }

    private ScorecardNode node(ScorecardNode node) {
      return node.withName(text()).withChildren(each(node.children(), this::node));
    }
  }

  private static <T> List<T> each(List<T> values, UnaryOperator<T> rewrite) {
    return values.stream().map(rewrite).collect(toImmutableList());
  }
}
