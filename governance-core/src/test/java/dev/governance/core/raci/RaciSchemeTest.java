package dev.governance.core.raci;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import org.junit.jupiter.api.Test;

class RaciSchemeTest {

  @Test
  void theSameLetterMeansDifferentThingsInDifferentSchemes() {
    assertThat(RaciScheme.RASCI.meaning('S')).contains(Responsibility.SUPPORT);
    assertThat(RaciScheme.RACI_VS.meaning('S')).contains(Responsibility.SIGNATORY);
    assertThat(RaciScheme.RACI.meaning('S')).isEmpty();
    assertThat(RaciScheme.DACI.meaning('A')).contains(Responsibility.APPROVER);
    assertThat(RaciScheme.RACI.meaning('A')).contains(Responsibility.ACCOUNTABLE);
  }

  @Test
  void findsTheLetterOfAMeaning() {
    assertThat(RaciScheme.DACI.letterFor(Responsibility.DRIVER)).contains('D');
    assertThat(RaciScheme.RACI_VS.letterFor(Responsibility.VERIFIER)).contains('V');
    assertThat(RaciScheme.RACI.letterFor(Responsibility.DRIVER)).isEmpty();
  }

  @Test
  void standardSchemesHaveTheirLettersInOrder() {
    assertThat(RaciScheme.RACI.letters().keySet()).containsExactly('R', 'A', 'C', 'I');
    assertThat(RaciScheme.RASCI.letters().keySet()).containsExactly('R', 'A', 'S', 'C', 'I');
    assertThat(RaciScheme.RACI_VS.letters().keySet()).containsExactly('R', 'A', 'C', 'I', 'V', 'S');
    assertThat(RaciScheme.DACI.letters().keySet()).containsExactly('D', 'A', 'C', 'I');
    assertThat(RaciScheme.RACI_VS).hasToString("RACI-VS");
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(RaciScheme.RACI, RaciScheme.of("RACI", RaciScheme.RACI.letters()))
        .addEqualityGroup(RaciScheme.of("Mine", RaciScheme.RACI.letters()))
        .addEqualityGroup(RaciScheme.RASCI)
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> RaciScheme.of("X", ImmutableMap.of()),
        "Invalid governance data: letters = {}: expected at least one letter");
    rejects(
        () -> RaciScheme.of("X", ImmutableMap.of('r', Responsibility.RESPONSIBLE)),
        "Invalid governance data: letter = r: expected an upper-case letter A-Z");
    rejects(
        () ->
            RaciScheme.of(
                "X",
                ImmutableMap.of('R', Responsibility.RESPONSIBLE, 'D', Responsibility.RESPONSIBLE)),
        "Invalid governance data: letters = {R=RESPONSIBLE, D=RESPONSIBLE}: expected one letter per"
            + " meaning");
    rejects(
        () -> RaciScheme.of("", RaciScheme.RACI.letters()),
        "Invalid governance data: name = '': expected a non-blank text");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(RaciScheme.class);
    ValueContract.nullTester().testAllPublicInstanceMethods(RaciScheme.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(RaciScheme.RACI);
  }
}
