package dev.governance.core.portfolio;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import dev.governance.core.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgramTest {

  static Program.Builder omniChannel() {
    return Program.builder()
        .id("omni")
        .name("Omni-channel")
        .budget(Money.parse("45000000", "EUR"))
        .baselineStart(LocalDate.of(2023, 1, 1))
        .baselineFinish(LocalDate.of(2025, 12, 31));
  }

  @Test
  void holdsProjectsInOrder() {
    Program program =
        omniChannel().addProjects("web", "stores").programManager("ana").goal("Grow sales").build();
    assertThat(program.projects()).containsExactly("web", "stores");
    assertThat(program.programManager()).contains("ana");
    assertThat(program.goal()).contains("Grow sales");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(omniChannel().build(), omniChannel().build())
        .addEqualityGroup(omniChannel().addProjects("web").build())
        .addEqualityGroup(omniChannel().programManager("ana").build())
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> omniChannel().addProjects("web", "web").build(),
        "Invalid governance data: projects[1] = 'web': expected no repeated entries");
    rejects(
        () ->
            Program.builder()
                .id("p")
                .name("P")
                .budget(Money.parse("-1", "EUR"))
                .baselineStart(LocalDate.of(2026, 1, 1))
                .baselineFinish(LocalDate.of(2026, 1, 1))
                .build(),
        "Invalid governance data: budget = -1 EUR: expected an amount >= 0");
    rejects(
        () ->
            Program.builder()
                .id("p")
                .name("P")
                .budget(Money.parse("1", "EUR"))
                .baselineStart(LocalDate.of(2026, 1, 2))
                .baselineFinish(LocalDate.of(2026, 1, 1))
                .build(),
        "Invalid governance data: baselineFinish = 2026-01-01: expected a date on or after"
            + " baselineStart 2026-01-02");
    rejects(
        () -> omniChannel().programManager("").build(),
        "Invalid governance data: programManager = '': expected an id of 1 to 128 letters, digits"
            + " or . _ : / + - starting with a letter or digit");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(Program.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(omniChannel().build());
  }
}
