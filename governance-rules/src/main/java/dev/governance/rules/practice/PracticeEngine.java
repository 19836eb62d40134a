package dev.governance.rules.practice;

import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.model.GovernanceModel;
import dev.governance.rules.ValidationReport;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Runs the governance practice rules {@code GOV-001} to {@code GOV-011} over a model as of a day.
 * Immutable and thread-safe: one instance serves many threads. Each finding names the roles to tell
 * ({@link dev.governance.rules.Finding#notifyRoles()}): the program manager and the system owner
 * where both sides are concerned.
 *
 * <p>For example, on a model of a program whose records break three practices:
 *
 * <pre>{@code
 * ValidationReport practice = PracticeEngine.standard().review(model, LocalDate.of(2025, 12, 31));
 * List<Finding> lapses = practice.findings(); // GOV-004, GOV-005 and GOV-006
 * List<String> tell = lapses.get(0).notifyRoles(); // [program-manager, system-owner]
 * }</pre>
 */
public final class PracticeEngine {

  private static final PracticeEngine STANDARD =
      new PracticeEngine(PracticePolicy.builder().build());

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
   * Reviews {@code model} as of {@code asOf}, counting business days on weekends only ({@link
   * HolidayCalendar#weekends()}).
   *
   * @param model the model
   * @param asOf the day the review judges by
   * @return the findings
   */
  public ValidationReport review(GovernanceModel model, LocalDate asOf) {
    return review(model, asOf, HolidayCalendar.weekends());
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
}
