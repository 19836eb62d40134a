package dev.governance.core.portfolio;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import dev.governance.core.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProjectTest {

  static Project.Builder web() {
    return Project.builder()
        .id("web")
        .name("Web shop")
        .start(LocalDate.of(2023, 1, 1))
        .finish(LocalDate.of(2024, 6, 30));
  }

  @Test
  void holdsOwnerManagerAndBudget() {
    Project p =
        web()
            .program("omni")
            .owner("ana")
            .manager("bo")
            .budget(Money.parse("5000000", "EUR"))
            .build();
    assertThat(p.program()).contains("omni");
    assertThat(p.owner()).contains("ana");
    assertThat(p.manager()).contains("bo");
    assertThat(p.budget()).contains(Money.parse("5000000", "EUR"));
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(web().build(), web().build())
        .addEqualityGroup(web().owner("ana").build())
        .addEqualityGroup(web().program("omni").build())
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> web().budget(Money.parse("-5", "EUR")).build(),
        "Invalid governance data: budget = -5 EUR: expected an amount >= 0");
    rejects(
        () ->
            Project.builder()
                .id("web")
                .name("Web")
                .start(LocalDate.of(2024, 1, 1))
                .finish(LocalDate.of(2023, 1, 1))
                .build(),
        "Invalid governance data: finish = 2023-01-01: expected a date on or after start"
            + " 2024-01-01");
    rejects(
        () -> web().manager("b o").build(),
        "Invalid governance data: manager = 'b o': expected an id of 1 to 128 letters, digits or ."
            + " _ : / + - starting with a letter or digit");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(Project.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(web().build());
  }
}
