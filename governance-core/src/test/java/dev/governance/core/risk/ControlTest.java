package dev.governance.core.risk;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ControlTest {

  static Control.Builder encryption() {
    return Control.builder().id("enc").name("Encryption at rest").effectiveness(0.7);
  }

  @Test
  void acceptsTheWholeRange() {
    assertThat(Control.builder().id("c").name("C").effectiveness(0).build().effectiveness())
        .isZero();
    assertThat(
            encryption().evidenceDate(LocalDate.of(2024, 1, 1)).owner("cy").build().evidenceDate())
        .contains(LocalDate.of(2024, 1, 1));
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(encryption().build(), encryption().build())
        .addEqualityGroup(
            Control.builder().id("enc").name("Encryption at rest").effectiveness(0.8).build())
        .addEqualityGroup(encryption().owner("cy").build())
        .testEquals();
  }

  @Test
  void rejectsEffectivenessOutsideZeroToOne() {
    rejects(
        () -> Control.builder().id("c").name("C").effectiveness(1.5).build(),
        "Invalid governance data: effectiveness = 1.5: expected a number from 0 to 1");
    rejects(
        () -> Control.builder().id("c").name("C").effectiveness(-0.1).build(),
        "Invalid governance data: effectiveness = -0.1: expected a number from 0 to 1");
    rejects(
        () -> Control.builder().id("c").name("C").effectiveness(Double.NaN).build(),
        "Invalid governance data: effectiveness = NaN: expected a number from 0 to 1");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(Control.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(encryption().build());
  }
}
