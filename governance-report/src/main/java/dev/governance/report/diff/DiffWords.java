package dev.governance.report.diff;

import dev.governance.report.Texts;
import dev.governance.rules.Finding;
import dev.governance.rules.diff.KpiReading;
import dev.governance.rules.diff.RiskChange;
import dev.governance.rules.diff.SnapshotDiff;
import java.util.Map;
import java.util.Optional;

/** The words the text and Markdown diffs share, so that both say the same. */
final class DiffWords {

  /** What a side on which the thing does not exist shows. */
  static final String NONE = "(none)";

  /** What an empty RACI cell shows. */
  static final String EMPTY = "(empty)";

  private static final Map<String, String> FIELDS =
      Map.of(
          RiskChange.RISK, "risk",
          RiskChange.INHERENT_LEVEL, "inherent level",
          RiskChange.RESIDUAL_LEVEL, "residual level",
          RiskChange.TARGET_LEVEL, "target level",
          RiskChange.PROGRAM_OWNER, "program owner",
          RiskChange.SYSTEM_OWNER, "system owner");

  private DiffWords() {}

  /** Returns a risk field in words, such as {@code residual level}. */
  static String field(String field) {
    return FIELDS.getOrDefault(field, field);
  }

  /** Returns a value, or {@link #NONE}. */
  static String value(Optional<String> value) {
    return value.orElse(NONE);
  }

  /** Returns RACI letters, or {@link #EMPTY}. */
  static String letters(String letters) {
    return letters.isEmpty() ? EMPTY : letters;
  }

  /** Returns a KPI's value (or {@code no data}) and status, such as {@code 99.5 GREEN}. */
  static String reading(Optional<KpiReading> reading) {
    return reading
        .map(
            r ->
                (r.value().isPresent() ? Texts.number(r.value().getAsDouble(), 4) : "no data")
                    + " "
                    + r.status())
        .orElse(NONE);
  }

  /** Returns {@code waived by ID until DAY}, or {@code not waived}. */
  static String waived(Finding finding) {
    return finding.waived().map(Object::toString).orElse("not waived");
  }

  /**
   * Returns the counts of a diff: {@code N findings added, N resolved, N changed; risk changes N,
   * KPI changes N, RACI changes N, milestone changes N}.
   */
  static String counts(SnapshotDiff diff) {
    return diff.addedFindings().size()
        + " findings added, "
        + diff.resolvedFindings().size()
        + " resolved, "
        + diff.changedFindings().size()
        + " changed; risk changes "
        + diff.risks().size()
        + ", KPI changes "
        + diff.kpis().size()
        + ", RACI changes "
        + diff.raci().size()
        + ", milestone changes "
        + diff.milestones().size();
  }
}
