package dev.governance.rules;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Ordering;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The findings of one or more engines over a model, in a deterministic order (severity, code,
 * subject, message), with counts by severity. Reports merge: merging in any grouping and order
 * gives the same report, so partial reports from threads or machines can be combined.
 *
 * <p>A finding a waiver accepted ({@link Finding#waived()}) stays in the report and in {@link
 * #count} and {@link #counts()}, which count every finding listed; the <em>active</em> findings are
 * the others, and only they decide {@link #isValid()}, a command's exit code and a dashboard's
 * status ({@link #activeCount}, {@link #activeCounts()}).
 */
@Value.Immutable
abstract class AbstractValidationReport {

  /** Returns the findings, errors first, then by code, subject and message. */
  @Value.Parameter
  public abstract ImmutableList<Finding> findings();

  /** Returns the report with no findings. */
  public static ValidationReport empty() {
    return ValidationReport.of(ImmutableList.of());
  }

  /**
   * Returns whether the report has no active finding of severity {@link Severity#ERROR}: waived
   * errors do not make a report invalid.
   */
  public boolean isValid() {
    return activeCount(Severity.ERROR) == 0;
  }

  /**
   * Returns the number of findings of {@code severity}, waived ones included: the findings the
   * report lists.
   *
   * @param severity the severity
   * @return the count, 0 if none
   */
  public int count(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return (int) findings().stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * Returns the count of each severity, waived findings included, every severity present (0 where
   * none), errors first.
   */
  public ImmutableMap<Severity, Integer> counts() {
    return Arrays.stream(Severity.values())
        .collect(ImmutableMap.toImmutableMap(Function.identity(), this::count));
  }

  /**
   * Returns the number of active findings of {@code severity}: those no waiver accepted, which
   * decide the exit code and the status.
   *
   * @param severity the severity
   * @return the count, 0 if none
   */
  public int activeCount(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return (int) active().stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * Returns the count of active findings of each severity, every severity present (0 where none),
   * errors first.
   */
  public ImmutableMap<Severity, Integer> activeCounts() {
    return Arrays.stream(Severity.values())
        .collect(ImmutableMap.toImmutableMap(Function.identity(), this::activeCount));
  }

  /** Returns the findings no waiver accepted, in report order. */
  public ImmutableList<Finding> active() {
    return findings().stream().filter(f -> f.waived().isEmpty()).collect(toImmutableList());
  }

  /** Returns the findings a waiver accepted, in report order; empty if none. */
  public ImmutableList<Finding> waived() {
    return findings().stream().filter(f -> f.waived().isPresent()).collect(toImmutableList());
  }

  /**
   * Returns how many findings each person must be told of: for each person id in any finding's
   * {@link Finding#people()}, the number of findings that name them, by person id.
   */
  public ImmutableSortedMap<String, Integer> countsByPerson() {
    TreeMap<String, Integer> counts = new TreeMap<>();
    findings().forEach(f -> f.people().forEach(p -> counts.merge(p, 1, Integer::sum)));
    return ImmutableSortedMap.copyOf(counts);
  }

  /**
   * Returns the findings with rule code {@code code}.
   *
   * @param code a rule code, such as {@code RACI-001}
   * @return those findings in report order; empty if none
   */
  public ImmutableList<Finding> findings(String code) {
    Objects.requireNonNull(code, "code");
    return findings().stream().filter(f -> f.code().equals(code)).collect(toImmutableList());
  }

  /**
   * Returns a report holding the findings of this report and of {@code other}.
   *
   * @param other another report
   * @return the merged report, in report order
   */
  public ValidationReport merge(ValidationReport other) {
    return ValidationReport.of(
        ImmutableList.<Finding>builder().addAll(findings()).addAll(other.findings()).build());
  }

  @Value.Check
  protected AbstractValidationReport normalize() {
    if (Ordering.natural().isOrdered(findings())) {
      return this;
    }
    return ValidationReport.of(Ordering.natural().immutableSortedCopy(findings()));
  }
}
