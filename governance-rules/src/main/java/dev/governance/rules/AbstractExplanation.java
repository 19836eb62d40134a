package dev.governance.rules;

import static dev.governance.core.ArgChecker.finite;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * How a number was computed: what it is, its value, the formula with the numbers that went in, the
 * named inputs, and the explanations of the inputs that were themselves computed. For example a
 * CVSS v3.1 base score explains itself as {@code base score = 5.0 = roundup(min(6.42*0.56 + 3.89,
 * 10))}, with the impact and exploitability sub-scores as children.
 */
@Value.Immutable
abstract class AbstractExplanation {

  /** Returns what was computed, such as {@code base score}. */
  public abstract String quantity();

  /** Returns the computed value. */
  public abstract double result();

  /**
   * Returns the formula with the numbers substituted, such as {@code roundup(min(6.42*0.56 + 3.89,
   * 10))}.
   */
  public abstract String formula();

  /** Returns the named inputs, in the order the formula uses them. */
  public abstract ImmutableMap<String, Double> inputs();

  /** Returns the explanations of inputs that were themselves computed, in order. */
  public abstract ImmutableList<Explanation> children();

  /**
   * Returns an explanation without named inputs or children.
   *
   * @param quantity what was computed
   * @param result the computed value
   * @param formula the formula with its numbers
   * @return the explanation
   * @throws dev.governance.core.GovernanceValidationException if the quantity or formula is blank
   *     or the result is not finite
   */
  public static Explanation of(String quantity, double result, String formula) {
    return Explanation.builder().quantity(quantity).result(result).formula(formula).build();
  }

  /**
   * Returns {@code quantity = result = formula}, such as {@code base score = 5.0 = roundup(...)}.
   */
  @Override
  public String toString() {
    return quantity() + " = " + plain(result()) + " = " + formula();
  }

  /**
   * Returns the whole explanation as indented lines: this one, its inputs ({@code where impact =
   * 6.42}), then each child one level deeper.
   *
   * @return the text, lines separated by {@code \n}
   */
  public String render() {
    StringBuilder text = new StringBuilder();
    render(text, "");
    return text.toString();
  }

  private void render(StringBuilder text, String indent) {
    text.append(indent).append(this);
    if (!inputs().isEmpty()) {
      text.append(
          inputs().entrySet().stream()
              .map(e -> e.getKey() + " = " + plain(e.getValue()))
              .collect(Collectors.joining(", ", "\n" + indent + "  where ", "")));
    }
    for (Explanation child : children()) {
      text.append('\n');
      ((AbstractExplanation) child).render(text, indent + "  ");
    }
  }

  /**
   * Formats a number as its shortest decimal text without exponent: {@code 5.0}, {@code
   * 43650000.0}, {@code 0.56}.
   */
  private static String plain(double value) {
    return BigDecimal.valueOf(value).toPlainString();
  }

  @Value.Check
  protected void validate() {
    notBlank(quantity(), "quantity");
    finite(result(), "result");
    notBlank(formula(), "formula");
    inputs().forEach((name, value) -> finite(value, "inputs." + name));
  }
}
