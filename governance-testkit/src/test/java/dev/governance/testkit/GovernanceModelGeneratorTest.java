package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.governance.core.model.GovernanceModel;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Core's model-integrity properties, over models made by the testkit. */
class GovernanceModelGeneratorTest {

  @Test
  void thousandGeneratedModelsPassIntegrityChecking() {
    qt().withExamples(1000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              // building a GovernanceModel runs the full integrity check; a generator bug throws
              // here
              GovernanceModel model =
                  GovernanceModelGenerator.small().generate(new SplittableRandom(seed));
              assertThat(model.risks()).hasSize(8);
              assertThat(model.observations()).hasSize(36);
              assertThat(model.kpis()).hasSize(6 + 4);
              assertThat(model.costReports()).isNotEmpty();
              assertThat(model.outages()).hasSizeGreaterThanOrEqualTo(3 * 3);
              assertThat(model.incidents()).hasSizeGreaterThanOrEqualTo(3 * 6);
              assertThat(model.serviceCounts()).hasSizeGreaterThanOrEqualTo(3);
              assertThat(model.lossScenarios()).isNotEmpty();
              assertThat(model.mitigationActions()).isNotEmpty();
              assertThat(model.raciMatrices())
                  .singleElement()
                  .satisfies(
                      m ->
                          assertThat(m.activities())
                              .allSatisfy(a -> assertThat(a.deliverable()).isPresent()));
            });
  }

  @Test
  void theSameSeedGivesTheSameModel() {
    qt().withExamples(50)
        .forAll(longs().all())
        .checkAssert(
            seed ->
                assertThat(GovernanceModelGenerator.small().generate(new SplittableRandom(seed)))
                    .isEqualTo(
                        GovernanceModelGenerator.small().generate(new SplittableRandom(seed))));
  }

  @Test
  void modelsHaveTheRequestedSize() {
    ModelSize size = ModelSize.scaled(3);
    GovernanceModel model = GovernanceModelGenerator.of(size).generate(new SplittableRandom(7));
    assertThat(model.people()).hasSize(36);
    assertThat(model.programs()).hasSize(3);
    assertThat(model.projects()).hasSize(9);
    assertThat(model.deliverables()).hasSize(18);
    assertThat(model.risks()).hasSize(24);
    assertThat(model.kpis()).hasSize(18 + 12);
    assertThat(model.kpis().stream().filter(k -> k.source().isPresent())).hasSize(12);
    assertThat(model.observations()).hasSize(18 * 18);
    assertThat(model.serviceCounts()).hasSizeBetween(9, 9 * 6);
    assertThat(model.incidents()).hasSizeBetween(9 * 6, 9 * 12);
    assertThat(model.outages()).hasSizeBetween(9 * 3, 9 * 9);
    assertThat(model.costReports()).hasSizeBetween(9, 9 * 6);
    assertThat(model.obligations()).hasSize(15);
    assertThat(model.raciMatrices()).hasSize(3);
    assertThat(
            GovernanceModelGenerator.of(ModelSize.builder().recordMonths(0).derivedKpis(0).build())
                .generate(new SplittableRandom(7)))
        .satisfies(
            m -> {
              assertThat(m.costReports()).isEmpty();
              assertThat(m.outages()).isEmpty();
              assertThat(m.incidents()).isEmpty();
              assertThat(m.serviceCounts()).isEmpty();
              assertThat(m.kpis()).hasSize(6);
            });
  }
}
