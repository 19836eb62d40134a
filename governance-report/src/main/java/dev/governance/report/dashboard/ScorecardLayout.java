package dev.governance.report.dashboard;

import com.google.common.collect.ImmutableList;
import dev.governance.report.CellValue;
import dev.governance.report.ScorecardTree;
import dev.governance.report.Section;
import dev.governance.report.Table;
import dev.governance.report.Tone;
import dev.governance.report.TreeNode;
import dev.governance.report.Trend;
import dev.governance.rules.kpi.NodeResult;
import dev.governance.rules.kpi.Status;
import dev.governance.rules.kpi.TrendDirection;

/** The dashboard's balanced scorecards, each as a tree of scores with status and trend. */
final class ScorecardLayout {

  private ScorecardLayout() {}

  static Section section(Dashboard dashboard) {
    Section.Builder section =
        Section.builder()
            .id("scorecard")
            .title("Balanced scorecard")
            .summary(
                "Program KPIs (budget, schedule, earned value) beside system KPIs (availability,"
                    + " incidents), scored against their targets (100 % = on target) and rolled up"
                    + " by weight.");
    ImmutableList<NodeResult> results = dashboard.health().scorecards();
    for (int i = 0; i < results.size(); i++) {
      section.addBlocks(
          ScorecardTree.builder()
              .id("scorecard-" + dashboard.health().model().scorecards().get(i).id())
              .title(results.get(i).name())
              .root(node(results.get(i)))
              .build());
    }
    if (results.isEmpty()) {
      section.addBlocks(
          Table.builder()
              .id("scorecard-none")
              .title("No scorecards")
              .addColumns("Scorecard")
              .note("The model defines no scorecard.")
              .build());
    }
    return section.build();
  }

  private static TreeNode node(NodeResult result) {
    TreeNode.Builder node = TreeNode.builder().label(result.name()).tone(tone(result.status()));
    result
        .value()
        .ifPresent(
            v -> {
              CellValue cell = CellValue.number(v, 2);
              node.value(cell.text());
              cell.number().ifPresent(node::number);
            });
    result.score().ifPresent(s -> node.score(100 * s));
    result.trend().ifPresent(t -> node.trend(trend(t.direction())));
    result.explanation().ifPresent(e -> node.explanation(e.render()));
    result.children().forEach(c -> node.addChildren(node(c)));
    return node.build();
  }

  static Tone tone(Status status) {
    switch (status) {
      case GREEN:
        return Tone.GOOD;
      case AMBER:
        return Tone.WARNING;
      case RED:
        return Tone.CRITICAL;
      default:
        return Tone.MISSING;
    }
  }

  static Trend trend(TrendDirection direction) {
    switch (direction) {
      case IMPROVING:
        return Trend.IMPROVING;
      case DECLINING:
        return Trend.DECLINING;
      default:
        return Trend.FLAT;
    }
  }
}
