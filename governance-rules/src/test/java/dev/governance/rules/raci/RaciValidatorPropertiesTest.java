package dev.governance.rules.raci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.rules.Finding;
import dev.governance.rules.PropertyTries;
import dev.governance.rules.Severity;
import dev.governance.testkit.Generator;
import dev.governance.testkit.Generators;
import dev.governance.testkit.RaciCase;
import dev.governance.testkit.RaciCaseGenerator;
import dev.governance.testkit.RaciDefect;
import dev.governance.testkit.junit.ForAll;
import dev.governance.testkit.junit.GovernanceProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Acceptance 3 and 5 of the RACI issue, over testkit-generated matrices. */
class RaciValidatorPropertiesTest {

  private static final RaciValidator VALIDATOR = RaciValidator.standard();

  private static RaciReport validate(RaciCase c) {
    return VALIDATOR.validate(c.matrix(), c.holders());
  }

  private static List<String> codes(RaciReport report) {
    return report.findings().findings().stream()
        .map(Finding::code)
        .distinct()
        .collect(Collectors.toList());
  }

  @GovernanceProperty(tries = 500)
  void generatedValidMatricesHaveNoFinding(@ForAll RaciCase c) {
    assertThat(validate(c).findings().findings()).isEmpty();
  }

  static Generator<RaciCase> casesWithADefect() {
    return Generators.elements(List.of(RaciDefect.values())).flatMap(RaciCaseGenerator::withDefect);
  }

  /** Acceptance 2 of the testkit issue: 1,000 distinct seeds per defect. */
  @ParameterizedTest
  @EnumSource(RaciDefect.class)
  void oneInjectedDefectYieldsExactlyItsCode(RaciDefect defect) {
    PropertyTries.seeds()
        .forEach(
            seed -> {
              RaciCase c =
                  RaciCaseGenerator.withDefect(defect).generate(new SplittableRandom(seed));
              assertThat(codes(validate(c)))
                  .as("%s, seed %d, in %s", defect, seed, c.matrix())
                  .containsExactly(defect.code());
            });
  }

  @Test
  void permutingActivitiesOrRolesChangesNothingButOrder() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              RaciCase c =
                  RaciCaseGenerator.withDefect(
                          RaciDefect.values()[random.nextInt(RaciDefect.values().length)])
                      .generate(random);
              RaciMatrix permuted = permute(c.matrix(), new Random(seed));
              RaciReport original = validate(c);
              RaciReport shuffled = VALIDATOR.validate(permuted, c.holders());
              assertThat(shuffled.findings()).isEqualTo(original.findings());
              assertThat(shuffled.personLoads()).isEqualTo(original.personLoads());
              assertThat(shuffled.roleCoverage())
                  .containsExactlyInAnyOrderElementsOf(original.roleCoverage());
            });
  }

  @GovernanceProperty(tries = 200)
  void validatingTwiceGivesTheSameReport(@ForAll("casesWithADefect") RaciCase c) {
    assertThat(validate(c)).isEqualTo(validate(c));
    assertThat(VALIDATOR.validate(c.matrix())).isEqualTo(VALIDATOR.validate(c.matrix()));
  }

  @Test
  void addingAnInformedToAnEmptyNonCriticalCellNeverAddsAnError() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              RaciCase c =
                  random.nextBoolean()
                      ? RaciCaseGenerator.valid().generate(random)
                      : RaciCaseGenerator.withDefect(
                              RaciDefect.values()[random.nextInt(RaciDefect.values().length)])
                          .generate(random);
              RaciMatrix m = c.matrix();
              List<RaciAssignment> empty = new ArrayList<>();
              for (RaciActivity a : m.activities()) {
                for (String role : m.roles()) {
                  if (!a.critical() && m.cell(a.id(), role).isEmpty()) {
                    empty.add(RaciAssignment.of(a.id(), role, "I"));
                  }
                }
              }
              if (empty.isEmpty()) {
                return;
              }
              RaciAssignment informed = empty.get(random.nextInt(empty.size()));
              RaciMatrix more =
                  m.withAssignments(
                      ImmutableList.<RaciAssignment>builder()
                          .addAll(m.assignments())
                          .add(informed)
                          .build());
              assertThat(VALIDATOR.validate(more, c.holders()).findings().count(Severity.ERROR))
                  .isLessThanOrEqualTo(validate(c).findings().count(Severity.ERROR));
            });
  }

  @Test
  void sixteenThreadsGiveTheSameReportsAsOne() throws Exception {
    List<RaciCase> cases =
        IntStream.range(0, 400)
            .mapToObj(
                i -> {
                  SplittableRandom random = new SplittableRandom(i);
                  return i % 3 == 0
                      ? RaciCaseGenerator.valid().generate(random)
                      : RaciCaseGenerator.withDefect(
                              RaciDefect.values()[i % RaciDefect.values().length])
                          .generate(random);
                })
            .collect(Collectors.toList());
    List<RaciReport> sequential =
        cases.stream().map(RaciValidatorPropertiesTest::validate).collect(Collectors.toList());
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<RaciReport>> futures = new ArrayList<>();
      for (RaciCase c : cases) {
        futures.add(pool.submit(() -> validate(c)));
      }
      for (int i = 0; i < cases.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static RaciMatrix permute(RaciMatrix m, Random random) {
    List<RaciActivity> activities = new ArrayList<>(m.activities());
    List<String> roles = new ArrayList<>(m.roles());
    List<RaciAssignment> assignments = new ArrayList<>(m.assignments());
    Collections.shuffle(activities, random);
    Collections.shuffle(roles, random);
    Collections.shuffle(assignments, random);
    return RaciMatrix.builder()
        .id(m.id())
        .name(m.name())
        .scheme(m.scheme())
        .addAllActivities(activities)
        .addAllRoles(roles)
        .addAllAssignments(assignments)
        .build();
  }
}
