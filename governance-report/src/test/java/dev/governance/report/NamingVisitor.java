package dev.governance.report;

/** A visitor that names the block type it was called for, to test each block's dispatch. */
final class NamingVisitor implements BlockVisitor<String> {

  @Override
  public String metrics(Metrics metrics) {
    return "metrics";
  }

  @Override
  public String table(Table table) {
    return "table";
  }

  @Override
  public String heatMap(HeatMap heatMap) {
    return "heatMap";
  }

  @Override
  public String scorecardTree(ScorecardTree tree) {
    return "scorecardTree";
  }

  @Override
  public String curveChart(CurveChart chart) {
    return "curveChart";
  }

  @Override
  public String timeline(Timeline timeline) {
    return "timeline";
  }

  @Override
  public String raciGrid(RaciGrid grid) {
    return "raciGrid";
  }

  @Override
  public String barChart(BarChart chart) {
    return "barChart";
  }
}
