/**
 * Generators of governance data for property-based tests: valid and invalid models, RACI, practice
 * and risk register defects and hostile text, each a plain function of a {@code RandomGenerator}.
 */
module dev.governance.testkit {
  requires transitive dev.governance.core;

  exports dev.governance.testkit;
}
