package dev.governance.core.risk;

import static dev.governance.core.ArgChecker.check;

import com.google.common.collect.ImmutableList;
import dev.governance.core.GovernanceValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A loss frequency or magnitude as people write it (Open FAIR, The Open Group Risk Analysis O-RA,
 * section 5): {@code poisson:RATE} events a year, {@code probability:P} of one event a year, a
 * {@code lognormal90:LOW,HIGH} magnitude with 90 % of losses between the two, or a {@code
 * pert:MIN,MODE,MAX} magnitude. The same text is read from a model's loss scenarios, a scenarios
 * file and the {@code simulate} command's options.
 */
@Value.Immutable
abstract class AbstractLossSpec {

  /** The distributions a spec can name. */
  public enum Kind {
    /** A Poisson count of events a year: one parameter, the rate, at least 0. */
    POISSON("poisson", true, 1),
    /** At most one event a year, with a probability from 0 to 1. */
    PROBABILITY("probability", true, 1),
    /** A lognormal magnitude whose 90 % interval is LOW..HIGH, 0 &lt; LOW &lt; HIGH. */
    LOGNORMAL90("lognormal90", false, 2),
    /** A PERT magnitude MIN..MODE..MAX, 0 &lt;= MIN &lt;= MODE &lt;= MAX, MIN &lt; MAX. */
    PERT("pert", false, 3);

    private final String code;
    private final boolean frequency;
    private final int parameters;

    Kind(String code, boolean frequency, int parameters) {
      this.code = code;
      this.frequency = frequency;
      this.parameters = parameters;
    }

    /** Returns the name written before the colon, such as {@code poisson}. */
    public String code() {
      return code;
    }

    /** Returns whether the kind is a frequency (else a magnitude). */
    public boolean isFrequency() {
      return frequency;
    }
  }

  private static final String FREQUENCY = "poisson:RATE or probability:P";
  private static final String MAGNITUDE = "lognormal90:LOW,HIGH or pert:MIN,MODE,MAX";

  /** Returns the distribution named. */
  @Value.Parameter
  public abstract Kind kind();

  /** Returns the parameters, as many as the kind takes, in the order written. */
  @Value.Parameter
  public abstract ImmutableList<Double> parameters();

  /**
   * Returns the frequency written {@code poisson:RATE} or {@code probability:P}.
   *
   * @param text the spec
   * @param field the field name used in an error
   * @return the spec
   * @throws GovernanceValidationException naming the field, the text and what was expected
   */
  public static LossSpec frequency(String text, String field) {
    return parse(text, field, true);
  }

  /**
   * Returns the magnitude written {@code lognormal90:LOW,HIGH} or {@code pert:MIN,MODE,MAX}.
   *
   * @param text the spec
   * @param field the field name used in an error
   * @return the spec
   * @throws GovernanceValidationException naming the field, the text and what was expected
   */
  public static LossSpec magnitude(String text, String field) {
    return parse(text, field, false);
  }

  private static LossSpec parse(String text, String field, boolean frequency) {
    Objects.requireNonNull(text, field);
    String expected = frequency ? FREQUENCY : MAGNITUDE;
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw GovernanceValidationException.of(field, text, expected);
    }
    String name = text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
    for (Kind kind : Kind.values()) {
      if (kind.code.equals(name) && kind.frequency == frequency) {
        List<Double> numbers = new ArrayList<>();
        for (String number : text.substring(colon + 1).split(",", -1)) {
          try {
            numbers.add(Double.parseDouble(number.trim()));
          } catch (NumberFormatException e) {
            throw GovernanceValidationException.of(field, text, expected);
          }
        }
        try {
          return LossSpec.of(kind, numbers);
        } catch (GovernanceValidationException e) {
          throw GovernanceValidationException.of(
              field, text, expected + ", " + e.violations().get(0).expected());
        }
      }
    }
    throw GovernanceValidationException.of(field, text, expected);
  }

  /**
   * Returns the spec as written: {@code lognormal90:10000,200000}. {@link #frequency} or {@link
   * #magnitude} reads it back as an equal spec, so a negative zero is written {@code -0.0}: a spec
   * of -0.0 does not equal one of 0.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(kind().code).append(':');
    for (int i = 0; i < parameters().size(); i++) {
      double p = parameters().get(i);
      boolean whole = p == Math.rint(p) && Math.abs(p) < 1e15 && Double.compare(p, -0.0) != 0;
      text.append(i == 0 ? "" : ",").append(whole ? Long.toString((long) p) : p);
    }
    return text.toString();
  }

  @Value.Check
  protected void validate() {
    List<Double> p = parameters();
    check(
        p.size() == kind().parameters && p.stream().allMatch(Double::isFinite),
        "parameters",
        p,
        kind().parameters + " finite numbers for " + kind().code);
    switch (kind()) {
      case POISSON:
        check(p.get(0) >= 0, "parameters", p, "a rate >= 0");
        break;
      case PROBABILITY:
        check(p.get(0) >= 0 && p.get(0) <= 1, "parameters", p, "a probability from 0 to 1");
        break;
      case LOGNORMAL90:
        check(p.get(0) > 0 && p.get(1) > p.get(0), "parameters", p, "0 < LOW < HIGH");
        break;
      default:
        check(
            p.get(0) >= 0 && p.get(0) <= p.get(1) && p.get(1) <= p.get(2) && p.get(0) < p.get(2),
            "parameters",
            p,
            "0 <= MIN <= MODE <= MAX with MIN < MAX");
    }
  }
}
