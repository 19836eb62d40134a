package dev.governance.report;

import static dev.governance.core.ArgChecker.notBlank;

import java.util.Optional;
import org.immutables.value.Value;

/** One headline figure: a label, its value as text, how good it is and a detail line. */
@Value.Immutable
abstract class AbstractMetric {

  /** Returns the label, such as {@code Open ERROR findings}. */
  public abstract String label();

  /** Returns the value as shown, such as {@code 3} or {@code 99.96 %}. */
  public abstract String value();

  /** Returns how good the value is. */
  public abstract Tone tone();

  /** Returns a detail line, such as the trend or how the value was computed, if any. */
  public abstract Optional<String> detail();

  @Value.Check
  protected void validate() {
    notBlank(label(), "label");
    notBlank(value(), "value");
  }
}
