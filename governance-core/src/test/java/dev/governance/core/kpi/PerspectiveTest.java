package dev.governance.core.kpi;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import org.junit.jupiter.api.Test;

class PerspectiveTest {

  @Test
  void hasKaplanAndNortonsFour() {
    assertThat(Perspective.FINANCIAL.id()).isEqualTo("financial");
    assertThat(Perspective.CUSTOMER.id()).isEqualTo("customer");
    assertThat(Perspective.INTERNAL_PROCESS.id()).isEqualTo("internal-process");
    assertThat(Perspective.LEARNING_AND_GROWTH.id()).isEqualTo("learning-and-growth");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(Perspective.FINANCIAL, Perspective.of("financial", "Financial"))
        .addEqualityGroup(Perspective.of("system", "System"))
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> Perspective.of("sys tem", "System"),
        "Invalid governance data: id = 'sys tem': expected an id of 1 to 128 letters, digits or . _"
            + " : / + - starting with a letter or digit");
    rejects(
        () -> Perspective.of("system", ""),
        "Invalid governance data: name = '': expected a non-blank text");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(Perspective.class);
    ValueContract.nullTester().testAllPublicInstanceMethods(Perspective.builder());
  }
}
