package dev.governance.core.risk;

/** How a risk is treated (ISO 31000 section 6.5, in the four-option form GRC tools use). */
public enum Treatment {
  /** Keep the risk as it is, with an acceptance record. */
  ACCEPT,
  /** Reduce likelihood or impact with controls. */
  MITIGATE,
  /** Share the risk with a third party, such as an insurer. */
  TRANSFER,
  /** Stop the activity that gives rise to the risk. */
  AVOID
}
