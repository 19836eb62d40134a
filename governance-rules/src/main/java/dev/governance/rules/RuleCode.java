package dev.governance.rules;

import java.util.Locale;

/**
 * A rule whose violations the library reports as {@link Finding}s: its stable code, the severity
 * its findings carry unless a policy says otherwise, and the words and link that explain it, as a
 * SARIF {@code reportingDescriptor} does. Every code the library can emit belongs to exactly one
 * rule; {@link dev.governance.rules.health.RuleCatalog#all()} lists them all. Codes are a public
 * contract: other programs parse them.
 */
public interface RuleCode {

  /**
   * The page that documents every rule, {@code docs/findings.md} as published under {@code
   * https://governance.dev}; each rule's entry is the fragment {@link #docsAnchor()}.
   */
  String DOCS_URL = "https://governance.dev/docs/findings.md";

  /**
   * Returns the rule's stable code: an upper-case family, a hyphen and three digits, such as {@code
   * RACI-001}.
   *
   * @return the code its findings carry
   */
  String code();

  /**
   * Returns the severity the rule's findings carry unless a policy sets another.
   *
   * @return the default severity
   */
  Severity defaultSeverity();

  /**
   * Returns a short name of what the rule finds, without a trailing period, such as {@code Activity
   * with no Accountable} (SARIF's {@code shortDescription}).
   *
   * @return the title, at most 60 characters
   */
  String title();

  /**
   * Returns one or two plain-English sentences saying what the rule checks and why it matters
   * (SARIF's {@code fullDescription}).
   *
   * @return the description
   */
  String description();

  /**
   * Returns the fragment that names the rule's entry in {@code docs/findings.md}: the code in lower
   * case, such as {@code raci-001}.
   *
   * @return the anchor, without {@code #}
   */
  default String docsAnchor() {
    return code().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns where the rule is documented: {@link #DOCS_URL}, {@code #} and {@link #docsAnchor()},
   * such as {@code https://governance.dev/docs/findings.md#raci-001} (SARIF's {@code helpUri}).
   *
   * @return the absolute URL of the rule's documentation
   */
  default String helpUri() {
    return DOCS_URL + "#" + docsAnchor();
  }
}
