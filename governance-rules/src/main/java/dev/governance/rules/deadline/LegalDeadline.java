package dev.governance.rules.deadline;

import static dev.governance.core.ArgChecker.check;

import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.compliance.TimeLimit;
import dev.governance.core.compliance.TimeLimitUnit;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Legal deadlines as presets, each with its citation, what starts its clock, its time limit and the
 * rule it is counted by (see {@code ../shared/reference/deadlines/legal-deadlines.md}, which lists
 * the sources). A deadline that runs from the submission of an earlier report names that report
 * ({@link #follows()}), and {@link #chain} works out the whole chain.
 *
 * <p>EU regulations count by {@link CountingRule#REGULATION_1182_71} (GDPR); NIS2, a directive
 * applied through national law, by elapsed hours; SEC filings by Rule 0-3 and Form 8-K B.1 on the
 * US federal calendar; DORA with its noon-of-the-next-working-day rule. Pass the calendar of the
 * place where the act is to be done.
 */
public enum LegalDeadline {

  /** GDPR personal data breach notification to the supervisory authority. */
  GDPR_BREACH_NOTIFICATION(
      "Regulation (EU) 2016/679 Art. 33(1)",
      "becoming aware of a personal data breach",
      72,
      TimeLimitUnit.HOURS,
      CountingRule.REGULATION_1182_71,
      null),
  /** GDPR reply to a data subject's request. */
  GDPR_DATA_SUBJECT_REQUEST(
      "Regulation (EU) 2016/679 Art. 12(3)",
      "receipt of the request",
      1,
      TimeLimitUnit.MONTHS,
      CountingRule.REGULATION_1182_71,
      null),
  /**
   * GDPR reply to a data subject's request, extended by two further months (the subject told within
   * the first).
   */
  GDPR_DATA_SUBJECT_REQUEST_EXTENDED(
      "Regulation (EU) 2016/679 Art. 12(3)",
      "receipt of the request",
      3,
      TimeLimitUnit.MONTHS,
      CountingRule.REGULATION_1182_71,
      null),
  /**
   * HIPAA breach notice to individuals (and to the media, 164.406, and from a business associate,
   * 164.410).
   */
  HIPAA_INDIVIDUAL_NOTICE(
      "45 CFR 164.404(b)",
      "discovery of the breach",
      60,
      TimeLimitUnit.CALENDAR_DAYS,
      CountingRule.END_OF_DAY,
      null),
  /**
   * HIPAA notice to HHS of breaches affecting fewer than 500 individuals: from the end of the
   * calendar year (31 December).
   */
  HIPAA_HHS_ANNUAL_LOG(
      "45 CFR 164.408(c)",
      "the end of the calendar year",
      60,
      TimeLimitUnit.CALENDAR_DAYS,
      CountingRule.END_OF_DAY,
      null),
  /** SEC Form 10-K of a large accelerated filer. */
  SEC_10K_LARGE_ACCELERATED_FILER(
      "Form 10-K General Instruction A; Rule 0-3",
      "the end of the fiscal year",
      60,
      TimeLimitUnit.CALENDAR_DAYS,
      CountingRule.SEC_RULE_0_3,
      null),
  /** SEC Form 10-K of an accelerated filer. */
  SEC_10K_ACCELERATED_FILER(
      "Form 10-K General Instruction A; Rule 0-3",
      "the end of the fiscal year",
      75,
      TimeLimitUnit.CALENDAR_DAYS,
      CountingRule.SEC_RULE_0_3,
      null),
  /** SEC Form 10-K of any other filer. */
  SEC_10K_OTHER_FILER(
      "Form 10-K General Instruction A; Rule 0-3",
      "the end of the fiscal year",
      90,
      TimeLimitUnit.CALENDAR_DAYS,
      CountingRule.SEC_RULE_0_3,
      null),
  /** SEC Form 10-Q of a large accelerated or accelerated filer. */
  SEC_10Q_ACCELERATED_FILER(
      "Form 10-Q General Instruction A; Rule 0-3",
      "the end of the fiscal quarter",
      40,
      TimeLimitUnit.CALENDAR_DAYS,
      CountingRule.SEC_RULE_0_3,
      null),
  /** SEC Form 10-Q of any other filer. */
  SEC_10Q_OTHER_FILER(
      "Form 10-Q General Instruction A; Rule 0-3",
      "the end of the fiscal quarter",
      45,
      TimeLimitUnit.CALENDAR_DAYS,
      CountingRule.SEC_RULE_0_3,
      null),
  /** Form NT 10-K or NT 10-Q: within one business day after the original due date. */
  SEC_NT_NOTICE(
      "Rule 12b-25(b)",
      "the original due date of the report",
      1,
      TimeLimitUnit.BUSINESS_DAYS,
      CountingRule.SEC_RULE_0_3,
      null),
  /** A 10-K filed late under Rule 12b-25: 15 calendar days after its original due date. */
  SEC_10K_LATE_FILING(
      "Rule 12b-25(b)(2)(ii)",
      "the original due date of the 10-K",
      15,
      TimeLimitUnit.CALENDAR_DAYS,
      CountingRule.SEC_RULE_0_3,
      null),
  /** A 10-Q filed late under Rule 12b-25: 5 calendar days after its original due date. */
  SEC_10Q_LATE_FILING(
      "Rule 12b-25(b)(2)(ii)",
      "the original due date of the 10-Q",
      5,
      TimeLimitUnit.CALENDAR_DAYS,
      CountingRule.SEC_RULE_0_3,
      null),
  /** Form 8-K Item 1.05, a material cybersecurity incident. */
  SEC_8K_ITEM_1_05(
      "Form 8-K Item 1.05; General Instruction B.1",
      "determining that the incident is material",
      4,
      TimeLimitUnit.BUSINESS_DAYS,
      CountingRule.SEC_FORM_8K,
      null),
  /** NIS2 early warning of a significant incident. */
  NIS2_EARLY_WARNING(
      "Directive (EU) 2022/2555 Art. 23(4)(a)",
      "becoming aware of the significant incident",
      24,
      TimeLimitUnit.HOURS,
      CountingRule.ELAPSED,
      null),
  /** NIS2 incident notification. */
  NIS2_INCIDENT_NOTIFICATION(
      "Directive (EU) 2022/2555 Art. 23(4)(b)",
      "becoming aware of the significant incident",
      72,
      TimeLimitUnit.HOURS,
      CountingRule.ELAPSED,
      null),
  /** NIS2 final report, one month after the incident notification was submitted. */
  NIS2_FINAL_REPORT(
      "Directive (EU) 2022/2555 Art. 23(4)(d)",
      "submission of the incident notification",
      1,
      TimeLimitUnit.MONTHS,
      CountingRule.END_OF_DAY,
      NIS2_INCIDENT_NOTIFICATION),
  /**
   * DORA initial notification: 4 hours after classifying the incident as major (and no later than
   * 24 hours after awareness: {@link #doraInitialNotification}).
   */
  DORA_INITIAL_NOTIFICATION(
      "Regulation (EU) 2022/2554 Art. 19(4)(a); Delegated Regulation (EU) 2025/301 Art. 5",
      "classifying the incident as major",
      4,
      TimeLimitUnit.HOURS,
      CountingRule.DORA,
      null),
  /** DORA intermediate report, 72 hours after the initial notification was submitted. */
  DORA_INTERMEDIATE_REPORT(
      "Regulation (EU) 2022/2554 Art. 19(4)(b); Delegated Regulation (EU) 2025/301 Art. 5",
      "submission of the initial notification",
      72,
      TimeLimitUnit.HOURS,
      CountingRule.DORA,
      DORA_INITIAL_NOTIFICATION),
  /** DORA final report, one month after the latest intermediate report was submitted. */
  DORA_FINAL_REPORT(
      "Regulation (EU) 2022/2554 Art. 19(4)(c); Delegated Regulation (EU) 2025/301 Art. 5",
      "submission of the latest intermediate report",
      1,
      TimeLimitUnit.MONTHS,
      CountingRule.DORA,
      DORA_INTERMEDIATE_REPORT),
  /** PCI DSS internal and external (ASV) vulnerability scans, at least once every three months. */
  PCI_DSS_VULNERABILITY_SCAN(
      "PCI DSS v4.0.1 Req. 11.3.1, 11.3.2",
      "the previous scan",
      3,
      TimeLimitUnit.MONTHS,
      CountingRule.END_OF_DAY,
      null),
  /** PCI DSS internal and external penetration tests, at least once every 12 months. */
  PCI_DSS_PENETRATION_TEST(
      "PCI DSS v4.0.1 Req. 11.4.2, 11.4.3",
      "the previous test",
      12,
      TimeLimitUnit.MONTHS,
      CountingRule.END_OF_DAY,
      null),
  /** CCPA/CPRA confirmation of receipt of a consumer request. */
  CCPA_CONFIRM_RECEIPT(
      "11 CCR 7021(a)",
      "receipt of the request",
      10,
      TimeLimitUnit.BUSINESS_DAYS,
      CountingRule.END_OF_DAY,
      null),
  /** CCPA/CPRA response to a consumer request. */
  CCPA_RESPONSE(
      "Cal. Civ. Code 1798.130(a)(2); 11 CCR 7021(b)",
      "receipt of the request",
      45,
      TimeLimitUnit.CALENDAR_DAYS,
      CountingRule.END_OF_DAY,
      null),
  /** CCPA/CPRA response after the one extension of 45 days, with notice (90 days in all). */
  CCPA_RESPONSE_EXTENDED(
      "Cal. Civ. Code 1798.130(a)(2); 11 CCR 7021(b)",
      "receipt of the request",
      90,
      TimeLimitUnit.CALENDAR_DAYS,
      CountingRule.END_OF_DAY,
      null),
  /** NYDFS notice of a cybersecurity event. */
  NYDFS_EVENT_NOTICE(
      "23 NYCRR 500.17(a)(1)",
      "determining that a cybersecurity event occurred",
      72,
      TimeLimitUnit.HOURS,
      CountingRule.ELAPSED,
      null),
  /** NYDFS notice of an extortion payment. */
  NYDFS_EXTORTION_NOTICE(
      "23 NYCRR 500.17(c)(1)",
      "the extortion payment",
      24,
      TimeLimitUnit.HOURS,
      CountingRule.ELAPSED,
      null),
  /** NYDFS written justification of an extortion payment. */
  NYDFS_EXTORTION_JUSTIFICATION(
      "23 NYCRR 500.17(c)(2)",
      "the extortion payment",
      30,
      TimeLimitUnit.CALENDAR_DAYS,
      CountingRule.END_OF_DAY,
      null);

  private final String citation;
  private final String clockStarts;
  private final TimeLimit limit;
  private final CountingRule rule;
  private final @Nullable LegalDeadline follows;

  LegalDeadline(
      String citation,
      String clockStarts,
      int amount,
      TimeLimitUnit unit,
      CountingRule rule,
      @Nullable LegalDeadline follows) {
    this.citation = citation;
    this.clockStarts = clockStarts;
    this.limit = TimeLimit.of(amount, unit);
    this.rule = rule;
    this.follows = follows;
  }

  /** Returns the legal source, such as {@code Regulation (EU) 2016/679 Art. 33(1)}. */
  public String citation() {
    return citation;
  }

  /** Returns what starts the clock, such as {@code becoming aware of a personal data breach}. */
  public String clockStarts() {
    return clockStarts;
  }

  /** Returns the time limit. */
  public TimeLimit limit() {
    return limit;
  }

  /** Returns the rule the period is counted by. */
  public CountingRule rule() {
    return rule;
  }

  /** Returns the report whose submission starts this one's clock, for a later step of a chain. */
  public Optional<LegalDeadline> follows() {
    return Optional.ofNullable(follows);
  }

  /**
   * Returns the deadline for the clock started at {@code trigger}.
   *
   * @param trigger when the clock started, in the zone where the act is to be done
   * @param calendar the business days of that place
   * @return the deadline, its first step citing this preset
   */
  public Deadline deadline(ZonedDateTime trigger, HolidayCalendar calendar) {
    Deadline counted = rule.deadline(trigger, limit, calendar);
    return counted.withSteps(
        prepend(
            citation + ": " + limit + " from " + clockStarts + " (" + trigger + ")",
            counted.steps()));
  }

  /**
   * Returns the deadline for a clock started when the event was known ({@code awareness}), which
   * cannot precede the event itself ({@code occurred}).
   *
   * @param occurred when the event happened
   * @param awareness when it became known (aware, discovered, determined), which starts the clock
   * @param calendar the business days of the place where the act is to be done
   * @return the deadline
   * @throws dev.governance.core.GovernanceValidationException if the event is after its awareness
   */
  public Deadline deadline(
      ZonedDateTime occurred, ZonedDateTime awareness, HolidayCalendar calendar) {
    check(
        !occurred.isAfter(awareness),
        "occurred",
        occurred,
        "an instant not after the awareness " + awareness + " that starts the clock");
    return deadline(awareness, calendar);
  }

  /**
   * Returns the deadlines of the chain that ends with this preset, first to last: each later report
   * counts from the submission of the one before, taken from {@code submitted} when it was made,
   * else assumed at that one's deadline.
   *
   * @param trigger what starts the first clock
   * @param calendar the business days of the place where the reports are due
   * @param submitted when reports of the chain were actually submitted
   * @return the deadlines, first to last
   * @throws dev.governance.core.GovernanceValidationException if a submission precedes the clock it
   *     answers
   */
  public List<Deadline> chain(
      ZonedDateTime trigger,
      HolidayCalendar calendar,
      Map<LegalDeadline, ZonedDateTime> submitted) {
    List<LegalDeadline> steps = new ArrayList<>();
    for (LegalDeadline step = this; step != null; step = step.follows) {
      steps.add(0, step);
    }
    List<Deadline> result = new ArrayList<>();
    ZonedDateTime clock = trigger;
    for (LegalDeadline step : steps) {
      Deadline deadline = step.deadline(clock, calendar);
      result.add(deadline);
      ZonedDateTime submission = submitted.get(step);
      if (submission != null) {
        check(
            !submission.isBefore(clock),
            "submitted." + step.name(),
            submission,
            "an instant not before its clock started, " + clock);
      }
      clock = Objects.requireNonNullElse(submission, deadline.due());
    }
    return result;
  }

  /**
   * Returns DORA's initial notification deadline: 4 hours after classifying the incident as major,
   * and no later than 24 hours after becoming aware of it, whichever comes first (Delegated
   * Regulation (EU) 2025/301 Art. 5(1)), each counted with the noon rule.
   *
   * @param awareness when the financial entity became aware of the incident
   * @param classification when it classified the incident as major; not before awareness
   * @param calendar the business days of the competent authority's place
   * @return the earlier deadline
   * @throws dev.governance.core.GovernanceValidationException if the classification precedes the
   *     awareness
   */
  public static Deadline doraInitialNotification(
      ZonedDateTime awareness, ZonedDateTime classification, HolidayCalendar calendar) {
    check(
        !classification.isBefore(awareness),
        "classification",
        classification,
        "an instant not before the awareness " + awareness);
    Deadline fourHours = DORA_INITIAL_NOTIFICATION.deadline(classification, calendar);
    Deadline dayAfterAwareness =
        CountingRule.DORA.deadline(awareness, TimeLimit.of(24, TimeLimitUnit.HOURS), calendar);
    return fourHours.due().isAfter(dayAfterAwareness.due())
        ? dayAfterAwareness.withSteps(
            prepend(
                DORA_INITIAL_NOTIFICATION.citation
                    + ": no later than 24 hours after awareness ("
                    + awareness
                    + "), which comes before 4 hours after classification ("
                    + fourHours.due()
                    + ")",
                dayAfterAwareness.steps()))
        : fourHours;
  }

  private static List<String> prepend(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
