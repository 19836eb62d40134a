package dev.governance.report.dashboard;

import dev.governance.report.Metric;
import dev.governance.report.Metrics;
import dev.governance.report.Section;
import dev.governance.report.Texts;
import dev.governance.report.Tone;
import dev.governance.rules.Severity;
import dev.governance.rules.deadline.Occurrence;
import dev.governance.rules.deadline.OccurrenceStatus;
import dev.governance.rules.kpi.NodeResult;
import dev.governance.rules.risk.AppetiteStatus;
import java.util.List;

/**
 * The dashboard's headline figures: findings, risks outside tolerance, deadlines, scorecard scores.
 */
final class SummaryLayout {

  private SummaryLayout() {}

  static Section section(Dashboard dashboard) {
    int errors = dashboard.health().findings().activeCount(Severity.ERROR);
    int warnings = dashboard.health().findings().activeCount(Severity.WARNING);
    long outside =
        dashboard.health().riskReport().ratings().stream()
            .filter(
                r ->
                    r.appetite().orElse(AppetiteStatus.WITHIN_APPETITE)
                        == AppetiteStatus.OUTSIDE_TOLERANCE)
            .count();
    List<Occurrence> occurrences = dashboard.health().occurrences();
    long overdue = occurrences.stream().filter(o -> o.status() == OccurrenceStatus.OVERDUE).count();
    long escalated =
        occurrences.stream().filter(o -> o.escalatedTo().isPresent() && !done(o)).count();
    long upcoming =
        occurrences.stream()
            .filter(o -> !done(o) && !o.dueDate().isBefore(dashboard.health().asOf()))
            .count();
    Metrics.Builder metrics =
        Metrics.builder()
            .id("summary-metrics")
            .title("At a glance")
            .addMetrics(count("ERROR findings", errors, Tone.CRITICAL, "every engine's checks"))
            .addMetrics(count("WARNING findings", warnings, Tone.WARNING, "every engine's checks"))
            .addMetrics(
                count(
                    "Risks outside tolerance",
                    outside,
                    Tone.CRITICAL,
                    "of " + dashboard.health().model().risks().size() + " risks"))
            .addMetrics(
                count("Deadlines overdue", overdue, Tone.CRITICAL, escalated + " escalated"))
            .addMetrics(
                Metric.builder()
                    .label("Deadlines ahead")
                    .value(String.valueOf(upcoming))
                    .tone(Tone.NEUTRAL)
                    .detail("next " + dashboard.health().daysAhead() + " days")
                    .build());
    for (NodeResult scorecard : dashboard.health().scorecards()) {
      metrics.addMetrics(
          Metric.builder()
              .label(scorecard.name())
              .value(
                  scorecard.score().isPresent()
                      ? Texts.number(100 * scorecard.score().getAsDouble(), 1) + " %"
                      : "no data")
              .tone(ScorecardLayout.tone(scorecard.status()))
              .detail(
                  scorecard
                      .trend()
                      .map(
                          t ->
                              ScorecardLayout.trend(t.direction()).arrow()
                                  + " "
                                  + t.direction().name().toLowerCase(java.util.Locale.ROOT))
                      .orElse("no trend"))
              .build());
    }
    return Section.builder().id("summary").title("Summary").addBlocks(metrics.build()).build();
  }

  private static boolean done(Occurrence o) {
    return o.status() == OccurrenceStatus.DONE_ON_TIME || o.status() == OccurrenceStatus.DONE_LATE;
  }

  private static Metric count(String label, long count, Tone whenAny, String detail) {
    return Metric.builder()
        .label(label)
        .value(String.valueOf(count))
        .tone(count > 0 ? whenAny : Tone.GOOD)
        .detail(detail)
        .build();
  }
}
