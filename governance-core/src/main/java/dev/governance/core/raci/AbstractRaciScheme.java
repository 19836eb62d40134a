package dev.governance.core.raci;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A responsibility-assignment scheme: its name and the meaning of each of its letters. The four
 * standard schemes are constants; organisations may define their own.
 */
@Value.Immutable
abstract class AbstractRaciScheme {

  /** RACI: Responsible, Accountable, Consulted, Informed. */
  public static final RaciScheme RACI =
      RaciScheme.of(
          "RACI",
          ImmutableMap.of(
              'R', Responsibility.RESPONSIBLE,
              'A', Responsibility.ACCOUNTABLE,
              'C', Responsibility.CONSULTED,
              'I', Responsibility.INFORMED));

  /** RASCI: RACI plus Support. */
  public static final RaciScheme RASCI =
      RaciScheme.of(
          "RASCI",
          ImmutableMap.of(
              'R', Responsibility.RESPONSIBLE,
              'A', Responsibility.ACCOUNTABLE,
              'S', Responsibility.SUPPORT,
              'C', Responsibility.CONSULTED,
              'I', Responsibility.INFORMED));

  /** RACI-VS: RACI plus Verifier and Signatory. */
  public static final RaciScheme RACI_VS =
      RaciScheme.of(
          "RACI-VS",
          ImmutableMap.of(
              'R', Responsibility.RESPONSIBLE,
              'A', Responsibility.ACCOUNTABLE,
              'C', Responsibility.CONSULTED,
              'I', Responsibility.INFORMED,
              'V', Responsibility.VERIFIER,
              'S', Responsibility.SIGNATORY));

  /** DACI: Driver, Approver, Contributor, Informed. */
  public static final RaciScheme DACI =
      RaciScheme.of(
          "DACI",
          ImmutableMap.of(
              'D', Responsibility.DRIVER,
              'A', Responsibility.APPROVER,
              'C', Responsibility.CONTRIBUTOR,
              'I', Responsibility.INFORMED));

  /** Returns the scheme's name, such as {@code RASCI}. */
  @Value.Parameter
  public abstract String name();

  /** Returns each letter of the scheme with its meaning, in the scheme's order. */
  @Value.Parameter
  public abstract ImmutableMap<Character, Responsibility> letters();

  /**
   * Returns what {@code letter} means in this scheme.
   *
   * @param letter an upper-case letter
   * @return its meaning, or empty if the scheme does not define it
   */
  public Optional<Responsibility> meaning(char letter) {
    return Optional.ofNullable(letters().get(letter));
  }

  /**
   * Returns the letter that stands for {@code responsibility} in this scheme.
   *
   * @param responsibility a meaning
   * @return its letter, or empty if the scheme has no such meaning
   */
  public Optional<Character> letterFor(Responsibility responsibility) {
    Objects.requireNonNull(responsibility, "responsibility");
    return letters().entrySet().stream()
        .filter(e -> e.getValue() == responsibility)
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** Returns the scheme's name. */
  @Override
  public String toString() {
    return name();
  }

  @Value.Check
  protected void validate() {
    notBlank(name(), "name");
    check(!letters().isEmpty(), "letters", letters(), "at least one letter");
    letters().keySet().forEach(RaciCell::checkLetter);
    check(
        letters().values().stream().distinct().count() == letters().size(),
        "letters",
        letters(),
        "one letter per meaning");
  }
}
