package dev.governance.core.risk;

/** When in its life a risk was assessed. */
public enum AssessmentStage {
  /** Before any control: the raw exposure. */
  INHERENT,
  /** With the controls in place today. */
  CURRENT,
  /** After the planned treatment. */
  RESIDUAL,
  /** Where the organisation wants the risk to be. */
  TARGET
}
