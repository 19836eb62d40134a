/**
 * The governance engines (RACI, risk, KPI and deadline), the practice checks and the health check
 * that runs them all, with the findings, reports and explanations they return.
 *
 * <p>Holiday rules come from jollyday, whose configuration service (jollyday's JAXB reader) is
 * found through the service loader. The RFC 5545 recurrence library (dmfs lib-recur) is shaded into
 * this module's jar under {@code dev.governance.rules.internal.dmfs}, because its two jars split
 * the package {@code org.dmfs.rfc5545} and so cannot both be modules; that package is not exported.
 */
module dev.governance.rules {
  requires transitive dev.governance.core;
  requires de.focus_shift.jollyday.core;

  exports dev.governance.rules;
  exports dev.governance.rules.deadline;
  exports dev.governance.rules.health;
  exports dev.governance.rules.kpi;
  exports dev.governance.rules.practice;
  exports dev.governance.rules.raci;
  exports dev.governance.rules.risk;
  exports dev.governance.rules.risk.cvss;
  exports dev.governance.rules.risk.quant;
  exports dev.governance.rules.diff;
  exports dev.governance.rules.steering;
}
