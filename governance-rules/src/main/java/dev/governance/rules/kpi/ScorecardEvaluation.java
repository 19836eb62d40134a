package dev.governance.rules.kpi;

import static dev.governance.rules.kpi.Numbers.plain;

import com.google.common.collect.ImmutableList;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.Violation;
import dev.governance.core.kpi.Direction;
import dev.governance.core.kpi.KpiDefinition;
import dev.governance.core.kpi.NodeKind;
import dev.governance.core.kpi.Scorecard;
import dev.governance.core.kpi.ScorecardNode;
import dev.governance.core.kpi.StatusThresholds;
import dev.governance.core.time.ReportingPeriod;
import dev.governance.rules.Explanation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** One evaluation of one scorecard: aggregation, scoring, roll-up. */
final class ScorecardEvaluation {

  private final ScorecardEngine engine;
  private final Scorecard scorecard;
  private final Map<String, KpiDefinition> kpis = new HashMap<>();
  private final Map<String, Normalisation> normalisations = new HashMap<>();
  private final LocalDate asOf;

  /** periods[0] is the evaluated period, periods[i] the i-th before it. */
  private final List<ReportingPeriod> periods = new ArrayList<>();

  private PeriodValues values;

  /** Derives the KPIs that name a source; null when evaluating observations alone. */
  private final @Nullable KpiSources sources;

  /** Each derived KPI's values, by period back from the evaluated one, computed once. */
  private final Map<String, List<Optional<Explanation>>> derived = new HashMap<>();

  ScorecardEvaluation(
      ScorecardEngine engine,
      Scorecard scorecard,
      List<KpiDefinition> definitions,
      Function<ObservationAggregator, PeriodValues> aggregated,
      @Nullable KpiSources sources,
      LocalDate asOf) {
    this.engine = engine;
    this.sources = sources;
    this.scorecard = scorecard;
    this.asOf = asOf;
    definitions.forEach(k -> kpis.put(k.id(), k));
    periods.addAll(engine.periods(asOf));
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < scorecard.kpis().size(); i++) {
      String id = scorecard.kpis().get(i);
      KpiDefinition kpi = kpis.get(id);
      if (kpi == null) {
        violations.add(
            Violation.of(
                "scorecard.kpis[" + i + "]",
                GovernanceValidationException.render(id),
                "the id of a given KPI definition"));
      } else if (kpi.source().isPresent() && sources == null) {
        violations.add(
            Violation.of(
                "kpis." + id,
                GovernanceValidationException.render(id),
                "an observed KPI, or the model's records to derive it from its source "
                    + kpi.source().get().code()));
      } else {
        normalisation(kpi)
            .ifPresentOrElse(
                n -> normalisations.put(id, n),
                () ->
                    violations.add(
                        Violation.of(
                            "kpis." + id,
                            GovernanceValidationException.render(id),
                            "a baseline, a minimum and maximum, or a target range, to score the"
                                + " KPI")));
      }
    }
    try {
      values =
          aggregated.apply(ObservationAggregator.of(definitions, periods, engine.zone(), asOf));
    } catch (GovernanceValidationException e) {
      violations.addAll(e.violations());
      throw new GovernanceValidationException(violations);
    }
    if (!violations.isEmpty()) {
      throw new GovernanceValidationException(violations);
    }
  }

  private Optional<Normalisation> normalisation(KpiDefinition kpi) {
    Normalisation configured = engine.normalisations().get(kpi.id());
    if (configured != null) {
      return Optional.of(configured);
    }
    if (kpi.direction() == Direction.TARGET_RANGE) {
      return Optional.of(TargetBandNormalisation.of(kpi.target(), kpi.tolerance().orElseThrow()));
    }
    if (kpi.baseline().isPresent() && kpi.baseline().get() != kpi.target()) {
      return Optional.of(LinearNormalisation.progress(kpi.baseline().get(), kpi.target()));
    }
    if (kpi.minimum().isPresent() && kpi.maximum().isPresent()) {
      return Optional.of(
          LinearNormalisation.performance(
              kpi.minimum().get(),
              kpi.maximum().get(),
              kpi.direction() == Direction.LOWER_IS_BETTER));
    }
    return Optional.empty();
  }

  /**
   * Evaluates the scorecard. Containers' trends are fitted to their scores in the trend periods, so
   * the tree is first scored for each earlier period, as it would have been then; the scores of
   * each container (the scorecard or a node) are kept by identity.
   */
  NodeResult result() {
    Map<Object, double[]> scores = new IdentityHashMap<>();
    for (int p = 1; p < engine.trendPeriods(); p++) {
      record(scorecard, scorecard.children(), root(p, scores), p, scores);
    }
    return root(0, scores);
  }

  private NodeResult root(int p, Map<Object, double[]> scores) {
    List<NodeResult> children =
        scorecard.children().stream().map(c -> node(c, p, scores)).collect(Collectors.toList());
    return container(
        scorecard.id(),
        scorecard.name(),
        Optional.empty(),
        scorecard.children(),
        children,
        history(scorecard, p, scores));
  }

  /**
   * Returns a container's earlier scores, to fit its trend to, when evaluating the evaluated
   * period.
   */
  private double @Nullable [] history(Object container, int p, Map<Object, double[]> scores) {
    return p == 0 ? scores.get(container) : null;
  }

  /**
   * Notes the score in period {@code p} of a container with child {@code nodes}, and of the
   * containers below it.
   */
  private void record(
      Object container,
      List<ScorecardNode> nodes,
      NodeResult result,
      int p,
      Map<Object, double[]> scores) {
    double[] history =
        scores.computeIfAbsent(
            container,
            c -> {
              double[] none = new double[engine.trendPeriods()];
              Arrays.fill(none, Double.NaN);
              return none;
            });
    history[p] = result.score().orElse(Double.NaN);
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).kind() != NodeKind.KPI) {
        record(nodes.get(i), nodes.get(i).children(), result.children().get(i), p, scores);
      }
    }
  }

  private NodeResult node(ScorecardNode node, int p, Map<Object, double[]> scores) {
    if (node.kind() == NodeKind.KPI) {
      return kpi(node, Objects.requireNonNull(kpis.get(node.kpi().orElseThrow())), p);
    }
    List<NodeResult> children =
        node.children().stream().map(c -> node(c, p, scores)).collect(Collectors.toList());
    return container(
        node.id(),
        node.name(),
        Optional.of(node.kind()),
        node.children(),
        children,
        history(node, p, scores));
  }

  private OptionalDouble periodValue(KpiDefinition kpi, int period) {
    if (kpi.source().isEmpty()) {
      return values.value(kpi.id(), period);
    }
    return derived(kpi, period)
        .map(e -> OptionalDouble.of(e.result()))
        .orElse(OptionalDouble.empty());
  }

  private Optional<Explanation> derived(KpiDefinition kpi, int period) {
    KpiSources from = Objects.requireNonNull(sources);
    return derived
        .computeIfAbsent(
            kpi.id(), id -> periods.stream().map(p -> from.value(kpi, p, asOf)).toList())
        .get(period);
  }

  /** Returns the last day a KPI's value covers: its latest observation's, or derived period's. */
  private Optional<LocalDate> latest(KpiDefinition kpi) {
    if (kpi.source().isEmpty()) {
      return values.latest(kpi.id());
    }
    for (int p = 0; p < periods.size(); p++) {
      if (derived(kpi, p).isPresent()) {
        LocalDate end = periods.get(p).end();
        return Optional.of(end.isAfter(asOf) ? asOf : end);
      }
    }
    return Optional.empty();
  }

  /**
   * Scores a KPI in period {@code p} (0 for the evaluated period), staleness judged as of the
   * evaluation date.
   */
  private NodeResult kpi(ScorecardNode node, KpiDefinition kpi, int p) {
    Set<DataQuality> quality = EnumSet.noneOf(DataQuality.class);
    Optional<LocalDate> last = latest(kpi);
    if (last.isEmpty() || last.get().plus(kpi.updateFrequency().interval()).isBefore(asOf)) {
      quality.add(DataQuality.STALE);
    }
    OptionalDouble value = periodValue(kpi, p);
    String source =
        kpi.source()
            .map(s -> s.code() + " over " + periods.get(p) + ", derived from the model's records")
            .orElseGet(
                () ->
                    "the "
                        + kpi.aggregation().name().toLowerCase(Locale.ROOT)
                        + " of "
                        + periods.get(p)
                        + "'s observations");
    int valuePeriod = p;
    if (value.isEmpty() && engine.missingData() == MissingData.CARRY_FORWARD) {
      for (int back = p + 1; back <= p + engine.carryForwardPeriods() && value.isEmpty(); back++) {
        value = periodValue(kpi, back);
        if (value.isPresent()) {
          quality.add(DataQuality.CARRIED_FORWARD);
          source = periods.get(back) + "'s value, carried forward";
          valuePeriod = back;
        }
      }
    }
    NodeResult.Builder result =
        NodeResult.builder()
            .id(node.id())
            .name(node.name())
            .kind(node.kind())
            .trend(valueTrend(kpi));
    if (value.isEmpty()) {
      quality.add(DataQuality.MISSING);
      if (engine.missingData() == MissingData.ZERO) {
        return result
            .score(0)
            .status(Status.RED)
            .addAllQuality(quality)
            .explanation(
                Explanation.of("score", 0, "no value for " + periods.get(p) + ": counted as 0"))
            .build();
      }
      return result.status(Status.GREY).addAllQuality(quality).build();
    }
    Explanation scored =
        Objects.requireNonNull(normalisations.get(kpi.id())).score(value.getAsDouble());
    Explanation explanation =
        scored.withChildren(
            ImmutableList.<Explanation>builder()
                .addAll(scored.children())
                .add(
                    Explanation.builder()
                        .quantity(kpi.name() + " (" + kpi.unit() + ")")
                        .result(value.getAsDouble())
                        .formula(source)
                        .addAllChildren(
                            kpi.source().isPresent()
                                ? derived(kpi, valuePeriod).stream().toList()
                                : List.of())
                        .build())
                .build());
    double raw = value.getAsDouble();
    Status status =
        kpi.thresholds()
            .map(t -> byThresholds(kpi, t, raw))
            .orElseGet(() -> byScore(scored.result()));
    return result
        .value(raw)
        .score(scored.result())
        .status(status)
        .addAllQuality(quality)
        .explanation(explanation)
        .build();
  }

  /** Returns a KPI's trend, fitted to its raw period values in the light of its direction. */
  private Optional<Trend> valueTrend(KpiDefinition kpi) {
    double[] values = new double[engine.trendPeriods()];
    for (int p = 0; p < values.length; p++) {
      values[p] = periodValue(kpi, p).orElse(Double.NaN);
    }
    return trend(values, kpi.direction(), kpi.target());
  }

  /**
   * Fits a least-squares line to the values of the trend periods ({@code values[0]} the evaluated
   * period, NaN where there is none). Flat means a slope under 1 % of the mean value per period.
   */
  private static Optional<Trend> trend(double[] values, Direction direction, double target) {
    List<double[]> points = new ArrayList<>();
    for (int p = values.length - 1; p >= 0; p--) {
      if (!Double.isNaN(values[p])) {
        points.add(new double[] {values.length - 1 - p, values[p]});
      }
    }
    if (points.size() < 2) {
      return Optional.empty();
    }
    double n = points.size();
    double meanX = points.stream().mapToDouble(q -> q[0]).sum() / n;
    double meanY = points.stream().mapToDouble(q -> q[1]).sum() / n;
    double sxy = points.stream().mapToDouble(q -> (q[0] - meanX) * (q[1] - meanY)).sum();
    double sxx = points.stream().mapToDouble(q -> (q[0] - meanX) * (q[0] - meanX)).sum();
    double slope = sxy / sxx;
    double better;
    if (direction == Direction.TARGET_RANGE) {
      double first = Math.abs(points.get(0)[1] - target);
      double lastDistance = Math.abs(points.get(points.size() - 1)[1] - target);
      better = first - lastDistance;
    } else {
      better = direction == Direction.HIGHER_IS_BETTER ? slope : -slope;
    }
    double scale = Math.max(Math.abs(meanY), 1e-12);
    TrendDirection trendDirection =
        Math.abs(direction == Direction.TARGET_RANGE ? better / (n - 1) : slope) < 0.01 * scale
            ? TrendDirection.FLAT
            : better > 0 ? TrendDirection.IMPROVING : TrendDirection.DECLINING;
    Trend.Builder trend =
        Trend.builder().direction(trendDirection).slope(slope).periods(points.size());
    if (!Double.isNaN(values[0]) && !Double.isNaN(values[1])) {
      trend.changeFromPrevious(values[0] - values[1]);
    }
    return Optional.of(trend.build());
  }

  /**
   * Rolls up a container's children. With {@code history} (its scores in earlier periods, index 0
   * unused), its trend is fitted to those scores and this one, higher being better.
   */
  private NodeResult container(
      String id,
      String name,
      Optional<NodeKind> kind,
      List<ScorecardNode> nodes,
      List<NodeResult> children,
      double @Nullable [] history) {
    NodeResult.Builder result =
        NodeResult.builder().id(id).name(name).kind(kind).addAllChildren(children);
    boolean grey =
        engine.missingData() == MissingData.GREY
            && children.stream()
                .anyMatch(c -> c.score().isEmpty() || c.quality().contains(DataQuality.MISSING));
    List<Integer> present = new ArrayList<>();
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i).score().isPresent()) {
        present.add(i);
      }
    }
    double weights = present.stream().mapToDouble(i -> nodes.get(i).weight()).sum();
    boolean scored =
        !grey && !present.isEmpty() && (engine.rollUp() != RollUp.WEIGHTED_MEAN || weights > 0);
    @Nullable Explanation rolled = scored ? rollUp(present, nodes, children, weights) : null;
    if (history != null) {
      double[] scores = history.clone();
      scores[0] = rolled == null ? Double.NaN : rolled.result();
      result.trend(trend(scores, Direction.HIGHER_IS_BETTER, 1));
    }
    if (rolled == null) {
      return result.status(Status.GREY).addQuality(DataQuality.MISSING).build();
    }
    return result
        .score(rolled.result())
        .status(byScore(rolled.result()))
        .explanation(rolled)
        .build();
  }

  private Explanation rollUp(
      List<Integer> present, List<ScorecardNode> nodes, List<NodeResult> children, double weights) {
    List<Double> scores =
        present.stream()
            .map(i -> children.get(i).score().getAsDouble())
            .collect(Collectors.toList());
    List<Explanation> inputs =
        present.stream()
            .map(i -> children.get(i).explanation().orElseThrow())
            .collect(Collectors.toList());
    switch (engine.rollUp()) {
      case WORST:
        return combine(
            "worst child score",
            scores.stream().mapToDouble(d -> d).min().orElseThrow(),
            "min(" + join(scores) + ")",
            inputs);
      case BEST:
        return combine(
            "best child score",
            scores.stream().mapToDouble(d -> d).max().orElseThrow(),
            "max(" + join(scores) + ")",
            inputs);
      case SUM:
        return combine(
            "sum of child scores",
            scores.stream().mapToDouble(d -> d).sum(),
            String.join(" + ", strings(scores)),
            inputs);
      case MEAN:
        return combine(
            "mean child score",
            scores.stream().mapToDouble(d -> d).sum() / scores.size(),
            "(" + String.join(" + ", strings(scores)) + ") / " + scores.size(),
            inputs);
      default:
        double sum = 0;
        List<String> terms = new ArrayList<>();
        List<String> ws = new ArrayList<>();
        for (int k = 0; k < present.size(); k++) {
          double w = nodes.get(present.get(k)).weight();
          sum += w * scores.get(k);
          terms.add(plain(w) + " x " + plain(scores.get(k)));
          ws.add(plain(w));
        }
        return combine(
            "weighted mean score",
            sum / weights,
            "(" + String.join(" + ", terms) + ") / (" + String.join(" + ", ws) + ")",
            inputs);
    }
  }

  private static Explanation combine(
      String quantity, double result, String formula, List<Explanation> inputs) {
    return Explanation.builder()
        .quantity(quantity)
        .result(result)
        .formula(formula)
        .addAllChildren(inputs)
        .build();
  }

  private static List<String> strings(List<Double> values) {
    return values.stream().map(Numbers::plain).collect(Collectors.toList());
  }

  private static String join(List<Double> values) {
    return String.join(", ", strings(values));
  }

  private Status byScore(double score) {
    return score >= engine.greenFrom()
        ? Status.GREEN
        : score >= engine.amberFrom() ? Status.AMBER : Status.RED;
  }

  private static Status byThresholds(KpiDefinition kpi, StatusThresholds t, double value) {
    switch (kpi.direction()) {
      case HIGHER_IS_BETTER:
        return value >= t.green() ? Status.GREEN : value >= t.amber() ? Status.AMBER : Status.RED;
      case LOWER_IS_BETTER:
        return value <= t.green() ? Status.GREEN : value <= t.amber() ? Status.AMBER : Status.RED;
      default:
        double distance = Math.abs(value - kpi.target());
        return distance <= t.green()
            ? Status.GREEN
            : distance <= t.amber() ? Status.AMBER : Status.RED;
    }
  }
}
