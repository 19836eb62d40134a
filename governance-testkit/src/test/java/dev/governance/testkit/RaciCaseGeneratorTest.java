package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciMatrix;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Structure of generated RACI cases; the rules' own verdict is tested in governance-rules. */
class RaciCaseGeneratorTest {

  @Test
  void validCasesHaveOneAccountableAndAResponsiblePerActivityAndOneHolderPerRole() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              RaciCase c = RaciCaseGenerator.valid().generate(new SplittableRandom(seed));
              RaciMatrix m = c.matrix();
              assertThat(c.defect()).isEmpty();
              assertThat(m.activities()).hasSizeBetween(1, 10);
              for (RaciActivity a : m.activities()) {
                assertThat(m.rolesWith(a.id(), 'A')).hasSize(1);
                assertThat(m.rolesWith(a.id(), 'R')).isNotEmpty();
                if (a.critical()) {
                  assertThat(m.row(a.id())).hasSameSizeAs(m.roles());
                }
              }
              assertThat(c.holders())
                  .extracting(RoleAssignment::role)
                  .containsExactlyElementsOf(m.roles());
              assertThat(c.holders()).allSatisfy(h -> assertThat(h.people()).hasSize(1));
            });
  }

  @Test
  void defectiveCasesNameTheirDefect() {
    Arrays.stream(RaciDefect.values())
        .forEach(
            defect ->
                assertThat(
                        RaciCaseGenerator.withDefect(defect)
                            .generate(new SplittableRandom(1))
                            .defect())
                    .contains(defect));
  }

  @Test
  void defectsNameTheirRuleCodes() {
    assertThat(Arrays.stream(RaciDefect.values()).map(RaciDefect::code))
        .containsExactly(
            "RACI-001",
            "RACI-002",
            "RACI-003",
            "RACI-004",
            "RACI-005",
            "RACI-006",
            "RACI-007",
            "RACI-008",
            "RACI-009",
            "RACI-010",
            "RACI-011");
  }

  @Test
  void theSameSeedGivesTheSameCase() {
    assertThat(
            RaciCaseGenerator.withDefect(RaciDefect.TOO_MANY_CONSULTED)
                .generate(new SplittableRandom(9)))
        .isEqualTo(
            RaciCaseGenerator.withDefect(RaciDefect.TOO_MANY_CONSULTED)
                .generate(new SplittableRandom(9)));
  }
}
