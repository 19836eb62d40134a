package dev.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.practice.Waiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectTest {

  @Test
  void aWaiverNamesASubjectByTheKeysOfAFindingsSubject() {
    Subject.Builder every = Subject.builder();
    for (String key : Waiver.SUBJECT_KEYS) {
      switch (key) {
        case "activity" -> every.activity("x");
        case "role" -> every.role("x");
        case "person" -> every.person("x");
        case "risk" -> every.risk("x");
        case "kpi" -> every.kpi("x");
        case "obligation" -> every.obligation("x");
        case "program" -> every.program("x");
        case "system" -> every.system("x");
        case "deliverable" -> every.deliverable("x");
        case "change" -> every.change("x");
        case "document" -> every.document("x");
        case "cadence" -> every.cadence("x");
        case "disagreement" -> every.disagreement("x");
        case "milestone" -> every.milestone("x");
        case "matrix" -> every.matrix("x");
        case "waiver" -> every.waiver("x");
        default -> throw new AssertionError("a subject has no key " + key);
      }
    }
    assertThat(every.build().ids().keySet()).containsExactlyElementsOf(Waiver.SUBJECT_KEYS);
  }

  @Test
  void printsTheIdsPresent() {
    assertThat(Subject.builder().activity("deploy").role("pm").build())
        .hasToString("activity=deploy, role=pm");
    assertThat(Subject.builder().person("ana").risk("r1").kpi("k").obligation("o").build())
        .hasToString("person=ana, risk=r1, kpi=k, obligation=o");
    assertThat(Subject.model()).hasToString("model");
    assertThat(
            Subject.builder()
                .program("omni")
                .system("crm")
                .deliverable("d")
                .change("c")
                .document("doc")
                .cadence("sc")
                .disagreement("x")
                .milestone("go-live")
                .build())
        .hasToString(
            "program=omni, system=crm, deliverable=d, change=c, document=doc, cadence=sc,"
                + " disagreement=x, milestone=go-live");
    assertThat(Subject.builder().system("a").build())
        .isLessThan(Subject.builder().system("b").build());
    assertThat(Subject.builder().system("crm").activity("a1").build().ids())
        .containsExactly(
            java.util.Map.entry("activity", "a1"), java.util.Map.entry("system", "crm"));
  }

  @Test
  void itsKeysAreTheKeysAWaiverMayName() {
    Subject every =
        Subject.builder()
            .activity("a")
            .role("r")
            .person("p")
            .risk("k")
            .kpi("i")
            .obligation("o")
            .program("g")
            .system("s")
            .deliverable("d")
            .change("c")
            .document("doc")
            .cadence("sc")
            .disagreement("x")
            .milestone("m")
            .matrix("mx")
            .waiver("w")
            .build();
    assertThat(every.ids().keySet())
        .containsExactlyElementsOf(dev.governance.core.practice.Waiver.SUBJECT_KEYS);
    assertThat(Subject.builder().waiver("w-1").build()).hasToString("waiver=w-1");
  }

  @Test
  void ordersByEachIdInTurnAbsentFirst() {
    Subject model = Subject.model();
    Subject a1 = Subject.builder().activity("a1").build();
    Subject a1pm = Subject.builder().activity("a1").role("pm").build();
    Subject a2 = Subject.builder().activity("a2").build();
    Subject risk = Subject.builder().risk("r").build();
    assertThat(model).isLessThan(risk);
    assertThat(risk).isLessThan(a1);
    assertThat(a1).isLessThan(a1pm);
    assertThat(a1pm).isLessThan(a2);
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(Subject.builder().risk("r").build(), Subject.builder().risk("r").build())
        .addEqualityGroup(Subject.builder().kpi("r").build())
        .addEqualityGroup(Subject.model())
        .testEquals();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "activity",
        "role",
        "person",
        "risk",
        "kpi",
        "obligation",
        "program",
        "system",
        "deliverable",
        "change",
        "document",
        "cadence",
        "disagreement",
        "milestone",
        "matrix"
      })
  void rejectsMalformedIds(String field) {
    Subject.Builder builder = Subject.builder();
    switch (field) {
      case "activity" -> builder.activity("ana lima");
      case "role" -> builder.role("ana lima");
      case "person" -> builder.person("ana lima");
      case "risk" -> builder.risk("ana lima");
      case "kpi" -> builder.kpi("ana lima");
      case "obligation" -> builder.obligation("ana lima");
      case "program" -> builder.program("ana lima");
      case "system" -> builder.system("ana lima");
      case "deliverable" -> builder.deliverable("ana lima");
      case "change" -> builder.change("ana lima");
      case "document" -> builder.document("ana lima");
      case "cadence" -> builder.cadence("ana lima");
      case "disagreement" -> builder.disagreement("ana lima");
      case "milestone" -> builder.milestone("ana lima");
      default -> builder.matrix("ana lima");
    }
    assertThatThrownBy(builder::build)
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: "
                + field
                + " = 'ana lima': expected an id of 1 to 128 letters, digits or . _ : / + -"
                + " starting with a letter or digit");
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicInstanceMethods(Subject.builder());
    new NullPointerTester().testAllPublicInstanceMethods(Subject.model());
  }
}
