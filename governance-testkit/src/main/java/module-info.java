/**
 * Generators of governance data for property-based tests: valid and invalid models, RACI, practice
 * and risk register defects, hostile text, CVSS vectors, RFC 5545 recurrence rules, service
 * histories, loss scenarios, decisions and waivers, each a plain function of a {@code
 * RandomGenerator}; a property runner that shrinks a failing value, and its JUnit 5 entry point.
 *
 * <p>JUnit Jupiter's API and params and governance-json are read only when present ({@code requires
 * static}): the JUnit entry point, {@code dev.governance.testkit.junit}, needs JUnit, which the
 * tests that use it have; it prints a model counterexample as JSON when governance-json is there.
 */
module dev.governance.testkit {
  requires transitive dev.governance.core;
  requires static transitive org.junit.jupiter.api;
  requires static transitive org.junit.jupiter.params;
  requires static dev.governance.json;

  exports dev.governance.testkit;
  exports dev.governance.testkit.junit;
}
