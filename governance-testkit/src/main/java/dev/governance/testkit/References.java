package dev.governance.testkit;

import java.util.List;

/**
 * The ids a generated part may refer to. A model generator passes the ids of the parts it has
 * already made; a standalone generator passes {@link #standalone()}.
 */
record References(
    List<String> people,
    List<String> roles,
    List<String> units,
    List<String> projects,
    List<String> systems,
    List<String> deliverables,
    List<String> controls,
    List<String> perspectives,
    List<String> kpis,
    List<String> regulations,
    List<String> triggers) {

  static References standalone() {
    return new References(
        List.of("person-1", "person-2", "person-3"),
        List.of("program-manager", "system-owner", "dpo"),
        List.of("it", "business"),
        List.of("project-1", "project-2"),
        List.of("system-1", "system-2"),
        List.of("deliverable-1", "deliverable-2"),
        List.of("control-1", "control-2"),
        List.of("financial", "customer"),
        List.of("kpi-1", "kpi-2"),
        List.of("GDPR", "SOX"),
        List.of("personal-data-breach", "cybersecurity-incident"));
  }
}
