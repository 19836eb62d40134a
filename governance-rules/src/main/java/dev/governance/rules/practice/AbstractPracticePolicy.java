package dev.governance.rules.practice;

import static dev.governance.core.ArgChecker.identifiers;
import static dev.governance.core.ArgChecker.notNegative;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.governance.rules.Severity;
import org.immutables.value.Value;

/** What the practice checks expect; every default is the common practice the issue describes. */
@Value.Immutable
abstract class AbstractPracticePolicy {

  /** Returns severities that replace rules' defaults. */
  public abstract ImmutableMap<PracticeRule, Severity> severities();

  /**
   * Returns the documentation every system keeps; architecture diagram, SLA and runbook by default.
   */
  @Value.Default
  public ImmutableList<String> requiredDocuments() {
    return ImmutableList.of("architecture-diagram", "sla", "runbook");
  }

  /**
   * Returns the documentation a system under GDPR also keeps; a data-protection assessment by
   * default.
   */
  @Value.Default
  public ImmutableList<String> personalDataDocuments() {
    return ImmutableList.of("data-protection-assessment");
  }

  /**
   * Returns how many business days must separate an upgrade's end from a go-live (GOV-005); 10 by
   * default.
   */
  @Value.Default
  public int upgradeLeadBusinessDays() {
    return 10;
  }

  /**
   * Returns how many business days a disagreement may wait before it is escalated (GOV-009); 5 by
   * default.
   */
  @Value.Default
  public int escalationBusinessDays() {
    return 5;
  }

  /**
   * Returns how many business days an escalated disagreement may wait for a decision (GOV-009); 10
   * by default.
   */
  @Value.Default
  public int decisionBusinessDays() {
    return 10;
  }

  /**
   * Returns the perspectives of program-side KPIs (budget, schedule); {@code financial} by default.
   */
  @Value.Default
  public ImmutableList<String> programPerspectives() {
    return ImmutableList.of("financial");
  }

  /**
   * Returns the perspectives of system-side KPIs (availability, incidents); {@code
   * internal-process} by default.
   */
  @Value.Default
  public ImmutableList<String> systemPerspectives() {
    return ImmutableList.of("internal-process");
  }

  /** Returns the severity of {@code rule}'s findings. */
  public Severity severity(PracticeRule rule) {
    return severities().getOrDefault(rule, rule.defaultSeverity());
  }

  @Value.Check
  protected void validate() {
    identifiers(requiredDocuments(), "requiredDocuments");
    identifiers(personalDataDocuments(), "personalDataDocuments");
    notNegative(upgradeLeadBusinessDays(), "upgradeLeadBusinessDays");
    notNegative(escalationBusinessDays(), "escalationBusinessDays");
    notNegative(decisionBusinessDays(), "decisionBusinessDays");
    identifiers(programPerspectives(), "programPerspectives");
    identifiers(systemPerspectives(), "systemPerspectives");
  }
}
