package dev.governance.core.portfolio;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import org.junit.jupiter.api.Test;

class DeliverableTest {

  static Deliverable.Builder checkout() {
    return Deliverable.builder().id("checkout").name("New checkout").project("web");
  }

  @Test
  void isNeitherCriticalNorMajorByDefault() {
    Deliverable d = checkout().build();
    assertThat(d.critical()).isFalse();
    assertThat(d.major()).isFalse();
    assertThat(checkout().critical(true).major(true).build().critical()).isTrue();
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(checkout().build(), checkout().critical(false).build())
        .addEqualityGroup(checkout().critical(true).build())
        .addEqualityGroup(checkout().major(true).build())
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> Deliverable.builder().id("d").name("D").project("").build(),
        "Invalid governance data: project = '': expected an id of 1 to 128 letters, digits or . _ :"
            + " / + - starting with a letter or digit");
    rejects(
        () -> Deliverable.builder().id("d").name("").project("p").build(),
        "Invalid governance data: name = '': expected a non-blank text");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(Deliverable.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(checkout().build());
  }
}
