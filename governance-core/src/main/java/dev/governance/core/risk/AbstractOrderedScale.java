package dev.governance.core.risk;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.noDuplicates;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.immutables.value.Value;

/**
 * An ordered scale of likelihood or impact: levels with strictly increasing values and distinct
 * labels, such as the five qualitative levels of NIST SP 800-30 Rev. 1 (Appendix G, Table G-2 for
 * likelihood; Appendix H, Table H-3 for impact).
 */
@Value.Immutable
abstract class AbstractOrderedScale {

  /** Returns the scale's name, such as {@code likelihood}. */
  @Value.Parameter
  public abstract String name();

  /** Returns the levels from lowest to highest. */
  @Value.Parameter
  public abstract ImmutableList<ScaleLevel> levels();

  /**
   * Returns the five-level scale of NIST SP 800-30 Rev. 1 Appendices G and H: 1 Very Low, 2 Low, 3
   * Moderate, 4 High, 5 Very High.
   *
   * @param name the scale's name, such as {@code likelihood} or {@code impact}
   * @return the scale
   */
  public static OrderedScale nistFiveLevel(String name) {
    return OrderedScale.of(
        name,
        ImmutableList.of(
            ScaleLevel.of(1, "Very Low"),
            ScaleLevel.of(2, "Low"),
            ScaleLevel.of(3, "Moderate"),
            ScaleLevel.of(4, "High"),
            ScaleLevel.of(5, "Very High")));
  }

  /**
   * Returns a three-level scale: 1 Low, 2 Medium, 3 High.
   *
   * @param name the scale's name
   * @return the scale
   */
  public static OrderedScale threeLevel(String name) {
    return OrderedScale.of(
        name,
        ImmutableList.of(
            ScaleLevel.of(1, "Low"), ScaleLevel.of(2, "Medium"), ScaleLevel.of(3, "High")));
  }

  /**
   * Returns the level with value {@code value}.
   *
   * @param value a level value
   * @return the level, or empty if the scale has none with that value
   */
  public Optional<ScaleLevel> level(int value) {
    return levels().stream().filter(l -> l.value() == value).findFirst();
  }

  /**
   * Returns the level labelled {@code label}, ignoring case.
   *
   * @param label a level label
   * @return the level, or empty if the scale has none with that label
   */
  public Optional<ScaleLevel> level(String label) {
    Objects.requireNonNull(label, "label");
    return levels().stream().filter(l -> l.label().equalsIgnoreCase(label)).findFirst();
  }

  /** Returns the lowest level. */
  public ScaleLevel lowest() {
    return levels().get(0);
  }

  /** Returns the highest level. */
  public ScaleLevel highest() {
    return levels().get(levels().size() - 1);
  }

  /**
   * Returns the 0-based rank of the level with value {@code value}, so that scales with gaps
   * ({@code 1, 3, 5, 7, 9}) can still index a matrix.
   *
   * @param value a level value
   * @return its rank from 0 (lowest), or -1 if the scale has no such level
   */
  public int rank(int value) {
    return IntStream.range(0, levels().size())
        .filter(i -> levels().get(i).value() == value)
        .findFirst()
        .orElse(-1);
  }

  @Value.Check
  protected void validate() {
    notBlank(name(), "name");
    check(levels().size() >= 2, "levels", levels(), "at least two levels");
    for (int i = 1; i < levels().size(); i++) {
      check(
          levels().get(i).value() > levels().get(i - 1).value(),
          "levels[" + i + "].value",
          levels().get(i).value(),
          "a value above the previous level's " + levels().get(i - 1).value());
    }
    noDuplicates(
        levels().stream().map(l -> l.label().toLowerCase(Locale.ROOT)).collect(Collectors.toList()),
        "levels.label");
  }
}
