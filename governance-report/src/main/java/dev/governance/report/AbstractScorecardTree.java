package dev.governance.report;

import static dev.governance.core.ArgChecker.identifier;
import static dev.governance.core.ArgChecker.notBlank;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/** A balanced scorecard as a tree: each node's score, status and trend. */
@Value.Immutable
abstract non-sealed class AbstractScorecardTree implements Block {

  /** Returns the root node. */
  public abstract TreeNode root();

  @Override
  public Table asTable() {
    Table.Builder table =
        Table.builder()
            .id(id())
            .title(title())
            .addColumns("Node", "Level", "Value", "Score", "Status", "Trend");
    addRows(table, root(), 0);
    return table.build();
  }

  private static void addRows(Table.Builder table, TreeNode node, int level) {
    table.addRows(
        TableRow.typed(
            ImmutableList.of(
                CellValue.text(node.label()),
                CellValue.count(level),
                value(node),
                node.score().map(s -> CellValue.number(s, 1)).orElseGet(() -> CellValue.text("")),
                CellValue.text(Texts.status(node.tone())),
                CellValue.text(
                    node.trend()
                        .map(t -> t.arrow() + " " + t.name().toLowerCase(java.util.Locale.ROOT))
                        .orElse(""))),
            node.tone()));
    node.children().forEach(c -> addRows(table, c, level + 1));
  }

  /** Returns the cell of a node's value: its number where it has one, else its text. */
  private static CellValue value(TreeNode node) {
    CellValue.Builder cell = CellValue.builder().text(node.value().orElse(""));
    node.number().ifPresent(cell::number);
    return cell.build();
  }

  @Override
  public String textAlternative() {
    TreeNode root = root();
    long off = root.flatten().stream().filter(n -> n.tone() == Tone.CRITICAL).count();
    return title()
        + ": "
        + root.label()
        + " scores "
        + root.score().map(s -> Texts.number(s, 1)).orElse("nothing (no data)")
        + " ("
        + Texts.status(root.tone())
        + ") over "
        + (root.flatten().size() - 1)
        + " nodes, "
        + off
        + " of them critical.";
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.scorecardTree((ScorecardTree) this);
  }

  @Value.Check
  protected void validate() {
    identifier(id(), "id");
    notBlank(title(), "title");
  }
}
