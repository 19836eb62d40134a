/** A consumer of governance-io and governance-report on the module path. */
module report {
  requires dev.governance.io;
  requires dev.governance.report;
}
