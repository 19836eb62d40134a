package dev.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.governance.core.GovernanceValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FindingTest {

  static Finding noAccountable(String activity) {
    return Finding.builder()
        .code("RACI-001")
        .severity(Severity.ERROR)
        .subject(Subject.builder().activity(activity).build())
        .message("Activity '" + activity + "' has no Accountable")
        .suggestedFix("Give exactly one role an A on this activity")
        .build();
  }

  @Test
  void peopleAreSortedWithoutRepeatsAndEmptyByDefault() {
    Finding finding = noAccountable("a");
    assertThat(finding.people()).isEmpty();
    assertThat(finding.withPeople(List.of("cy", "ana", "cy")).people())
        .containsExactly("ana", "cy");
  }

  @Test
  void printsSeverityCodeSubjectAndMessage() {
    assertThat(noAccountable("deploy"))
        .hasToString("ERROR RACI-001 [activity=deploy] Activity 'deploy' has no Accountable");
  }

  @Test
  void namesTheRolesToTell() {
    assertThat(noAccountable("deploy").notifyRoles()).isEmpty();
    assertThat(
            noAccountable("deploy")
                .withNotifyRoles("program-manager", "system-owner")
                .notifyRoles())
        .containsExactly("program-manager", "system-owner");
  }

  @Test
  void carriesAnExplanationWhereANumberWasJudged() {
    Finding f =
        Finding.builder()
            .code("RISK-004")
            .severity(Severity.WARNING)
            .subject(Subject.builder().risk("r1").build())
            .message("Residual score above appetite")
            .explanation(Explanation.of("residual score", 12, "4 x 3"))
            .build();
    assertThat(f.explanation().map(Explanation::result)).contains(12.0);
  }

  @Test
  void ordersBySeverityThenCodeThenSubjectThenMessage() {
    Finding warning = noAccountable("a").withSeverity(Severity.WARNING);
    assertThat(noAccountable("z")).isLessThan(warning);
    assertThat(noAccountable("a")).isLessThan(noAccountable("b"));
    assertThat(noAccountable("a")).isLessThan(noAccountable("a").withCode("RACI-002"));
    assertThat(noAccountable("a")).isLessThan(noAccountable("a").withMessage("Zzz"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"RACI-1", "raci-001", "RACI001", "RACI-0001", "-001", "RACI-00A"})
  void rejectsMalformedCodes(String code) {
    assertThatThrownBy(() -> noAccountable("a").withCode(code))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: code = '"
                + code
                + "': expected a rule code such as RACI-001");
  }

  @Test
  void rejectsBlankMessagesAndFixes() {
    assertThatThrownBy(() -> noAccountable("a").withMessage(""))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: message = '': expected a non-blank text");
    assertThatThrownBy(() -> noAccountable("a").withSuggestedFix(" "))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: suggestedFix = ' ': expected a non-blank text");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(noAccountable("a"), noAccountable("a"))
        .addEqualityGroup(noAccountable("b"))
        .addEqualityGroup(noAccountable("a").withSeverity(Severity.INFO))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicInstanceMethods(Finding.builder());
    new NullPointerTester()
        .setDefault(Subject.class, Subject.model())
        .setDefault(Finding.class, noAccountable("x"))
        .testAllPublicInstanceMethods(noAccountable("a"));
  }
}
