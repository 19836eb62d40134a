package dev.governance.core.raci;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import org.junit.jupiter.api.Test;

class RaciActivityTest {

  @Test
  void isNotCriticalByDefault() {
    assertThat(RaciActivity.of("a1", "Define scope").critical()).isFalse();
    RaciActivity critical =
        RaciActivity.builder()
            .id("a1")
            .name("Define scope")
            .critical(true)
            .deliverable("scope")
            .build();
    assertThat(critical.critical()).isTrue();
    assertThat(critical.deliverable()).contains("scope");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            RaciActivity.of("a1", "Scope"),
            RaciActivity.builder().id("a1").name("Scope").critical(false).build())
        .addEqualityGroup(RaciActivity.builder().id("a1").name("Scope").critical(true).build())
        .addEqualityGroup(RaciActivity.of("a2", "Scope"))
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> RaciActivity.of("a 1", "Scope"),
        "Invalid governance data: id = 'a 1': expected an id of 1 to 128 letters, digits or . _ : /"
            + " + - starting with a letter or digit");
    rejects(
        () -> RaciActivity.of("a1", ""),
        "Invalid governance data: name = '': expected a non-blank text");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(RaciActivity.class);
    ValueContract.nullTester().testAllPublicInstanceMethods(RaciActivity.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(RaciActivity.of("a1", "Scope"));
  }
}
