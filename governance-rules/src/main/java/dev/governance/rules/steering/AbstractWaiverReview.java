package dev.governance.rules.steering;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableMap;
import dev.governance.rules.Finding;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.Waived;
import org.immutables.value.Value;

/**
 * What the waivers of a model did to the findings judged: which findings each applied waiver
 * accepted, and the findings about the waivers themselves ({@code WAIVER-001} to {@code
 * WAIVER-004}). {@link #mark} carries the marks into any report of those findings, so that every
 * engine's report and the merged one agree.
 */
@Value.Immutable
abstract class AbstractWaiverReview {

  /**
   * Returns the findings waived, as they were found (unmarked), each with the mark of the waiver
   * that accepted it: of several waivers of one finding, the one in force longest.
   */
  public abstract ImmutableMap<Finding, Waived> waived();

  /** Returns the findings about the waivers: {@code WAIVER-001} to {@code WAIVER-004}. */
  public abstract ValidationReport findings();

  /**
   * Returns {@code report} with each finding this review waived marked ({@link
   * dev.governance.rules.Finding#waived()}); other findings are unchanged.
   *
   * @param report findings of the model reviewed, such as one engine's
   * @return the report, marked
   */
  public ValidationReport mark(ValidationReport report) {
    return ValidationReport.of(
        report.findings().stream()
            .map(
                f -> {
                  Waived mark = waived().get(f);
                  return mark == null ? f : f.withWaived(mark);
                })
            .collect(toImmutableList()));
  }
}
