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
              GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(seed));
              // rebuilding from the parts re-runs every check; a generator bug would throw here
              GovernanceModel rebuilt = GovernanceModel.builder().name(model.name())
                  .addAllPeople(model.people()).addAllRoles(model.roles()).addAllRoleAssignments(model.roleAssignments())
                  .addAllUnits(model.units()).addAllPrograms(model.programs()).addAllProjects(model.projects())
                  .addAllSystems(model.systems()).addAllDeliverables(model.deliverables()).addAllMilestones(model.milestones())
                  .addAllRaciMatrices(model.raciMatrices()).addAllRisks(model.risks()).addAllControls(model.controls())
                  .addAllAppetites(model.appetites()).addAllPerspectives(model.perspectives()).addAllKpis(model.kpis())
                  .addAllObservations(model.observations()).addAllScorecards(model.scorecards())
                  .addAllRegulations(model.regulations()).addAllObligations(model.obligations())
                  .addAllEvents(model.events()).addAllCompletions(model.completions()).build();
              assertThat(rebuilt).isEqualTo(model);
            });
  }

  @Test
  void theSameSeedGivesTheSameModel() {
    qt().withExamples(50)
        .forAll(longs().all())
        .checkAssert(
            seed ->
                assertThat(GovernanceModelGenerator.small().generate(new SplittableRandom(seed)))
                    .isEqualTo(GovernanceModelGenerator.small().generate(new SplittableRandom(seed))));
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
    assertThat(model.kpis()).hasSize(18);
    assertThat(model.observations()).hasSize(18 * 18);
    assertThat(model.obligations()).hasSize(15);
    assertThat(model.raciMatrices()).hasSize(3);
  }
}
