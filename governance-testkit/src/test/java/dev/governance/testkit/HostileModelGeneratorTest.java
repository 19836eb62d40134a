package dev.governance.testkit;

import static dev.governance.testkit.HostileTextGeneratorTest.madeOfSamples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.governance.core.kpi.ScorecardNode;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.ScaleLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HostileModelGeneratorTest {

  private static final List<String> SAMPLES = HostileTextGenerator.any().samples();

  /** Every text the generator replaces, in model order. */
  static List<String> texts(GovernanceModel m) {
    List<String> texts = new ArrayList<>();
    texts.add(m.name());
    m.people().forEach(p -> texts.add(p.name()));
    m.roles().forEach(r -> texts.add(r.name()));
    m.units().forEach(u -> texts.add(u.name()));
    m.programs().forEach(p -> texts.add(p.name()));
    m.programs().forEach(p -> p.goal().ifPresent(texts::add));
    m.projects().forEach(p -> texts.add(p.name()));
    m.systems().forEach(s -> texts.add(s.name()));
    m.systems().forEach(s -> s.vendor().ifPresent(texts::add));
    m.deliverables().forEach(d -> texts.add(d.name()));
    m.milestones().forEach(d -> texts.add(d.name()));
    m.raciMatrices().forEach(r -> texts.add(r.name()));
    m.raciMatrices().forEach(r -> r.activities().forEach(a -> texts.add(a.name())));
    texts.add(m.likelihoodScale().name());
    texts.add(m.impactScale().name());
    m.risks().forEach(r -> texts.add(r.title()));
    m.risks().forEach(r -> texts.add(r.category()));
    m.risks().forEach(r -> r.assessments().forEach(a -> a.rationale().ifPresent(texts::add)));
    m.mitigationActions().forEach(a -> texts.add(a.title()));
    m.controls().forEach(c -> texts.add(c.name()));
    m.perspectives().forEach(p -> texts.add(p.name()));
    m.kpis().forEach(k -> texts.add(k.name()));
    m.kpis().forEach(k -> texts.add(k.unit()));
    m.scorecards().forEach(s -> texts.add(s.name()));
    m.scorecards().forEach(s -> s.children().forEach(n -> nodes(n, texts)));
    m.regulations().forEach(r -> texts.add(r.name()));
    m.obligations().forEach(o -> texts.add(o.title()));
    m.obligations().forEach(o -> texts.add(o.citation()));
    m.events().forEach(e -> e.description().ifPresent(texts::add));
    m.completions().forEach(c -> c.evidence().ifPresent(texts::add));
    m.outages().forEach(o -> o.description().ifPresent(texts::add));
    return texts;
  }

  private static void nodes(ScorecardNode node, List<String> texts) {
    texts.add(node.name());
    node.children().forEach(c -> nodes(c, texts));
  }

  @Test
  void everyTextIsHostileAndTheModelStaysValid() {
    qt().withExamples(20)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              // building the model ran core's every check
              GovernanceModel m =
                  HostileModelGenerator.small().generate(new SplittableRandom(seed));
              assertThat(texts(m))
                  .hasSizeGreaterThan(100)
                  .allSatisfy(t -> assertThat(madeOfSamples(t, SAMPLES, 3)).as(t).isTrue());
              for (ScaleLevel level : m.likelihoodScale().levels()) {
                String label = level.label();
                String suffix = " " + level.value();
                assertThat(label).endsWith(suffix);
                assertThat(
                        madeOfSamples(
                            label.substring(0, label.length() - suffix.length()), SAMPLES, 3))
                    .isTrue();
              }
            });
  }

  @Test
  void idsReferencesAndNumbersStayAsTheyWere() {
    qt().withExamples(10)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              GovernanceModel plain =
                  GovernanceModelGenerator.small().generate(new SplittableRandom(seed));
              GovernanceModel hostile =
                  HostileModelGenerator.small().generate(new SplittableRandom(seed));
              assertThat(untitled(hostile.risks())).isEqualTo(untitled(plain.risks()));
              assertThat(hostile.outages()).hasSameSizeAs(plain.outages());
              assertThat(hostile.observations()).isEqualTo(plain.observations());
              assertThat(hostile.serviceCounts()).isEqualTo(plain.serviceCounts());
              assertThat(hostile.incidents()).isEqualTo(plain.incidents());
              assertThat(hostile.lossScenarios()).isEqualTo(plain.lossScenarios());
              assertThat(ids(hostile.people(), p -> p.id()))
                  .isEqualTo(ids(plain.people(), p -> p.id()));
              assertThat(ids(hostile.obligations(), o -> o.recurrence() + o.id()))
                  .isEqualTo(ids(plain.obligations(), o -> o.recurrence() + o.id()));
            });
  }

  /** Returns the risks without their texts. */
  private static List<Risk> untitled(List<Risk> risks) {
    return risks.stream()
        .map(
            r ->
                r.withTitle("title")
                    .withCategory("category")
                    .withAssessments(
                        r.assessments().stream()
                            .map(a -> a.withRationale(Optional.empty()))
                            .collect(Collectors.toList())))
        .collect(Collectors.toList());
  }

  private static <T> List<String> ids(List<T> values, Function<T, String> id) {
    return values.stream().map(id).collect(Collectors.toList());
  }

  @Test
  void aRiskCategoryIsTheSameHostileTextWhereverItAppears() {
    GovernanceModel plain = GovernanceModelGenerator.small().generate(new SplittableRandom(3));
    GovernanceModel hostile = HostileModelGenerator.small().generate(new SplittableRandom(3));
    for (int i = 0; i < plain.risks().size(); i++) {
      for (int j = 0; j < plain.risks().size(); j++) {
        assertThat(hostile.risks().get(i).category().equals(hostile.risks().get(j).category()))
            .isEqualTo(plain.risks().get(i).category().equals(plain.risks().get(j).category()));
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameModel() {
    assertThat(HostileModelGenerator.small().generate(new SplittableRandom(11)))
        .isEqualTo(HostileModelGenerator.small().generate(new SplittableRandom(11)));
  }

  @Test
  void anyTextGeneratorAndModelGeneratorCanBeCombined() {
    GovernanceModel m =
        HostileModelGenerator.of(
                GovernanceModelGenerator.of(ModelSize.scaled(2)),
                HostileTextGenerator.of(HostileText.CSV_FORMULA))
            .generate(new SplittableRandom(5));
    assertThat(m.risks()).hasSize(16);
    assertThat(m.risks())
        .allSatisfy(
            r ->
                assertThat(madeOfSamples(r.title(), HostileText.CSV_FORMULA.samples(), 3))
                    .isTrue());
  }
}
