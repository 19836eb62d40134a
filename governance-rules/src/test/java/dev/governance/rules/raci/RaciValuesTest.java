package dev.governance.rules.raci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import dev.governance.core.GovernanceValidationException;
import dev.governance.rules.Severity;
import dev.governance.rules.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The RACI engine's small value types: rules, policy, role pairs, loads, coverage and the report.
 */
class RaciValuesTest {

  @Test
  void rulesHaveTheirPublishedCodesAndDefaults() {
    assertThat(Arrays.stream(RaciRule.values()).map(RaciRule::code))
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
    assertThat(
            Arrays.stream(RaciRule.values()).filter(r -> r.defaultSeverity() == Severity.WARNING))
        .containsExactly(
            RaciRule.IDLE_ROLE,
            RaciRule.TOO_MANY_CONSULTED,
            RaciRule.OVERLOADED_PERSON,
            RaciRule.UNSTAFFED_ROLE);
    assertThat(Arrays.stream(RaciRule.values()).filter(RaciRule::needsPeople))
        .containsExactly(
            RaciRule.ACCOUNTABLE_NOT_ONE_PERSON,
            RaciRule.SEGREGATION_OF_DUTIES,
            RaciRule.OVERLOADED_PERSON,
            RaciRule.UNSTAFFED_ROLE);
  }

  @Test
  void standardPolicyHasTheIssuesDefaults() {
    RaciPolicy policy = RaciPolicy.standard();
    assertThat(policy.consultedLimit()).isEqualTo(5);
    assertThat(policy.accountableLimit()).isEqualTo(15);
    assertThat(policy.responsibleLimit()).isEqualTo(25);
    assertThat(policy.criticalRequiredRoles()).isEmpty();
    assertThat(Arrays.stream(RaciRule.values()))
        .allSatisfy(
            r -> {
              assertThat(policy.enabled(r)).isTrue();
              assertThat(policy.severity(r)).isEqualTo(r.defaultSeverity());
            });
    RaciPolicy custom =
        RaciPolicy.builder()
            .addDisabled(RaciRule.IDLE_ROLE)
            .putSeverities(RaciRule.NO_RESPONSIBLE, Severity.WARNING)
            .build();
    assertThat(custom.enabled(RaciRule.IDLE_ROLE)).isFalse();
    assertThat(custom.severity(RaciRule.NO_RESPONSIBLE)).isEqualTo(Severity.WARNING);
  }

  @Test
  void policyRejectsNegativeLimitsAndMalformedRoles() {
    assertThatThrownBy(() -> RaciPolicy.builder().consultedLimit(-1).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: consultedLimit = -1: expected an integer >= 0");
    assertThatThrownBy(() -> RaciPolicy.builder().accountableLimit(-1).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: accountableLimit = -1: expected an integer >= 0");
    assertThatThrownBy(() -> RaciPolicy.builder().responsibleLimit(-2).build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: responsibleLimit = -2: expected an integer >= 0");
    assertThatThrownBy(() -> RaciPolicy.builder().addCriticalRequiredRoles("a b").build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: criticalRequiredRoles[0] = 'a b': expected an id of 1 to 128"
                + " letters, digits or . _ : / + - starting with a letter or digit");
  }

  @Test
  void policiesAndRolePairsSurviveSerialization() {
    SerializableTester.reserializeAndAssert(RaciPolicy.standard());
    SerializableTester.reserializeAndAssert(
        RaciPolicy.builder()
            .addDisabled(RaciRule.IDLE_ROLE, RaciRule.UNSTAFFED_ROLE)
            .putSeverities(RaciRule.NO_RESPONSIBLE, Severity.WARNING)
            .consultedLimit(0)
            .accountableLimit(7)
            .responsibleLimit(9)
            .addCriticalRequiredRoles("pm", "so")
            .addConflictingRoles(RolePair.of("pm", "so"), RolePair.of("so", "dev"))
            .build());
  }

  @Test
  void aRolePairReadFromAStreamIsCheckedAgain() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(RolePair.of("role-aaa", "role-bbb"));
    }
    // the same stream with the second role made equal to the first, which the factory rejects
    byte[] tampered = replace(bytes.toByteArray(), "role-bbb", "role-aaa");
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(tampered))) {
      assertThatThrownBy(in::readObject)
          .isInstanceOf(GovernanceValidationException.class)
          .hasMessage(
              "Invalid governance data: second = 'role-aaa': expected a role other than the first");
    }
  }

  private static byte[] replace(byte[] data, String from, String to) {
    byte[] target = from.getBytes(StandardCharsets.US_ASCII);
    byte[] replacement = to.getBytes(StandardCharsets.US_ASCII);
    byte[] result = data.clone();
    for (int i = 0; i + target.length <= data.length; i++) {
      if (Arrays.equals(data, i, i + target.length, target, 0, target.length)) {
        System.arraycopy(replacement, 0, result, i, replacement.length);
        return result;
      }
    }
    throw new AssertionError("not in the stream: " + from);
  }

  @Test
  void rolePairsNeedTwoDifferentRoles() {
    assertThat(RolePair.of("program-manager", "system-owner"))
        .hasToString("program-manager + system-owner");
    assertThatThrownBy(() -> RolePair.of("pm", "pm"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: second = 'pm': expected a role other than the first");
    assertThatThrownBy(() -> RolePair.of("", "pm"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: first = '': expected an id of 1 to 128 letters, digits or . _"
                + " : / + - starting with a letter or digit");
  }

  @Test
  void loadsAndCoverageRejectNegativeCounts() {
    assertThatThrownBy(() -> PersonLoad.of("ana", -1, 0))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: accountable = -1: expected an integer >= 0");
    assertThatThrownBy(() -> PersonLoad.of("ana", 0, -1))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: responsible = -1: expected an integer >= 0");
    assertThatThrownBy(
            () ->
                RoleCoverage.builder()
                    .role("pm")
                    .activities(-1)
                    .accountable(0)
                    .responsible(0)
                    .build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: activities = -1: expected an integer >= 0");
    assertThatThrownBy(
            () ->
                RoleCoverage.builder()
                    .role("pm")
                    .activities(0)
                    .accountable(0)
                    .responsible(0)
                    .people(-1)
                    .build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: people = -1: expected an integer >= 0");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(PersonLoad.of("ana", 1, 2), PersonLoad.of("ana", 1, 2))
        .addEqualityGroup(PersonLoad.of("ana", 2, 1))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RolePair.of("a", "b"), RolePair.of("a", "b"))
        .addEqualityGroup(RolePair.of("b", "a"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RaciPolicy.standard(), RaciPolicy.builder().consultedLimit(5).build())
        .addEqualityGroup(RaciPolicy.builder().consultedLimit(4).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            RaciReport.builder().matrix("m").findings(ValidationReport.empty()).build(),
            RaciReport.builder().matrix("m").findings(ValidationReport.empty()).build())
        .addEqualityGroup(
            RaciReport.builder().matrix("n").findings(ValidationReport.empty()).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            RoleCoverage.builder().role("pm").activities(1).accountable(1).responsible(0).build(),
            RoleCoverage.builder().role("pm").activities(1).accountable(1).responsible(0).build())
        .addEqualityGroup(
            RoleCoverage.builder()
                .role("pm")
                .activities(1)
                .accountable(1)
                .responsible(0)
                .people(1)
                .build())
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(ValidationReport.class, ValidationReport.empty());
    tester.testAllPublicInstanceMethods(RaciPolicy.standard());
    tester.testAllPublicInstanceMethods(RaciPolicy.builder());
    tester.testAllPublicStaticMethods(RolePair.class);
    tester.testAllPublicStaticMethods(PersonLoad.class);
    tester.testAllPublicInstanceMethods(RoleCoverage.builder());
    tester.testAllPublicInstanceMethods(RaciReport.builder());
  }
}
