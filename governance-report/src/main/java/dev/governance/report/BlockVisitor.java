package dev.governance.report;

/**
 * A renderer's step per {@link Block} type, so that a new block type is a compile error in every
 * renderer until each handles it.
 *
 * @param <R> what each step returns
 */
public interface BlockVisitor<R> {

  /** Handles metrics. */
  R metrics(Metrics metrics);

  /** Handles a table. */
  R table(Table table);

  /** Handles a heat map. */
  R heatMap(HeatMap heatMap);

  /** Handles a scorecard tree. */
  R scorecardTree(ScorecardTree tree);

  /** Handles a curve chart. */
  R curveChart(CurveChart chart);

  /** Handles a timeline. */
  R timeline(Timeline timeline);

  /** Handles a RACI grid. */
  R raciGrid(RaciGrid grid);

  /** Handles a bar chart. */
  R barChart(BarChart chart);
}
