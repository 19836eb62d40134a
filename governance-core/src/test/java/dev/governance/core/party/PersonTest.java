package dev.governance.core.party;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import org.junit.jupiter.api.Test;

class PersonTest {

  @Test
  void holdsOptionalContactAndUnit() {
    Person ana =
        Person.builder().id("ana").name("Ana Lima").email("ana@retail.example").unit("it").build();
    assertThat(ana.email()).contains("ana@retail.example");
    assertThat(ana.unit()).contains("it");
    assertThat(Person.of("bo", "Bo").email()).isEmpty();
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(Person.of("ana", "Ana"), Person.builder().id("ana").name("Ana").build())
        .addEqualityGroup(Person.of("ana", "Ana L."))
        .addEqualityGroup(Person.builder().id("ana").name("Ana").unit("it").build())
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> Person.of("ana lima", "Ana"),
        "Invalid governance data: id = 'ana lima': expected an id of 1 to 128 letters, digits or ."
            + " _ : / + - starting with a letter or digit");
    rejects(
        () -> Person.of("ana", ""),
        "Invalid governance data: name = '': expected a non-blank text");
    rejects(
        () -> Person.builder().id("ana").name("Ana").email("ana.example").build(),
        "Invalid governance data: email = 'ana.example': expected an address of the form"
            + " name@domain");
    rejects(
        () -> Person.builder().id("ana").build(),
        "Invalid governance data: name = <missing>: expected a value (required attribute)");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(Person.class);
    ValueContract.nullTester().testAllPublicInstanceMethods(Person.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(Person.of("ana", "Ana"));
  }
}
