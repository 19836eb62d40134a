package dev.governance.rules.kpi;

import static dev.governance.rules.kpi.Numbers.plain;

import dev.governance.rules.Explanation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The mean time from incidents' opening to an event of theirs (acknowledged, resolved), explained
 * with the total and the count: the one formula behind {@link IncidentStatistics}' and {@link
 * ServiceRecords}' MTTA and MTTR, whichever incidents each counts.
 */
final class MeanTime {

  private MeanTime() {}

  /**
   * Returns the mean of {@code durations}, explained, to be built once the caller added any inputs
   * of its own; empty when there are none.
   *
   * @param quantity what is computed, such as {@code MTTR minutes}
   * @param event the event the durations run to, such as {@code resolved}
   * @param durations the time from opening to the event, one per incident
   * @param unit the unit's symbol in the formula, such as {@code min}
   * @param inUnit a duration in that unit
   */
  static Optional<Explanation.Builder> of(
      String quantity,
      String event,
      List<Duration> durations,
      String unit,
      ToDoubleFunction<Duration> inUnit) {
    if (durations.isEmpty()) {
      return Optional.empty();
    }
    double total = inUnit.applyAsDouble(durations.stream().reduce(Duration.ZERO, Duration::plus));
    return Optional.of(
        Explanation.builder()
            .quantity(quantity)
            .result(total / durations.size())
            .formula(
                "sum("
                    + event
                    + " - opened) / incidents "
                    + event
                    + " = "
                    + plain(total)
                    + " "
                    + unit
                    + " / "
                    + durations.size())
            .putInputs("incidents " + event, durations.size()));
  }
}
