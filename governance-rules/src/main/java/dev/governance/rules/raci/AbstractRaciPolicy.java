package dev.governance.rules.raci;

import static dev.governance.core.ArgChecker.identifiers;
import static dev.governance.core.ArgChecker.notNegative;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.governance.rules.Severity;
import java.io.Serializable;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How the RACI engine judges: which rules run, at which severity, and the limits and roles the
 * rules use. {@link #standard()} is the defaults: every rule on at its default severity, at
 * most 5 Consulted per activity, at most 15 Accountable and 25 Responsible activities per person,
 * every role required on a critical activity, no conflicting role pairs.
 *
 * <p>A policy is serializable, so that a {@link RaciValidator} built from it can run on the workers
 * of a cluster (Apache Spark ships a job's functions with Java serialization). The generated class
 * checks the invariants again when it is read back ({@code readResolve}), so a stream cannot make a
 * policy that the builder would reject (SEI CERT Oracle Coding Standard for Java, SER07-J).
 */
@Value.Immutable
abstract class AbstractRaciPolicy implements Serializable {

  /** Returns the rules switched off. */
  public abstract ImmutableSet<RaciRule> disabled();

  /** Returns severities that replace rules' defaults. */
  public abstract ImmutableMap<RaciRule, Severity> severities();

  /** Returns the most Consulted an activity may have before {@code RACI-007}; 5 by default. */
  @Value.Default
  public int consultedLimit() {
    return 5;
  }

  /** Returns the most activities one person may be Accountable for; 15 by default. */
  @Value.Default
  public int accountableLimit() {
    return 15;
  }

  /** Returns the most activities one person may be Responsible for; 25 by default. */
  @Value.Default
  public int responsibleLimit() {
    return 25;
  }

  /**
   * Returns the roles that must have a letter on every critical activity; empty (the default) means
   * every role of the matrix.
   */
  public abstract ImmutableList<String> criticalRequiredRoles();

  /** Returns pairs of roles one person must not hold together. */
  public abstract ImmutableList<RolePair> conflictingRoles();

  /** Returns the standard policy. */
  public static RaciPolicy standard() {
    return RaciPolicy.builder().build();
  }

  /**
   * Returns whether {@code rule} runs under this policy.
   *
   * @param rule a rule
   * @return false if the rule is switched off
   */
  public boolean enabled(RaciRule rule) {
    Objects.requireNonNull(rule, "rule");
    return !disabled().contains(rule);
  }

  /**
   * Returns the severity {@code rule} reports with under this policy.
   *
   * @param rule a rule
   * @return the configured severity, else the rule's default
   */
  public Severity severity(RaciRule rule) {
    Objects.requireNonNull(rule, "rule");
    return severities().getOrDefault(rule, rule.defaultSeverity());
  }

  @Value.Check
  protected void validate() {
    notNegative(consultedLimit(), "consultedLimit");
    notNegative(accountableLimit(), "accountableLimit");
    notNegative(responsibleLimit(), "responsibleLimit");
    identifiers(criticalRequiredRoles(), "criticalRequiredRoles");
  }
}
