package dev.governance.rules.raci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.SerializableTester;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.raci.RaciScheme;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.Subject;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RaciValidatorTest {

  private static final List<RoleAssignment> ONE_EACH =
      List.of(
          RoleAssignment.of("pm", List.of("ana")),
          RoleAssignment.of("so", List.of("bo")),
          RoleAssignment.of("dev", List.of("cy")));

  /**
   * Rows of the rule table: a case name, a matrix, its holders (or null), the policy, the expected
   * findings.
   */
  static Stream<Arguments> rules() {
    RaciPolicy standard = RaciPolicy.standard();
    return Stream.of(
        // RACI-001
        row(
            "no Accountable",
            Matrices.of("pm so dev", "plan: I R C"),
            ONE_EACH,
            standard,
            "ERROR RACI-001 [activity=plan, matrix=m] Activity 'plan' has no Accountable"),
        row(
            "DACI: no Approver",
            Matrices.of(RaciScheme.DACI, "pm so dev", "plan: I D C"),
            ONE_EACH,
            standard,
            "ERROR RACI-001 [activity=plan, matrix=m] Activity 'plan' has no Approver"),
        row("one Accountable", Matrices.of("pm so dev", "plan: A R C"), ONE_EACH, standard),
        // RACI-002
        row(
            "two Accountables",
            Matrices.of("pm so dev", "plan: A A R"),
            ONE_EACH,
            standard,
            "ERROR RACI-002 [activity=plan, matrix=m] Activity 'plan' has 2 Accountables: pm, so"),
        row("A/R counts once", Matrices.of("pm so dev", "plan: A/R C I"), ONE_EACH, standard),
        // RACI-003
        row(
            "no Responsible",
            Matrices.of("pm so dev", "plan: A C I"),
            ONE_EACH,
            standard,
            "ERROR RACI-003 [activity=plan, matrix=m] Activity 'plan' has no Responsible"),
        row(
            "DACI: the Driver does the work",
            Matrices.of(RaciScheme.DACI, "pm so dev", "plan: A D C"),
            ONE_EACH,
            standard),
        row(
            "DACI: no Driver",
            Matrices.of(RaciScheme.DACI, "pm so dev", "plan: A C I"),
            ONE_EACH,
            standard,
            "ERROR RACI-003 [activity=plan, matrix=m] Activity 'plan' has no Driver"),
        // RACI-004
        row(
            "empty cell on a critical activity",
            Matrices.of("pm so dev", "plan*: A R -", "build: I A R"),
            ONE_EACH,
            standard,
            "ERROR RACI-004 [activity=plan, role=dev, matrix=m] Critical activity 'plan' has no"
                + " letter for role 'dev'"),
        row(
            "empty cell on a non-critical activity",
            Matrices.of("pm so dev", "plan: A R -", "build: I A R"),
            ONE_EACH,
            standard),
        row(
            "only required roles must be filled",
            Matrices.of("pm so dev", "plan*: A R -", "build: I A R"),
            ONE_EACH,
            RaciPolicy.builder().addCriticalRequiredRoles("pm", "so").build()),
        // RACI-005
        row(
            "S is not a RACI letter",
            Matrices.of("pm so dev", "plan: A R S"),
            ONE_EACH,
            standard,
            "ERROR RACI-005 [activity=plan, role=dev, matrix=m] Letter 'S' on activity 'plan' for"
                + " role 'dev' is not defined by scheme RACI (letters R, A, C, I)"),
        row(
            "S is a RASCI letter",
            Matrices.of(RaciScheme.RASCI, "pm so dev", "plan: A R S"),
            ONE_EACH,
            standard),
        // RACI-006
        row(
            "idle role",
            Matrices.of("pm so dev", "plan: A R -"),
            ONE_EACH,
            standard,
            "WARNING RACI-006 [role=dev, matrix=m] Role 'dev' has no letter on any activity"),
        // RACI-007
        row(
            "six Consulted",
            Matrices.of("a b c d e f g h", "plan: A R C C C C C C"),
            people("a b c d e f g h"),
            standard,
            "WARNING RACI-007 [activity=plan, matrix=m] Activity 'plan' has 6 Consulted, more than"
                + " the limit of 5"),
        row(
            "five Consulted",
            Matrices.of("a b c d e f g", "plan: A R C C C C C"),
            people("a b c d e f g"),
            standard),
        // RACI-008
        row(
            "Accountable role held by two",
            Matrices.of("pm so dev", "plan: A R C"),
            List.of(
                RoleAssignment.of("pm", List.of("bo", "ana")),
                RoleAssignment.of("so", List.of("bo")),
                RoleAssignment.of("dev", List.of("cy"))),
            standard,
            "ERROR RACI-008 [role=pm, matrix=m] Role 'pm' is Accountable on 1 activity but held by"
                + " 2 people: ana, bo"),
        row(
            "Accountable role held by no one",
            Matrices.of("pm so dev", "plan: A R C", "build: A R I"),
            List.of(
                RoleAssignment.of("so", List.of("bo")), RoleAssignment.of("dev", List.of("cy"))),
            standard,
            "ERROR RACI-008 [role=pm, matrix=m] Role 'pm' is Accountable on 2 activities but held"
                + " by no person",
            "WARNING RACI-011 [role=pm, matrix=m] Role 'pm' has no person assigned"),
        row(
            "non-Accountable role held by two",
            Matrices.of("pm so dev", "plan: A R C"),
            List.of(
                RoleAssignment.of("pm", List.of("ana")),
                RoleAssignment.of("so", List.of("bo")),
                RoleAssignment.of("dev", List.of("cy", "dan"))),
            standard),
        // RACI-009
        row(
            "one person does and verifies",
            Matrices.of(RaciScheme.RACI_VS, "pm so dev", "plan: A R/V C"),
            ONE_EACH,
            standard,
            "ERROR RACI-009 [activity=plan, person=bo, matrix=m] Person 'bo' both does"
                + " (Responsible) and checks (Verifier) activity 'plan'"),
        row(
            "one person through two roles",
            Matrices.of(RaciScheme.RACI_VS, "pm so dev", "plan: A R S"),
            List.of(
                RoleAssignment.of("pm", List.of("ana")),
                RoleAssignment.of("so", List.of("cy")),
                RoleAssignment.of("dev", List.of("cy"))),
            standard,
            "ERROR RACI-009 [activity=plan, person=cy, matrix=m] Person 'cy' both does"
                + " (Responsible) and checks (Signatory) activity 'plan'"),
        row(
            "DACI: the Driver approves",
            Matrices.of(RaciScheme.DACI, "pm so dev", "plan: A/D C I"),
            ONE_EACH,
            standard,
            "ERROR RACI-009 [activity=plan, person=ana, matrix=m] Person 'ana' both does (Driver)"
                + " and checks (Approver) activity 'plan'"),
        row(
            "different people do and verify",
            Matrices.of(RaciScheme.RACI_VS, "pm so dev", "plan: A R V"),
            ONE_EACH,
            standard),
        row(
            "RACI: A/R is no conflict",
            Matrices.of("pm so dev", "plan: A/R C I"),
            ONE_EACH,
            standard),
        row(
            "conflicting roles in the policy",
            Matrices.of("pm so dev", "plan: A R C"),
            List.of(
                RoleAssignment.of("pm", List.of("ana")),
                RoleAssignment.of("so", List.of("ana")),
                RoleAssignment.of("dev", List.of("cy"))),
            RaciPolicy.builder().addConflictingRoles(RolePair.of("pm", "so")).build(),
            "ERROR RACI-009 [role=pm, person=ana, matrix=m] Person 'ana' holds conflicting roles"
                + " 'pm' and 'so'"),
        // RACI-010
        row(
            "Accountable beyond the limit",
            Matrices.of("pm so dev", "plan: A R C", "build: A R C"),
            ONE_EACH,
            RaciPolicy.builder().accountableLimit(1).build(),
            "WARNING RACI-010 [person=ana, matrix=m] Person 'ana' is Accountable for 2 activities,"
                + " more than the limit of 1"),
        row(
            "Responsible beyond the limit",
            Matrices.of("pm so dev", "plan: A R C", "build: A R C"),
            ONE_EACH,
            RaciPolicy.builder().responsibleLimit(1).build(),
            "WARNING RACI-010 [person=bo, matrix=m] Person 'bo' is Responsible for 2 activities,"
                + " more than the limit of 1"),
        row(
            "at the limit",
            Matrices.of("pm so dev", "plan: A R C", "build: A R C"),
            ONE_EACH,
            RaciPolicy.builder().accountableLimit(2).responsibleLimit(2).build()),
        // RACI-011
        row(
            "unstaffed role",
            Matrices.of("pm so dev", "plan: A R C"),
            List.of(
                RoleAssignment.of("pm", List.of("ana")),
                RoleAssignment.of("so", List.of("bo")),
                RoleAssignment.of("dev", List.of())),
            standard,
            "WARNING RACI-011 [role=dev, matrix=m] Role 'dev' has no person assigned"),
        // skipped without people
        row(
            "rules about people are skipped without role assignments",
            Matrices.of("pm so dev", "plan: A R C"),
            null,
            standard,
            "INFO RACI-008 [matrix=m] RACI-008 skipped: no role assignments were given, so who"
                + " holds each role is unknown",
            "INFO RACI-009 [matrix=m] RACI-009 skipped: no role assignments were given, so who"
                + " holds each role is unknown",
            "INFO RACI-010 [matrix=m] RACI-010 skipped: no role assignments were given, so who"
                + " holds each role is unknown",
            "INFO RACI-011 [matrix=m] RACI-011 skipped: no role assignments were given, so who"
                + " holds each role is unknown"),
        row(
            "a rule switched off is neither run nor reported as skipped",
            Matrices.of("pm so dev", "plan: I R C"),
            null,
            RaciPolicy.builder()
                .addDisabled(
                    RaciRule.NO_ACCOUNTABLE,
                    RaciRule.ACCOUNTABLE_NOT_ONE_PERSON,
                    RaciRule.SEGREGATION_OF_DUTIES,
                    RaciRule.OVERLOADED_PERSON,
                    RaciRule.UNSTAFFED_ROLE)
                .build()),
        row(
            "severities are configurable",
            Matrices.of("pm so dev", "plan: A R -"),
            ONE_EACH,
            RaciPolicy.builder().putSeverities(RaciRule.IDLE_ROLE, Severity.ERROR).build(),
            "ERROR RACI-006 [role=dev, matrix=m] Role 'dev' has no letter on any activity"));
  }

  private static Arguments row(
      String name,
      RaciMatrix matrix,
      List<RoleAssignment> holders,
      RaciPolicy policy,
      String... expected) {
    return Arguments.of(name, matrix, holders, policy, List.of(expected));
  }

  private static List<RoleAssignment> people(String roles) {
    return Stream.of(roles.split(" "))
        .map(r -> RoleAssignment.of(r, List.of("p-" + r)))
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void findsWhatEachRuleFinds(
      String name,
      RaciMatrix matrix,
      List<RoleAssignment> holders,
      RaciPolicy policy,
      List<String> expected) {
    RaciValidator validator = RaciValidator.of(policy);
    RaciReport report =
        holders == null ? validator.validate(matrix) : validator.validate(matrix, holders);
    assertThat(report.findings().findings())
        .extracting(Finding::toString)
        .containsExactlyElementsOf(expected);
  }

  @Test
  void findingsCarrySuggestedFixesAndExplainCounts() {
    RaciReport report =
        RaciValidator.standard()
            .validate(
                Matrices.of("a b c d e f g h", "plan: A R C C C C C C"), people("a b c d e f g h"));
    Finding finding = report.findings().findings().get(0);
    assertThat(finding.suggestedFix()).contains("Inform some of them instead of consulting them");
    assertThat(finding.explanation())
        .hasValueSatisfying(
            e -> {
              assertThat(e.result()).isEqualTo(6);
              assertThat(e.formula())
                  .isEqualTo("count of roles consulted on the activity: c, d, e, f, g, h");
            });
  }

  @Test
  void reportsLoadsAndCoverage() {
    RaciMatrix m = Matrices.of("pm so dev", "plan: A/R C I", "build: I A R", "test: C A R");
    RaciReport report =
        RaciValidator.standard()
            .validate(
                m,
                List.of(
                    RoleAssignment.of("pm", List.of("ana")),
                    RoleAssignment.of("so", List.of("bo")),
                    RoleAssignment.of("dev", List.of("cy", "ana"))));
    assertThat(report.matrix()).isEqualTo("m");
    assertThat(report.personLoads())
        .containsExactly(
            PersonLoad.of("ana", 1, 3), PersonLoad.of("bo", 2, 0), PersonLoad.of("cy", 0, 2));
    assertThat(report.roleCoverage())
        .containsExactly(
            RoleCoverage.builder()
                .role("pm")
                .activities(3)
                .accountable(1)
                .responsible(1)
                .people(1)
                .build(),
            RoleCoverage.builder()
                .role("so")
                .activities(3)
                .accountable(2)
                .responsible(0)
                .people(1)
                .build(),
            RoleCoverage.builder()
                .role("dev")
                .activities(3)
                .accountable(0)
                .responsible(2)
                .people(2)
                .build());
    assertThat(report.isValid()).isTrue();
    assertThat(RaciValidator.standard().validate(m).roleCoverage().get(0).people())
        .isEqualTo(OptionalInt.empty());
    assertThat(RaciValidator.standard().validate(m).personLoads()).isEmpty();
  }

  @Test
  void aPersonHoldingTwoRolesOnOneActivityCountsOnce() {
    RaciReport report =
        RaciValidator.standard()
            .validate(
                Matrices.of("pm so", "plan: A R"),
                List.of(
                    RoleAssignment.of("pm", List.of("ana")),
                    RoleAssignment.of("so", List.of("ana"))));
    assertThat(report.personLoads()).containsExactly(PersonLoad.of("ana", 1, 1));
  }

  @Test
  void duplicateAssignmentsOfARoleCountAsOne() {
    RaciReport report =
        RaciValidator.standard()
            .validate(
                Matrices.of("pm so", "plan: A R"),
                List.of(
                    RoleAssignment.of("pm", List.of("ana")),
                    RoleAssignment.of("pm", List.of("ana")),
                    RoleAssignment.of("so", List.of("bo"))));
    assertThat(report.findings().findings()).isEmpty();
  }

  @Test
  void theStandardValidatorUsesTheStandardPolicy() {
    assertThat(RaciValidator.standard().policy()).isEqualTo(RaciPolicy.standard());
    assertThat(
            RaciValidator.of(RaciPolicy.builder().consultedLimit(2).build())
                .policy()
                .consultedLimit())
        .isEqualTo(2);
    assertThat(Subject.model()).isNotNull();
  }

  @Test
  void aValidatorSurvivesSerializationWithItsPolicy() {
    RaciPolicy policy =
        RaciPolicy.builder()
            .addDisabled(RaciRule.IDLE_ROLE)
            .putSeverities(RaciRule.TOO_MANY_CONSULTED, Severity.ERROR)
            .consultedLimit(1)
            .accountableLimit(2)
            .responsibleLimit(3)
            .addCriticalRequiredRoles("pm")
            .addConflictingRoles(RolePair.of("pm", "so"))
            .build();
    RaciValidator copy = SerializableTester.reserialize(RaciValidator.of(policy));
    assertThat(copy.policy()).isEqualTo(policy);
    RaciMatrix matrix = Matrices.of("pm so dev", "plan: A/R C C");
    assertThat(copy.validate(matrix, ONE_EACH))
        .isEqualTo(RaciValidator.of(policy).validate(matrix, ONE_EACH));
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> RaciValidator.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RaciValidator.standard().validate(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> RaciValidator.standard().validate(Matrices.of("pm", "plan: A/R"), null))
        .isInstanceOf(NullPointerException.class);
  }
}
