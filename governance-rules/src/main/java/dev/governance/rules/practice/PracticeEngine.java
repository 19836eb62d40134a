package dev.governance.rules.practice;

import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.model.GovernanceModel;
import dev.governance.rules.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Runs the governance practice rules {@code GOV-001} to {@code GOV-010} over a model as of a day.
 * Immutable and thread-safe: one instance serves many threads. Each finding names the roles to
 * tell ({@link dev.governance.rules.Finding#notifyRoles()}): the program manager and the system owner
 * where both sides are concerned.
 */
public final class PracticeEngine {

  private static final PracticeEngine STANDARD = new PracticeEngine(PracticePolicy.builder().build());

  private final PracticePolicy policy;

  private PracticeEngine(PracticePolicy policy) {
    this.policy = policy;
  }

  /** Returns the engine with the standard policy. */
  public static PracticeEngine standard() {
    return STANDARD;
  }

  /** Returns an engine with {@code policy}. */
  public static PracticeEngine of(PracticePolicy policy) {
    return new PracticeEngine(Objects.requireNonNull(policy, "policy"));
  }

  /** Returns the policy. */
  public PracticePolicy policy() {
    return policy;
  }

  /**
   * Reviews {@code model} as of {@code asOf}, counting business days on weekends only.
   *
   * @param model the model
   * @param asOf the day the review judges by
   * @return the findings
   */
  public ValidationReport review(GovernanceModel model, LocalDate asOf) {
    return review(model, asOf, weekends(model, asOf));
  }

  /**
   * Reviews {@code model} as of {@code asOf}, counting business days on {@code calendar}.
   *
   * @param model the model
   * @param asOf the day the review judges by
   * @param calendar the business days; it must cover the model's practice dates and {@code asOf}
   * @return the findings
   */
  public ValidationReport review(GovernanceModel model, LocalDate asOf, HolidayCalendar calendar) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(calendar, "calendar");
    return ValidationReport.of(new PracticeChecks(policy, model, asOf, calendar).findings());
  }

  /** Returns a weekends-only calendar over every year the model's practice records and {@code asOf} touch. */
  private static HolidayCalendar weekends(GovernanceModel model, LocalDate asOf) {
    List<LocalDate> days = Stream.of(
            model.meetings().stream().map(m -> m.heldOn()),
            model.disagreements().stream().map(d -> d.raisedOn()),
            model.roadmapWindows().stream().flatMap(w -> Stream.of(w.start(), w.end())),
            model.milestones().stream().map(m -> m.due()),
            Stream.of(asOf))
        .flatMap(s -> s)
        .toList();
    int first = days.stream().mapToInt(LocalDate::getYear).min().orElseThrow() - 1;
    int last = days.stream().mapToInt(LocalDate::getYear).max().orElseThrow() + 2;
    return HolidayCalendar.of("weekends", first, last, List.of());
  }
}
