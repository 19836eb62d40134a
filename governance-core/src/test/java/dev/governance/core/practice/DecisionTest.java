package dev.governance.core.practice;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DecisionTest {

  static Decision.Builder goLive() {
    return Decision.builder()
        .id("dec-click-collect")
        .title("Go live inside the freeze with hypercare")
        .decidedOn(LocalDate.of(2025, 11, 12))
        .decidedBy("steering-committee")
        .rationale("The season's revenue outweighs the freeze's risk")
        .addImpacts("Hypercare team on call until 2026-01-15", "No other change in the freeze")
        .addOptions("Go live after the freeze", "Go live inside it with hypercare")
        .addRelatesTo("click-collect-freeze", "click-collect-go-live");
  }

  @Test
  void recordsWhatWasDecidedWhyAndWithWhatImpacts() {
    Decision d = goLive().build();
    assertThat(d.decidedBy()).isEqualTo("steering-committee");
    assertThat(d.impacts()).hasSize(2);
    assertThat(d.relatesTo()).containsExactly("click-collect-freeze", "click-collect-go-live");
    assertThat(d.withImpacts().impacts()).isEmpty();
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(goLive().build(), goLive().build())
        .addEqualityGroup(goLive().build().withDecidedBy("lea"))
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> goLive().build().withRationale(" "),
        "Invalid governance data: rationale = ' ': expected a non-blank text");
    rejects(
        () -> goLive().addImpacts("").build(),
        "Invalid governance data: impacts[2] = '': expected a non-blank text");
    rejects(
        () -> goLive().addOptions(" ").build(),
        "Invalid governance data: options[2] = ' ': expected a non-blank text");
    rejects(
        () -> goLive().addRelatesTo("click-collect-freeze").build(),
        "Invalid governance data: relatesTo[2] = 'click-collect-freeze': expected no repeated"
            + " entries");
    rejects(
        () -> goLive().build().withDecidedBy("the board"),
        "Invalid governance data: decidedBy = 'the board': expected an id of 1 to 128 letters,"
            + " digits or . _ : / + - starting with a letter or digit");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(Decision.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(goLive().build());
  }
}
