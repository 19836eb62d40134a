/**
 * The JSON mapping of the governance model's values, derived from their Immutables accessors and
 * written and read through Jackson's streaming API, which appears in its signatures.
 */
module dev.governance.json {
  requires transitive dev.governance.core;
  requires transitive com.fasterxml.jackson.core;

  exports dev.governance.json;
}
