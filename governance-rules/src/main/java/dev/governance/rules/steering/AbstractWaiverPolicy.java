package dev.governance.rules.steering;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.identifiers;
import static dev.governance.core.ArgChecker.noDuplicates;
import static dev.governance.core.ArgChecker.notNegative;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.governance.core.party.WellKnownRole;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import java.util.Arrays;
import org.immutables.value.Value;

/**
 * Who may accept a finding and which findings no one may: the approving roles, the codes that
 * cannot be waived, how early an expiring waiver is recalled and the severities of the waiver
 * rules. Every default is the common practice of a steering committee that owns risk acceptance.
 */
@Value.Immutable
abstract class AbstractWaiverPolicy {

  /**
   * Returns the roles whose holders may approve a waiver: role ids of the model, or ids of {@link
   * dev.governance.core.party.WellKnownRole}s, which a model role with another id plays through
   * {@link dev.governance.core.party.Role#wellKnown()}; the steering committee and the
   * information-systems manager by default.
   */
  @Value.Default
  public ImmutableList<String> approverRoles() {
    return ImmutableList.of(
        WellKnownRole.STEERING_COMMITTEE.id(), WellKnownRole.INFORMATION_SYSTEMS_MANAGER.id());
  }

  /**
   * Returns the rule codes no waiver may silence; the waiver rules' own codes ({@code WAIVER-001}
   * to {@code WAIVER-004}) by default. A waiver of such a code is reported ({@code WAIVER-003}) and
   * not applied.
   */
  @Value.Default
  public ImmutableList<String> notWaivable() {
    return Arrays.stream(WaiverRule.values())
        .map(WaiverRule::code)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns how many business days before its last day a waiver in force is recalled ({@code
   * WAIVER-004}), counted on the compliance calendar's holiday calendar; 10 by default.
   */
  @Value.Default
  public int reminderBusinessDays() {
    return 10;
  }

  /** Returns severities that replace the waiver rules' defaults. */
  public abstract ImmutableMap<WaiverRule, Severity> severities();

  /** Returns the policy with every default. */
  public static WaiverPolicy standard() {
    return WaiverPolicy.builder().build();
  }

  /** Returns the severity of {@code rule}'s findings. */
  public Severity severity(WaiverRule rule) {
    return severities().getOrDefault(rule, rule.defaultSeverity());
  }

  @Value.Check
  protected void validate() {
    check(
        !approverRoles().isEmpty(),
        "approverRoles",
        approverRoles(),
        "at least one role id, such as steering-committee");
    identifiers(approverRoles(), "approverRoles");
    for (int i = 0; i < notWaivable().size(); i++) {
      check(
          Finding.CODE.matcher(notWaivable().get(i)).matches(),
          "notWaivable[" + i + "]",
          notWaivable().get(i),
          "a rule code such as GOV-005");
    }
    noDuplicates(notWaivable(), "notWaivable");
    notNegative(reminderBusinessDays(), "reminderBusinessDays");
  }
}
