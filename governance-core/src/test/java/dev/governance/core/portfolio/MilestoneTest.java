package dev.governance.core.portfolio;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MilestoneTest {

  static Milestone.Builder goLive() {
    return Milestone.builder()
        .id("go-live")
        .name("Platform go-live")
        .kind(MilestoneKind.GO_LIVE)
        .due(LocalDate.of(2024, 9, 1));
  }

  @Test
  void belongsToAProgramOrAProject() {
    assertThat(goLive().program("omni").build().program()).contains("omni");
    assertThat(
            Milestone.builder()
                .id("m")
                .name("M")
                .due(LocalDate.of(2024, 1, 1))
                .project("web")
                .build()
                .kind())
        .isEqualTo(MilestoneKind.MILESTONE);
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(goLive().program("omni").build(), goLive().program("omni").build())
        .addEqualityGroup(goLive().project("web").build())
        .addEqualityGroup(
            Milestone.builder()
                .id("go-live")
                .name("Platform go-live")
                .kind(MilestoneKind.PHASE_GATE)
                .due(LocalDate.of(2024, 9, 1))
                .program("omni")
                .build())
        .testEquals();
  }

  @Test
  void rejectsNeitherOrBothOwners() {
    rejects(
        () -> goLive().build(),
        "Invalid governance data: program = '<missing>, project <missing>': expected exactly one of"
            + " program and project");
    rejects(
        () -> goLive().program("omni").project("web").build(),
        "Invalid governance data: program = 'omni, project web': expected exactly one of program"
            + " and project");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(Milestone.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(goLive().program("omni").build());
  }
}
