package dev.governance.core.raci;

/**
 * What a letter in a responsibility matrix means. Each {@link RaciScheme} maps its letters to these
 * meanings, so that {@code S} can mean {@link #SUPPORT} in RASCI and {@link #SIGNATORY} in RACI-VS.
 */
public enum Responsibility {
  /** Does the work (R). */
  RESPONSIBLE,
  /** Answers for the outcome and approves the work; exactly one per activity (A). */
  ACCOUNTABLE,
  /** Helps the responsible party do the work (S in RASCI). */
  SUPPORT,
  /** Gives input before the work is done, two-way (C). */
  CONSULTED,
  /** Is told of progress or outcome, one-way (I). */
  INFORMED,
  /** Checks the work against its criteria (V in RACI-VS). */
  VERIFIER,
  /** Signs off the work (S in RACI-VS). */
  SIGNATORY,
  /** Drives the decision and does the work to reach it (D in DACI). */
  DRIVER,
  /** Makes the decision (A in DACI). */
  APPROVER,
  /** Contributes expertise to the decision (C in DACI). */
  CONTRIBUTOR;

  /** Returns whether this answers for the outcome: Accountable, or DACI's Approver. */
  public boolean answersForOutcome() {
    return this == ACCOUNTABLE || this == APPROVER;
  }

  /** Returns whether this does the work: Responsible, or DACI's Driver. */
  public boolean doesTheWork() {
    return this == RESPONSIBLE || this == DRIVER;
  }

  /** Returns whether this gives input before the work: Consulted, or DACI's Contributor. */
  public boolean givesInput() {
    return this == CONSULTED || this == CONTRIBUTOR;
  }

  /**
   * Returns whether this checks the work, so that the same person must not also do it (segregation
   * of duties): Verifier, Signatory, or DACI's Approver.
   */
  public boolean checksTheWork() {
    return this == VERIFIER || this == SIGNATORY || this == APPROVER;
  }
}
