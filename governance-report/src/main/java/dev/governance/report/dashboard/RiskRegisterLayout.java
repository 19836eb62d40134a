package dev.governance.report.dashboard;

import com.google.common.collect.ImmutableList;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.ScaleLevel;
import dev.governance.report.CellValue;
import dev.governance.report.CurveChart;
import dev.governance.report.HeatMap;
import dev.governance.report.Point;
import dev.governance.report.Section;
import dev.governance.report.Series;
import dev.governance.report.Table;
import dev.governance.report.TableRow;
import dev.governance.report.Tone;
import dev.governance.rules.Explanation;
import dev.governance.rules.health.HealthReport;
import dev.governance.rules.risk.AppetiteStatus;
import dev.governance.rules.risk.RiskMatrix;
import dev.governance.rules.risk.RiskRating;
import dev.governance.rules.risk.quant.ExceedancePoint;
import dev.governance.rules.risk.quant.LossDistribution;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The joint risk register: heat maps inherent and residual, the top risks, the loss exceedance
 * curve.
 */
final class RiskRegisterLayout {

  private static final int CURVE_POINTS = 40;

  private RiskRegisterLayout() {}

  static Section section(Dashboard dashboard) {
    GovernanceModel model = dashboard.health().model();
    Section.Builder section =
        Section.builder()
            .id("risk")
            .title("Joint risk register")
            .summary(
                model.risks().size() + " risks owned by the program and system sides together.")
            .addBlocks(
                heatMap(
                    "risk-inherent",
                    "Inherent risk",
                    dashboard.health(),
                    dashboard.health().riskReport().inherentHeatMap()))
            .addBlocks(
                heatMap(
                    "risk-residual",
                    "Residual risk",
                    dashboard.health(),
                    dashboard.health().riskReport().residualHeatMap()))
            .addBlocks(topRisks(dashboard));
    dashboard
        .lossCurve()
        .ifPresent(
            result -> {
              LossDistribution loss = result.annualLoss();
              CurveChart.Builder chart =
                  CurveChart.builder()
                      .id("risk-exceedance")
                      .title("Loss exceedance curve")
                      .xTitle("Annual loss")
                      .yTitle("Probability of exceeding")
                      .logX(true)
                      .yPercent(true)
                      .addSeries(
                          series(
                              "Simulated portfolio (" + loss.years() + " years)",
                              false,
                              loss.exceedanceCurve(CURVE_POINTS)));
              dashboard
                  .tolerance()
                  .ifPresent(t -> chart.addSeries(series("Loss tolerance", true, t.points())));
              section.addBlocks(chart.build());
            });
    return section.build();
  }

  private static Series series(String name, boolean dashed, List<ExceedancePoint> points) {
    return Series.builder()
        .name(name)
        .dashed(dashed)
        .addAllPoints(
            points.stream()
                .map(p -> Point.of(p.loss(), p.probability()))
                .collect(ImmutableList.toImmutableList()))
        .build();
  }

  private static HeatMap heatMap(
      String id, String title, HealthReport health, List<? extends List<Integer>> counts) {
    GovernanceModel model = health.model();
    List<ScaleLevel> likelihoods = model.likelihoodScale().levels();
    List<ScaleLevel> impacts = model.impactScale().levels();
    RiskMatrix matrix = health.riskMatrix();
    boolean matrixFits =
        matrix.likelihoods() == likelihoods.size() && matrix.impacts() == impacts.size();
    HeatMap.Builder map =
        HeatMap.builder()
            .id(id)
            .title(title)
            .rowTitle("Likelihood")
            .columnTitle("Impact")
            .addAllColumns(
                impacts.stream().map(ScaleLevel::label).collect(ImmutableList.toImmutableList()));
    for (int l = likelihoods.size() - 1; l >= 0; l--) {
      map.addRows(likelihoods.get(l).label());
      map.addCounts(ImmutableList.copyOf(counts.get(l)));
      ImmutableList.Builder<Tone> tones = ImmutableList.builder();
      for (int i = 0; i < impacts.size(); i++) {
        tones.add(
            matrixFits
                ? tone(matrix.score(l + 1, i + 1).rank(), matrix.levels().size())
                : Tone.NEUTRAL);
      }
      map.addTones(tones.build());
    }
    return map.build();
  }

  /** Returns the tone of a level rank: the lowest quarter good, the top quarter critical. */
  private static Tone tone(int rank, int levels) {
    double position = levels <= 1 ? 0 : (double) rank / (levels - 1);
    return position <= 0.25 ? Tone.GOOD : position < 0.75 ? Tone.WARNING : Tone.CRITICAL;
  }

  private static Table topRisks(Dashboard dashboard) {
    Map<String, Risk> risks =
        dashboard.health().model().risks().stream()
            .collect(Collectors.toMap(Risk::id, Function.identity()));
    Map<String, String> names = dashboard.health().personNames();
    List<RiskRating> top = dashboard.health().riskReport().top(dashboard.topRisks());
    Table.Builder table =
        Table.builder()
            .id("risk-top")
            .title("Top risks by residual score")
            .addColumns(
                "Risk",
                "Title",
                "Program owner",
                "System owner",
                "Inherent",
                "Residual",
                "Level",
                "Appetite",
                "Recommended",
                "Next review");
    for (RiskRating r : top) {
      AppetiteStatus appetite = r.appetite().orElse(null);
      Tone tone =
          appetite == AppetiteStatus.OUTSIDE_TOLERANCE
              ? Tone.CRITICAL
              : appetite == AppetiteStatus.WITHIN_TOLERANCE
                  ? Tone.WARNING
                  : appetite == null ? Tone.NEUTRAL : Tone.GOOD;
      Risk risk = Objects.requireNonNull(risks.get(r.risk()));
      table.addRows(
          TableRow.typed(
              ImmutableList.of(
                  CellValue.text(r.risk()),
                  CellValue.text(risk.title()),
                  CellValue.text(names.getOrDefault(risk.programOwner(), risk.programOwner())),
                  CellValue.text(names.getOrDefault(risk.systemOwner(), risk.systemOwner())),
                  score(r.inherent()),
                  score(r.residual()),
                  CellValue.text(r.level().map(l -> l.level()).orElse("")),
                  CellValue.text(appetite == null ? "" : appetite.name()),
                  CellValue.text(r.recommendation().map(Enum::name).orElse("")),
                  CellValue.date(r.nextReview())),
              tone));
    }
    if (dashboard.health().riskReport().ratings().size() > top.size()) {
      table.note(
          "The "
              + top.size()
              + " highest of "
              + dashboard.health().riskReport().ratings().size()
              + " risks.");
    }
    return table.build();
  }

  private static CellValue score(Optional<Explanation> e) {
    return e.map(s -> CellValue.number(s.result(), 2)).orElseGet(() -> CellValue.text(""));
  }
}
