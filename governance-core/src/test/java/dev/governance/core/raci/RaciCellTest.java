package dev.governance.core.raci;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RaciCellTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {"A|A", "A/R|A/R", "a, r|A/R", "AR|A/R", " r + s |R/S", "R/A/C|R/A/C"})
  void parsesCellsAsPeopleTypeThem(String text, String canonical) {
    RaciCell cell = RaciCell.parse(text);
    assertThat(cell).hasToString(canonical);
    assertThat(RaciCell.parse(cell.toString())).isEqualTo(cell);
  }

  @Test
  void acceptsEveryLetterFromAToZ() {
    assertThat(RaciCell.parse("a z").letters()).containsExactly('A', 'Z');
    assertThat(RaciCell.of(java.util.List.of('A', 'Z')).letters()).containsExactly('A', 'Z');
  }

  @Test
  void exposesItsLettersAsABitSet() {
    assertThat(RaciCell.parse("A").letterMask()).isEqualTo(1);
    assertThat(RaciCell.parse("A/R").letterMask()).isEqualTo(1 | 1 << ('R' - 'A'));
    assertThat(RaciCell.parse("Z").letterMask()).isEqualTo(1 << 25);
  }

  @Test
  void knowsItsLetters() {
    RaciCell cell = RaciCell.parse("A/R");
    assertThat(cell.contains('A')).isTrue();
    assertThat(cell.contains('C')).isFalse();
    assertThat(cell.letters()).containsExactly('A', 'R');
  }

  @Test
  void equalityIsByLettersInOrder() {
    new EqualsTester()
        .addEqualityGroup(
            RaciCell.parse("A/R"), RaciCell.parse("ar"), RaciCell.of(List.of('A', 'R')))
        .addEqualityGroup(RaciCell.parse("R/A"))
        .addEqualityGroup(RaciCell.parse("A"))
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> RaciCell.parse("A1"),
        "Invalid governance data: cell = 'A1': expected letters A-Z, optionally separated by / , +"
            + " or spaces");
    rejects(
        () -> RaciCell.parse("Ä"),
        "Invalid governance data: cell = 'Ä': expected letters A-Z, optionally separated by / , +"
            + " or spaces");
    rejects(
        () -> RaciCell.parse(" / "),
        "Invalid governance data: letters = []: expected at least one letter");
    rejects(
        () -> RaciCell.parse("A/a"),
        "Invalid governance data: letters[1] = A: expected no repeated entries");
    rejects(
        () -> RaciCell.of(List.of('r')),
        "Invalid governance data: letter = r: expected an upper-case letter A-Z");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(RaciCell.class);
    ValueContract.nullTester().testAllPublicInstanceMethods(RaciCell.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(RaciCell.parse("A"));
  }
}
