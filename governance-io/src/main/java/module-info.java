/**
 * Reading and writing governance models, policies, RACI sheets and loss scenarios: strict JSON with
 * published schemas ({@code GovernanceJson.schema()}, {@code PolicyJson.schema()}) and located load
 * errors.
 */
module dev.governance.io {
  requires transitive dev.governance.rules;
  requires dev.governance.json;
  requires com.fasterxml.jackson.core;

  exports dev.governance.io;
}
