/**
 * Renders a health report as text, Markdown, JSON, SARIF, CSV, XLSX, iCalendar and an HTML
 * dashboard, and writes RACI matrices, risk registers and KPI observations as XLSX workbooks.
 */
module dev.governance.report {
  requires transitive dev.governance.rules;
  requires dev.governance.json;
  requires transitive com.fasterxml.jackson.core;
  requires org.dhatim.fastexcel;

  exports dev.governance.report;
  exports dev.governance.report.calendar;
  exports dev.governance.report.dashboard;
  exports dev.governance.report.diff;
  exports dev.governance.report.findings;
  exports dev.governance.report.html;
  exports dev.governance.report.sheet;
  exports dev.governance.report.text;
}
