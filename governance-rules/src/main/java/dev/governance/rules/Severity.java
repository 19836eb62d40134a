package dev.governance.rules;

/** How serious a finding is, from most to least; every rule's default is configurable. */
public enum Severity {
  /** The data breaks a rule that must hold; a report with an error is not valid. */
  ERROR,
  /** The data is suspect and deserves a look. */
  WARNING,
  /** Worth knowing, such as a rule that was skipped for lack of data. */
  INFO
}
