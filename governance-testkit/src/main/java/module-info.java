/**
 * Generators of governance data for property-based tests, with shrinking: valid and invalid models,
 * RACI, practice and risk register defects, hostile text, CVSS vectors, RFC 5545 recurrence rules,
 * service histories, loss scenarios, decisions and waivers, each a plain function of a {@code
 * RandomGenerator}.
 */
module dev.governance.testkit {
  requires transitive dev.governance.core;

  exports dev.governance.testkit;
}
