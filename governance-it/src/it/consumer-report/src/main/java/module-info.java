/** A consumer of governance-io, governance-report and governance-jackson on the module path. */
module report {
  requires dev.governance.io;
  requires dev.governance.report;
  requires dev.governance.jackson;
}
