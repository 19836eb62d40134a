package dev.governance.rules.steering;

import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.practice.Waiver;
import dev.governance.rules.Finding;
import dev.governance.rules.RoleHolders;
import dev.governance.rules.Subject;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.Waived;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Applies a model's waivers to the findings of every engine and reports on the waivers themselves
 * ({@code WAIVER-001} to {@code WAIVER-004}). Immutable and thread-safe.
 *
 * <p>A waiver matches a finding when their rule codes are equal and every key of the waiver's
 * subject has the same id in the finding's subject (the finding may name more). A waiver is applied
 * on the day judged when its approver holds an approving role ({@link
 * WaiverPolicy#approverRoles()}), its code may be waived ({@link WaiverPolicy#notWaivable()}) and
 * the day lies from its first to its last day; each finding it matches is then marked {@link
 * Finding#waived()}. This is the one place waivers are matched: every report and output reads the
 * marks.
 *
 * <p>Each waiver gives at most one finding: {@code WAIVER-003} if it is not applied for want of
 * authority or because its code cannot be waived; otherwise {@code WAIVER-002} if it matches no
 * finding, {@code WAIVER-001} if it matches findings but its last day has passed (they are active
 * again), or {@code WAIVER-004} if it is in force and its last day is no more than {@link
 * WaiverPolicy#reminderBusinessDays()} business days away. Findings about waivers are never waived
 * themselves: a waiver of a {@code WAIVER} code matches no finding.
 *
 * <p>For example, on the omni-channel demo, whose committee accepted its go-live in a freeze:
 *
 * <pre>{@code
 * LocalDate asOf = LocalDate.of(2025, 12, 31);
 * ValidationReport practice = PracticeEngine.standard().review(model, asOf);
 * WaiverReview review =
 *     WaiverEngine.standard().review(model, practice, asOf, HolidayCalendar.weekends());
 * List<Finding> waived = review.mark(practice).waived(); // GOV-005, until 2026-01-15
 * List<Finding> about = review.findings().findings(); // WAIVER-001: a waiver expired
 * }</pre>
 */
public final class WaiverEngine {

  private static final WaiverEngine STANDARD = new WaiverEngine(WaiverPolicy.standard());

  private final WaiverPolicy policy;

  private WaiverEngine(WaiverPolicy policy) {
    this.policy = policy;
  }

  /** Returns the engine with the standard policy ({@link WaiverPolicy#standard()}). */
  public static WaiverEngine standard() {
    return STANDARD;
  }

  /**
   * Returns an engine with {@code policy}.
   *
   * @throws NullPointerException if {@code policy} is null
   */
  public static WaiverEngine of(WaiverPolicy policy) {
    return new WaiverEngine(Objects.requireNonNull(policy, "policy"));
  }

  /** Returns the policy. */
  public WaiverPolicy policy() {
    return policy;
  }

  /**
   * Reviews the waivers of {@code model} against {@code findings} as of {@code asOf}.
   *
   * @param model the model whose waivers, roles and role assignments are read
   * @param findings every engine's findings over the model, none yet waived
   * @param asOf the day judged
   * @param calendar the business days the reminder counts; it must cover the days from {@code asOf}
   *     to the reminder's limit
   * @return the findings each applied waiver accepts, and the findings about the waivers
   * @throws dev.governance.core.GovernanceValidationException if {@code calendar} does not cover a
   *     reminder's days
   */
  public WaiverReview review(
      GovernanceModel model, ValidationReport findings, LocalDate asOf, HolidayCalendar calendar) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(calendar, "calendar");
    RoleHolders holders = RoleHolders.of(model);
    // each finding indexed by code and by each of its subject ids, so that a waiver reads only the
    // findings that share its code and its first subject id: waivers times findings would not scale
    Map<List<String>, List<Finding>> index = new HashMap<>();
    for (Finding f : findings.findings()) {
      f.subject()
          .ids()
          .forEach(
              (key, id) ->
                  index.computeIfAbsent(List.of(f.code(), key, id), k -> new ArrayList<>()).add(f));
    }
    Map<Finding, Waived> waived = new LinkedHashMap<>();
    List<Finding> about = new ArrayList<>();
    for (Waiver w : model.waivers()) {
      Map.Entry<String, String> first = w.subject().entrySet().iterator().next();
      List<Finding> matches =
          index
              .getOrDefault(List.of(w.code(), first.getKey(), first.getValue()), List.of())
              .stream()
              .filter(f -> matches(w, f))
              .collect(Collectors.toList());
      Optional<String> refused = refusal(w, holders);
      if (refused.isPresent()) {
        about.add(
            finding(
                WaiverRule.NOT_APPLIED,
                w,
                "Waiver '" + w.id() + "' of " + w.code() + " is not applied: " + refused.get(),
                "Have a holder of an approving role ("
                    + String.join(", ", policy.approverRoles())
                    + ") approve a waiver of a code that may be waived, or resolve the finding"));
      } else if (matches.isEmpty()) {
        about.add(
            finding(
                WaiverRule.STALE,
                w,
                "Waiver '"
                    + w.id()
                    + "' of "
                    + w.code()
                    + " for "
                    + w.subject()
                    + " matches no finding",
                "Remove the waiver, or correct its code or subject"));
      } else if (asOf.isAfter(w.until())) {
        about.add(
            finding(
                WaiverRule.EXPIRED,
                w,
                "Waiver '"
                    + w.id()
                    + "' of "
                    + w.code()
                    + " expired on "
                    + w.until()
                    + "; "
                    + (matches.size() == 1
                        ? "its finding is"
                        : "its " + matches.size() + " findings are")
                    + " active again",
                "Renew the waiver with a new decision, or resolve the finding"));
      } else if (w.appliesOn(asOf)) {
        Waived mark = Waived.of(w.id(), w.until()).withReason(w.reason());
        matches.forEach(f -> waived.merge(f, mark, WaiverEngine::longer));
        if (expiresSoon(w, asOf, calendar)) {
          about.add(
              finding(
                  WaiverRule.EXPIRING,
                  w,
                  "Waiver '"
                      + w.id()
                      + "' of "
                      + w.code()
                      + " expires on "
                      + w.until()
                      + ", within "
                      + policy.reminderBusinessDays()
                      + " business days",
                  "Renew it with a decision, or resolve the finding before it expires"));
        }
      }
    }
    return WaiverReview.builder().putAllWaived(waived).findings(ValidationReport.of(about)).build();
  }

  /**
   * Returns whether {@code waiver} matches {@code finding}: the same code, and every key of the
   * waiver's subject with the same id in the finding's.
   */
  static boolean matches(Waiver waiver, Finding finding) {
    if (!waiver.code().equals(finding.code())) {
      return false;
    }
    Map<String, String> ids = finding.subject().ids();
    return waiver.subject().entrySet().stream()
        .allMatch(key -> key.getValue().equals(ids.get(key.getKey())));
  }

  /** Returns why {@code waiver} cannot be applied, or empty if it can. */
  private Optional<String> refusal(Waiver waiver, RoleHolders holders) {
    List<String> reasons = new ArrayList<>();
    // a listed role's holders include the holders of every role that plays it
    boolean authorised =
        policy.approverRoles().stream()
            .anyMatch(role -> holders.holders(role).contains(waiver.approvedBy()));
    if (!authorised) {
      reasons.add(
          waiver.approvedBy()
              + ", who approved it, holds none of the approving roles "
              + String.join(", ", policy.approverRoles()));
    }
    if (policy.notWaivable().contains(waiver.code())) {
      reasons.add("the policy marks " + waiver.code() + " as not waivable");
    }
    return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; and ", reasons));
  }

  /**
   * Returns whether the waiver's last day is no more than the reminder's business days after {@code
   * asOf}. Within as many calendar days it always is, so the calendar is read only beyond.
   */
  private boolean expiresSoon(Waiver waiver, LocalDate asOf, HolidayCalendar calendar) {
    int days = policy.reminderBusinessDays();
    return ChronoUnit.DAYS.between(asOf, waiver.until()) <= days
        || !waiver.until().isAfter(calendar.shift(asOf, days));
  }

  /** Of two marks of one finding, the one in force longest (then the first waiver by id). */
  private static Waived longer(Waived a, Waived b) {
    return Comparator.comparing(Waived::until)
                .thenComparing(Waived::id, Comparator.reverseOrder())
                .compare(a, b)
            >= 0
        ? a
        : b;
  }

  private Finding finding(WaiverRule rule, Waiver waiver, String message, String fix) {
    return Finding.builder()
        .code(rule.code())
        .severity(policy.severity(rule))
        .subject(Subject.builder().waiver(waiver.id()).build())
        .message(message)
        .suggestedFix(fix)
        .addAllNotifyRoles(policy.approverRoles())
        .addNotifyPeople(waiver.approvedBy())
        .build();
  }
}
