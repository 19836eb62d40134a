/** A consumer of governance-rules on the module path. */
module consumer {
  requires dev.governance.rules;
}
