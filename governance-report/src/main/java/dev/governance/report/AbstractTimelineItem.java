package dev.governance.report;

import static dev.governance.core.ArgChecker.notBlank;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** One dated item of a {@link Timeline}, such as a compliance deadline and its status. */
@Value.Immutable
abstract class AbstractTimelineItem {

  /** Returns the date. */
  public abstract LocalDate date();

  /** Returns the label. */
  public abstract String label();

  /** Returns the status as words, such as {@code OVERDUE 4 business days}. */
  public abstract String status();

  /** Returns how good it is. */
  public abstract Tone tone();

  /** Returns to whom it has been escalated, if anyone. */
  public abstract Optional<String> escalatedTo();

  @Value.Check
  protected void validate() {
    notBlank(label(), "label");
    notBlank(status(), "status");
  }
}
