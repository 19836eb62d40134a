/**
 * Reading and writing governance models, policies, RACI sheets and loss scenarios: strict JSON with
 * published schemas ({@code GovernanceJson.schema()}, {@code PolicyJson.schema()}), spreadsheets
 * ({@code .xlsx} and CSV) and located load errors.
 */
module dev.governance.io {
  requires transitive dev.governance.rules;
  requires dev.governance.json;
  requires transitive com.fasterxml.jackson.core;
  requires org.dhatim.fastexcel.reader;
  requires org.apache.commons.compress;

  exports dev.governance.io;
  exports dev.governance.io.sheet;
}
