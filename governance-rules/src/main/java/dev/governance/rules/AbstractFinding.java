package dev.governance.rules;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A rule violation found in valid data: the rule's stable code (such as {@code RACI-001}), its
 * severity, its subject, a plain-English message, a suggested fix and, where a number was computed,
 * the explanation of that number. Codes are a public contract: other programs parse them.
 */
@Value.Immutable
// Immutables pattern: the generated final Finding is the only subclass, so this is its own type
@SuppressWarnings("ComparableType")
abstract class AbstractFinding implements Comparable<Finding> {

  /** The form of a rule code: an upper-case family, a hyphen and three digits. */
  public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*-[0-9]{3}");

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::code)
          .thenComparing(Finding::subject)
          .thenComparing(Finding::message);

  /** Returns the rule code, such as {@code RACI-001}. */
  public abstract String code();

  /** Returns the severity. */
  public abstract Severity severity();

  /** Returns what the finding is about. */
  public abstract Subject subject();

  /** Returns the plain-English message. */
  public abstract String message();

  /** Returns what to do about it, if the rule knows. */
  public abstract Optional<String> suggestedFix();

  /** Returns how the number the rule judged was computed, where it computed one. */
  public abstract Optional<Explanation> explanation();

  /**
   * Returns the roles that must be told, such as {@code program-manager} and {@code system-owner},
   * so that an embedding tool can route the alert; empty when the finding names none.
   */
  public abstract ImmutableList<String> notifyRoles();

  /**
   * Returns the people who must be told, by person id, such as a mitigation action's owner and
   * co-owner; empty when the finding names none.
   */
  public abstract ImmutableList<String> notifyPeople();

  /**
   * Returns everyone to tell, by person id, sorted and without repeats: the {@link #notifyPeople()}
   * and the people who hold the {@link #notifyRoles()} in the finding's scope (the owner of its
   * system, the manager of its program), as {@link dev.governance.rules.health.Recipients} resolves
   * them. Governance health fills it; an engine's own findings leave it empty, as does a finding
   * whose roles no one holds.
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<String> people();

  /**
   * Returns the waiver that accepted this finding, if one did: a waived finding is still reported,
   * but counts toward neither the exit code nor the status.
   */
  public abstract Optional<Waived> waived();

  /**
   * Orders findings by severity (errors first), then code, subject and message: the order of a
   * {@link ValidationReport}.
   */
  @Override
  public int compareTo(Finding other) {
    return ORDER.compare((Finding) this, other);
  }

  /**
   * Returns {@code SEVERITY CODE [subject] message}, followed by {@code (waived by W until D)} for
   * a waived finding.
   */
  @Override
  public String toString() {
    return severity()
        + " "
        + code()
        + " ["
        + subject()
        + "] "
        + message()
        + waived().map(w -> " (" + w + ")").orElse("");
  }

  @Value.Check
  protected void validate() {
    check(CODE.matcher(code()).matches(), "code", code(), "a rule code such as RACI-001");
    notBlank(message(), "message");
    suggestedFix().ifPresent(f -> notBlank(f, "suggestedFix"));
  }
}
