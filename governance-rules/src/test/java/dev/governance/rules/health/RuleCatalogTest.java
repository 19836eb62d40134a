package dev.governance.rules.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.governance.core.model.GovernanceModel;
import dev.governance.rules.Finding;
import dev.governance.rules.RuleCode;
import dev.governance.rules.practice.PracticeRule;
import dev.governance.rules.raci.RaciRule;
import dev.governance.rules.raci.RaciValidator;
import dev.governance.rules.risk.RiskRegisterRule;
import dev.governance.rules.steering.WaiverRule;
import dev.governance.testkit.GovernanceModelGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleCatalogTest {

  private static final String BEGIN = "<!-- rule-codes:begin -->";
  private static final String END = "<!-- rule-codes:end -->";
  private static final String UPDATE = "governance.docs.update";
  private static final String REGENERATE =
      "./mvnw -B -o test -pl governance-rules -am -Dtest=RuleCatalogTest -D" + UPDATE + "=true";

  @Test
  void listsEveryRuleOfEveryEngineSortedByCode() {
    List<RuleCode> rules = new ArrayList<>();
    Stream.of(
            RaciRule.values(),
            RiskRegisterRule.values(),
            PracticeRule.values(),
            HealthRule.values(),
            WaiverRule.values())
        .forEach(values -> rules.addAll(Arrays.asList(values)));
    assertThat(RuleCatalog.all())
        .containsExactlyInAnyOrderElementsOf(rules)
        .isSortedAccordingTo((x, y) -> x.code().compareTo(y.code()));
    assertThat(RuleCatalog.all())
        .hasSize(40)
        .startsWith(HealthRule.DEADLINE_OVERDUE)
        .endsWith(WaiverRule.EXPIRING);
  }

  @Test
  void codesAndAnchorsAreUniqueAndWellFormed() {
    assertThat(RuleCatalog.all())
        .extracting(RuleCode::code)
        .doesNotHaveDuplicates()
        .allMatch(
            code -> code.matches("[A-Z]+-\\d{3}"),
            "an upper-case family, a hyphen and three digits")
        .allMatch(code -> Finding.CODE.matcher(code).matches(), "a code Finding accepts");
    assertThat(RuleCatalog.all()).extracting(RuleCode::docsAnchor).doesNotHaveDuplicates();
  }

  @Test
  void titlesAreShortAndDescriptionsAreOneOrTwoSentences() {
    assertThat(RuleCatalog.all())
        .allSatisfy(
            rule -> {
              assertThat(rule.title())
                  .as(rule.code())
                  .isNotBlank()
                  .hasSizeLessThanOrEqualTo(60)
                  .doesNotEndWith(".")
                  .isEqualTo(rule.title().strip());
              assertThat(rule.description())
                  .as(rule.code())
                  .isNotBlank()
                  .endsWith(".")
                  .isEqualTo(rule.description().strip());
              assertThat(rule.description().split("(?<=\\.) "))
                  .as(rule.code() + " sentences")
                  .hasSizeBetween(1, 2);
              // one table row each in docs/findings.md
              assertThat(rule.title() + rule.description())
                  .as(rule.code())
                  .doesNotContain("|", "\n", "\r");
            });
  }

  @Test
  void findsEachRuleByItsCode() {
    assertThat(RuleCatalog.all())
        .allSatisfy(rule -> assertThat(RuleCatalog.find(rule.code())).containsSame(rule));
    assertThat(RuleCatalog.find("RACI-009")).containsSame(RaciRule.SEGREGATION_OF_DUTIES);
    assertThat(RuleCatalog.find("CAL-001").orElseThrow().helpUri())
        .isEqualTo("https://governance.dev/docs/findings.md#cal-001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"RACI-012", "raci-001", "RACI-1", "", " RACI-001"})
  void findsNothingForAnUnknownCode(String code) {
    assertThat(RuleCatalog.find(code)).isEmpty();
  }

  @Test
  void rejectsANullCode() {
    assertThatThrownBy(() -> RuleCatalog.find(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("code");
  }

  @Test
  void everyCodeTheEnginesEmitIsCatalogued() {
    LocalDate asOf = LocalDate.of(2026, 3, 15);
    for (long seed = 1; seed <= 20; seed++) {
      GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(seed));
      List<Finding> findings =
          new ArrayList<>(GovernanceHealth.standard().check(model, asOf).findings().findings());
      // without role assignments the RACI rules about people report themselves skipped
      model
          .raciMatrices()
          .forEach(
              m -> findings.addAll(RaciValidator.standard().validate(m).findings().findings()));
      assertThat(findings)
          .isNotEmpty()
          .allSatisfy(f -> assertThat(RuleCatalog.find(f.code())).as(f.toString()).isPresent());
    }
  }

  @Test
  void rendersOneLinkedRowPerRule() {
    assertThat(table().lines())
        .hasSize(RuleCatalog.all().size() + 2)
        .contains(
            "| <a id=\"raci-001\"></a>[RACI-001](#raci-001) | ERROR | Activity with no Accountable"
                + " | Reports an activity on which no role is Accountable (in DACI, Approver)."
                + " Without one, no one answers for the outcome or approves the work. |");
  }

  /**
   * docs/findings.md lists every rule between the markers. Run with {@code
   * -Dgovernance.docs.update=true} to rewrite the list from the catalog instead of comparing.
   */
  @Test
  void theFindingsPageListsEveryRule() throws IOException {
    Path doc = findingsPage();
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    assertThat(begin)
        .as(doc + " must hold the markers " + BEGIN + " and " + END)
        .isNotNegative()
        .isLessThan(end);
    String written = text.substring(begin + BEGIN.length(), end);
    String expected = "\n" + table();
    if (Boolean.getBoolean(UPDATE)) {
      Files.writeString(
          doc,
          text.substring(0, begin + BEGIN.length()) + expected + text.substring(end),
          StandardCharsets.UTF_8);
    } else {
      assertThat(written)
          .as(doc + " is stale; regenerate its rule table with: " + REGENERATE)
          .isEqualTo(expected);
    }
  }

  /**
   * The table of every rule, one row each, each row the target of its rule's {@link
   * RuleCode#helpUri()}.
   */
  private static String table() {
    StringBuilder table =
        new StringBuilder("| code | default severity | title | description |\n|---|---|---|---|\n");
    for (RuleCode rule : RuleCatalog.all()) {
      table
          .append("| <a id=\"")
          .append(rule.docsAnchor())
          .append("\"></a>[")
          .append(rule.code())
          .append("](#")
          .append(rule.docsAnchor())
          .append(") | ")
          .append(rule.defaultSeverity())
          .append(" | ")
          .append(rule.title())
          .append(" | ")
          .append(rule.description())
          .append(" |\n");
    }
    return table.toString();
  }

  /**
   * Finds docs/findings.md from the module's directory ({@code basedir}, set by Surefire) or the
   * working directory.
   */
  private static Path findingsPage() {
    Path start =
        Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path doc = dir.resolve("docs").resolve("findings.md");
      if (Files.isRegularFile(doc)) {
        return doc;
      }
    }
    return fail("docs/findings.md not found in " + start + " or any directory above it");
  }
}
