package dev.governance.rules.risk;

import dev.governance.core.risk.Treatment;
import dev.governance.rules.Explanation;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One risk of the register, rated: its inherent and residual scores (0 to 10), its level on the
 * register's matrix, where it stands against the appetite, the treatment the rating suggests and
 * when it is next due for review.
 */
@Value.Immutable
abstract class AbstractRiskRating {

  /** Returns the risk's id. */
  public abstract String risk();

  /**
   * Returns the inherent score, 10 x L x I / (max L x max I), if the risk has an inherent
   * assessment.
   */
  public abstract Optional<Explanation> inherent();

  /**
   * Returns the residual score: that of the residual assessment if there is one, else the inherent
   * score less the combined effectiveness of the risk's controls.
   */
  public abstract Optional<Explanation> residual();

  /** Returns the level on the register's matrix of the assessment reviews are timed by. */
  public abstract Optional<RiskScore> level();

  /**
   * Returns where the residual score stands against the appetite of the risk's category (or the
   * default one).
   */
  public abstract Optional<AppetiteStatus> appetite();

  /**
   * Returns the treatment the rating suggests: accept within appetite; mitigate within tolerance;
   * beyond it, avoid at the matrix's highest level, transfer a rare but severe risk (lowest
   * likelihood, highest impact), else mitigate.
   */
  public abstract Optional<Treatment> recommendation();

  /**
   * Returns when the risk is next due for review: the last review (or identification) plus its
   * level's cadence.
   */
  public abstract Optional<LocalDate> nextReview();
}
