package dev.governance.report;

/**
 * One piece of a report section: metrics, a table or a chart, held as data. Every block can be read
 * as a {@link Table} (which Markdown and CSV print and screen readers get) and describes itself in
 * a sentence (the charts' text alternative).
 */
public sealed interface Block
    permits AbstractMetrics,
        AbstractTable,
        AbstractHeatMap,
        AbstractScorecardTree,
        AbstractCurveChart,
        AbstractTimeline,
        AbstractRaciGrid,
        AbstractBarChart {

  /** Returns the block's id, unique in its report; it names the block's CSV file. */
  String id();

  /** Returns the block's title. */
  String title();

  /** Returns the block's data as a table. */
  Table asTable();

  /** Returns a sentence that says what the block shows, for those who cannot see it. */
  String textAlternative();

  /** Calls the visitor's method for this block's type. */
  <R> R accept(BlockVisitor<R> visitor);
}
