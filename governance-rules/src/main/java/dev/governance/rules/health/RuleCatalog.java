package dev.governance.rules.health;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import dev.governance.core.ArgChecker;
import dev.governance.rules.RuleCode;
import dev.governance.rules.practice.PracticeRule;
import dev.governance.rules.raci.RaciRule;
import dev.governance.rules.risk.RiskRegisterRule;
import dev.governance.rules.steering.WaiverRule;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every rule whose code the library can emit: the RACI rules, the risk register rules, the practice
 * rules, the findings governance health adds and the waiver rules. It lives beside {@link
 * GovernanceHealth}, which runs them all, because it names every engine's rules. Immutable and
 * thread-safe.
 */
public final class RuleCatalog {

  private static final ImmutableList<RuleCode> ALL =
      Stream.of(
              RaciRule.values(),
              RiskRegisterRule.values(),
              PracticeRule.values(),
              HealthRule.values(),
              WaiverRule.values())
          .flatMap(Arrays::stream)
          .sorted(Comparator.comparing(RuleCode::code))
          .collect(toImmutableList());

  // uniqueIndex rejects a code given twice, so a duplicate fails as soon as the class loads
  private static final ImmutableMap<String, RuleCode> BY_CODE =
      Maps.uniqueIndex(ALL, RuleCode::code);

  private RuleCatalog() {}

  /**
   * Returns every rule, sorted by code ({@code CAL-001}, {@code GOV-001}, ..., {@code WAIVER-004}).
   *
   * @return the rules, one per code
   */
  public static ImmutableList<RuleCode> all() {
    return ALL;
  }

  /**
   * Checks that every code of {@code codes} is the code of a rule of the catalog, such as the codes
   * a policy marks as not waivable.
   *
   * @param codes the codes
   * @param field the field name used in the message, such as {@code waivers.notWaivable}
   * @throws dev.governance.core.GovernanceValidationException naming the index and the first code
   *     no rule has
   */
  public static void checkKnown(List<String> codes, String field) {
    for (int i = 0; i < codes.size(); i++) {
      ArgChecker.check(
          BY_CODE.containsKey(codes.get(i)),
          field + "[" + i + "]",
          codes.get(i),
          "the code of a rule the library reports, such as GOV-005");
    }
  }

  /**
   * Returns the rule with a code, such as the rule {@code RACI-001} for {@code "RACI-001"}.
   *
   * @param code the code, matched exactly (case-sensitive)
   * @return the rule, or empty when no rule has that code
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<RuleCode> find(String code) {
    return Optional.ofNullable(BY_CODE.get(Objects.requireNonNull(code, "code")));
  }
}
