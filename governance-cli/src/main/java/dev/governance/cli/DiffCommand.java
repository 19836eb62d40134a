package dev.governance.cli;

import dev.governance.core.model.GovernanceModel;
import dev.governance.io.GovernancePolicy;
import dev.governance.io.ModelFile;
import dev.governance.io.ModelFiles;
import dev.governance.report.diff.DiffJson;
import dev.governance.report.diff.DiffMarkdown;
import dev.governance.report.diff.DiffText;
import dev.governance.rules.diff.SnapshotDiff;
import dev.governance.rules.health.GovernanceHealth;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code governance diff OLD.json NEW.json}: what changed between two snapshots of a JSON model
 * (findings added, resolved or changed; risk levels and owners; KPI statuses and values; RACI
 * cells; milestone dates), both checked by the same policy as of the same day ({@code --as-of},
 * else the new model's asOf, else today), as text, JSON or the Markdown "since the last meeting"
 * page. Exit codes as diff(1): 0 no change, 1 changes, 2 a usage error or unreadable input.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Show what changed between two snapshots of a JSON governance model: findings, risks,"
            + " KPIs, RACI cells and milestones. Both are judged by the same policy as of the"
            + " same day: --as-of, else NEW's asOf, else today.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      GovernanceCli.OK + ":no change",
      GovernanceCli.FINDINGS + ":changes found",
      GovernanceCli.USAGE + ":usage error or unreadable input"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  governance diff november.json december.json",
      "  governance diff november.json december.json --format md > since-last.md",
      "  governance diff old.json new.json --format json --as-of 2025-12-31 \\",
      "      --policy governance-policy.json"
    })
final class DiffCommand implements Callable<Integer> {

  /** The output formats of a diff. */
  enum Format {
    /** One line per change, then the counts. */
    text,
    /** The documented diff JSON. */
    json,
    /** The "since the last meeting" page, Markdown. */
    md
  }

  @Spec CommandSpec spec;

  @Mixin HealthOptions options = new HealthOptions();

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier JSON model.")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later JSON model.")
  Path after;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json or md (default ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Override
  public Integer call() {
    ModelFile old = ModelFiles.read(before);
    ModelFile now = ModelFiles.read(after);
    GovernanceModel later = now.model();
    LocalDate asOf = options.asOf(later);
    GovernancePolicy policy = options.policy();
    GovernanceHealth health = policy.health(later, asOf);
    SnapshotDiff diff = SnapshotDiff.between(health, old.model(), later, asOf);
    spec.commandLine().getOut().print(render(diff, old, now));
    return diff.isEmpty() ? GovernanceCli.OK : GovernanceCli.FINDINGS;
  }

  private String render(SnapshotDiff diff, ModelFile old, ModelFile now) {
    switch (format) {
      case json:
        return DiffJson.render(diff, old.locator(), now.locator());
      case md:
        return DiffMarkdown.render(diff, before.toString(), after.toString());
      default:
        return DiffText.render(
            diff, before.toString(), old.locator(), after.toString(), now.locator());
    }
  }
}
