package dev.governance.core.practice;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A waiver: a finding accepted for a time, such as a risk acceptance or an exception to a policy.
 * It names the rule code and the finding's subject ({@code {"system": "commerce", "milestone":
 * "click-collect-go-live"}}); a finding is waived when its code is the waiver's and every key of
 * the waiver's subject has the same id in the finding's subject. From {@link #from()} to {@link
 * #until()} inclusive the waived finding is still reported, marked as waived, but counts toward
 * neither the exit code nor the status; after {@link #until()} it is active again.
 *
 * <p>The approver must hold a role with the authority to accept (the steering committee by
 * default); the decision that accepted the risk, where there is one, is a {@link Decision}.
 */
@Value.Immutable
abstract class AbstractWaiver {

  /** The keys a waiver's subject may use: those of a finding's subject. */
  public static final ImmutableSet<String> SUBJECT_KEYS =
      ImmutableSet.of(
          "activity",
          "role",
          "person",
          "risk",
          "kpi",
          "obligation",
          "program",
          "system",
          "deliverable",
          "change",
          "document",
          "cadence",
          "disagreement",
          "milestone",
          "matrix",
          "waiver");

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*-[0-9]{3}");

  /** Returns the waiver's id, unique in a model. */
  public abstract String id();

  /** Returns the code of the rule whose finding is waived, such as {@code GOV-005}. */
  public abstract String code();

  /**
   * Returns the subject of the finding waived, by subject key ({@link #SUBJECT_KEYS}); every key
   * must match. Not empty.
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, String> subject();

  /** Returns why the finding is accepted. */
  public abstract String reason();

  /** Returns the id of the person who approved the waiver. */
  public abstract String approvedBy();

  /** Returns the id of the decision record behind the waiver, if there is one. */
  public abstract Optional<String> decision();

  /** Returns the first day the waiver applies. */
  public abstract LocalDate from();

  /** Returns the last day the waiver applies, inclusive. */
  public abstract LocalDate until();

  /**
   * Returns whether the waiver applies on {@code day}: from {@link #from()} to {@link #until()}.
   */
  public boolean appliesOn(LocalDate day) {
    return !day.isBefore(from()) && !day.isAfter(until());
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    check(CODE.matcher(code()).matches(), "code", code(), "a rule code such as GOV-005");
    check(!subject().isEmpty(), "subject", subject(), "at least one subject key");
    for (Map.Entry<String, String> key : subject().entrySet()) {
      check(
          SUBJECT_KEYS.contains(key.getKey()),
          "subject",
          key.getKey(),
          "one of the subject keys " + SUBJECT_KEYS);
      identifier(key.getValue(), "subject." + key.getKey());
    }
    notBlank(reason(), "reason");
    identifier(approvedBy(), "approvedBy");
    decision().ifPresent(d -> identifier(d, "decision"));
    check(!until().isBefore(from()), "until", until(), "a day not before from " + from());
  }
}
