package dev.governance.core.risk;

import static dev.governance.core.ArgChecker.identifier;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One assessment of a risk at one stage: the likelihood and impact levels (values of the model's
 * likelihood and impact scales), when and by whom.
 */
@Value.Immutable
abstract class AbstractRiskAssessment {

  /** Returns the stage assessed. */
  public abstract AssessmentStage stage();

  /** Returns the likelihood level's value on the model's likelihood scale. */
  public abstract int likelihood();

  /** Returns the impact level's value on the model's impact scale. */
  public abstract int impact();

  /** Returns the day of the assessment. */
  public abstract LocalDate assessedOn();

  /** Returns the id of the person who assessed, if recorded. */
  public abstract Optional<String> assessor();

  /** Returns why these levels were chosen, if recorded. */
  public abstract Optional<String> rationale();

  @Value.Check
  protected void validate() {
    assessor().ifPresent(a -> identifier(a, "assessor"));
  }
}
