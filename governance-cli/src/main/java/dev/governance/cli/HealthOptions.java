package dev.governance.cli;

import dev.governance.core.model.GovernanceModel;
import dev.governance.io.GovernancePolicy;
import dev.governance.io.PolicyJson;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every command that judges a model shares: the policy file that configures the
 * engines, the holiday calendar, and the day judged by ({@code --as-of}, else the model's own
 * {@code asOf}, else today).
 */
final class HealthOptions {

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description =
          "A governance-policy.json that configures the engines (default: every engine's standard"
              + " policy).")
  @Nullable Path policy;

  @Option(
      names = "--calendar",
      paramLabel = "ID",
      description =
          "The holiday calendar deadlines count business days on, such as DE, US-NY or GB+US"
              + " (overrides the policy's).")
  @Nullable String calendar;

  @Mixin AsOfOption day = new AsOfOption();

  /** Returns the policy file's policy, with {@code --calendar} in place of its calendar. */
  GovernancePolicy policy() {
    GovernancePolicy read =
        policy == null ? GovernancePolicy.builder().build() : PolicyJson.load(policy);
    return calendar == null ? read : read.withCompliance(read.compliance().withCalendar(calendar));
  }

  /** Returns the day {@code model} is judged by. */
  LocalDate asOf(GovernanceModel model) {
    return day.asOf(model);
  }
}
