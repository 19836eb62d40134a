package dev.governance.core.party;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import org.junit.jupiter.api.Test;

class OrganisationalUnitTest {

  @Test
  void mayHaveAParent() {
    assertThat(
            OrganisationalUnit.builder()
                .id("it-ops")
                .name("IT operations")
                .parent("it")
                .build()
                .parent())
        .contains("it");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(OrganisationalUnit.of("it", "IT"), OrganisationalUnit.of("it", "IT"))
        .addEqualityGroup(OrganisationalUnit.builder().id("it").name("IT").parent("corp").build())
        .addEqualityGroup(OrganisationalUnit.of("hr", "IT"))
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> OrganisationalUnit.builder().id("it").name("IT").parent("it").build(),
        "Invalid governance data: parent = 'it': expected the id of another unit than itself");
    rejects(
        () -> OrganisationalUnit.builder().id("it").name("IT").parent("a b").build(),
        "Invalid governance data: parent = 'a b': expected an id of 1 to 128 letters, digits or . _"
            + " : / + - starting with a letter or digit");
    rejects(
        () -> OrganisationalUnit.of("it", ""),
        "Invalid governance data: name = '': expected a non-blank text");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(OrganisationalUnit.class);
    ValueContract.nullTester().testAllPublicInstanceMethods(OrganisationalUnit.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(OrganisationalUnit.of("it", "IT"));
  }
}
