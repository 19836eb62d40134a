package dev.governance.rules.risk;

import static dev.governance.core.ArgChecker.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.risk.AssessmentStage;
import dev.governance.core.risk.Control;
import dev.governance.core.risk.OrderedScale;
import dev.governance.core.risk.Risk;
import dev.governance.core.risk.RiskAppetite;
import dev.governance.core.risk.RiskAssessment;
import dev.governance.core.risk.Treatment;
import dev.governance.rules.Explanation;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.ValidationReport;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The risk register check: rates every risk of a model (inherent and residual scores, level,
 * appetite, suggested treatment, next review), draws the inherent and residual heat maps, and finds
 * RISK-001 to RISK-006. An immutable configuration; {@link #standard()} uses NIST SP 800-30 Table
 * I-2, reviews Very High risks every 90 days, High every 180, Moderate and Low yearly and Very Low
 * every two years by their residual level, and accepts control evidence up to a year old.
 *
 * <p>For example, reviewing a model's register as of a day:
 *
 * <pre>{@code
 * RiskRegisterReport register = RiskRegister.standard().review(model, LocalDate.of(2025, 12, 31));
 * ValidationReport findings = register.findings(); // here RISK-008: an action overdue
 * List<RiskRating> top = register.top(3); // the highest residual risks, each score explained
 * }</pre>
 */
@Value.Immutable
abstract class AbstractRiskRegister {

  /** Returns the check with the standard configuration. */
  public static RiskRegister standard() {
    return RiskRegister.builder().build();
  }

  /**
   * Returns the matrix levels are read from; its rows and columns must match the model's scales.
   */
  @Value.Default
  public RiskMatrix matrix() {
    return RiskMatrix.nist80030();
  }

  /**
   * Returns the review cadence per level of the {@link #matrix()}; a level without one is not
   * reviewed on a schedule. By default NIST SP 800-30's five levels are reviewed every 90 days
   * (Very High), 180 days (High), year (Moderate, Low) and two years (Very Low); the levels of any
   * other matrix every 90 days (the highest), 180 days (the next) and year (the others).
   */
  @Value.Default
  public ImmutableMap<String, Period> reviewCadence() {
    List<String> levels = matrix().levels();
    ImmutableMap.Builder<String, Period> cadence = ImmutableMap.builder();
    for (int fromTop = 0; fromTop < levels.size(); fromTop++) {
      String level = levels.get(levels.size() - 1 - fromTop);
      boolean lowestOfFive = levels.size() >= 5 && fromTop == levels.size() - 1;
      cadence.put(
          level,
          fromTop == 0
              ? Period.ofDays(90)
              : fromTop == 1
                  ? Period.ofDays(180)
                  : lowestOfFive ? Period.ofYears(2) : Period.ofYears(1));
    }
    return cadence.build();
  }

  /**
   * Returns the assessment whose level times reviews: residual by default (inherent where there is
   * none).
   */
  @Value.Default
  public AssessmentStage reviewStage() {
    return AssessmentStage.RESIDUAL;
  }

  /** Returns how old control evidence may be; a year by default. */
  @Value.Default
  public Period evidenceMaxAge() {
    return Period.ofYears(1);
  }

  /**
   * Returns the business-day calendar review dates fall on, if any: a review due on a weekend or
   * holiday is due the next business day.
   */
  public abstract Optional<HolidayCalendar> calendar();

  /** Returns severities that replace rules' defaults. */
  public abstract ImmutableMap<RiskRegisterRule, Severity> severities();

  /**
   * Reviews the register of {@code model} as of {@code asOf}.
   *
   * @param model the model
   * @param asOf the date reviews, acceptances and evidence are judged at
   * @return the findings, heat maps and ratings
   * @throws dev.governance.core.GovernanceValidationException if the matrix does not fit the
   *     model's scales
   */
  public RiskRegisterReport review(GovernanceModel model, LocalDate asOf) {
    OrderedScale likelihoods = model.likelihoodScale();
    OrderedScale impacts = model.impactScale();
    check(
        matrix().likelihoods() == likelihoods.levels().size()
            && matrix().impacts() == impacts.levels().size(),
        "matrix",
        matrix().name(),
        "a matrix of "
            + likelihoods.levels().size()
            + " likelihoods by "
            + impacts.levels().size()
            + " impacts, as the model's scales");
    Map<String, Control> controls =
        model.controls().stream().collect(Collectors.toMap(Control::id, Function.identity()));
    PortfolioIndex portfolio = PortfolioIndex.of(model);
    int[][] inherentMap = new int[likelihoods.levels().size()][impacts.levels().size()];
    int[][] residualMap = new int[likelihoods.levels().size()][impacts.levels().size()];
    List<Finding> findings = new ArrayList<>();
    ImmutableList.Builder<RiskRating> ratings = ImmutableList.builder();
    for (Risk risk : model.risks()) {
      Optional<RiskAssessment> inherent = risk.assessment(AssessmentStage.INHERENT);
      Optional<RiskAssessment> residual = risk.assessment(AssessmentStage.RESIDUAL);
      inherent.ifPresent(
          a -> inherentMap[likelihoods.rank(a.likelihood())][impacts.rank(a.impact())]++);
      residual.ifPresent(
          a -> residualMap[likelihoods.rank(a.likelihood())][impacts.rank(a.impact())]++);
      List<Control> applied = risk.controls().stream().map(controls::get).toList();
      RiskRating rating = rate(model, risk, inherent, residual, applied, asOf);
      ratings.add(rating);
      findings.addAll(
          new RiskChecks((RiskRegister) this, model, portfolio, risk, asOf)
              .findings(inherent, residual, applied, rating));
    }
    return RiskRegisterReport.builder()
        .findings(ValidationReport.of(findings))
        .addAllInherentHeatMap(rows(inherentMap))
        .addAllResidualHeatMap(rows(residualMap))
        .addAllRatings(ratings.build())
        .build();
  }

  Severity severity(RiskRegisterRule rule) {
    return severities().getOrDefault(rule, rule.defaultSeverity());
  }

  /** Returns the matrix level of an assessment. */
  RiskScore level(GovernanceModel model, RiskAssessment assessment) {
    return matrix().level(model, assessment);
  }

  /** Returns 10 x L x I / (max L x max I), on the scales' ranks. */
  private static Explanation score(GovernanceModel model, RiskAssessment assessment, String stage) {
    int l = model.likelihoodScale().rank(assessment.likelihood()) + 1;
    int i = model.impactScale().rank(assessment.impact()) + 1;
    int max = model.likelihoodScale().levels().size() * model.impactScale().levels().size();
    return Explanation.of(
        stage + " score",
        10.0 * l * i / max,
        "10 x L x I / (max L x max I) = 10 x " + l + " x " + i + " / " + max);
  }

  private RiskRating rate(
      GovernanceModel model,
      Risk risk,
      Optional<RiskAssessment> inherent,
      Optional<RiskAssessment> residual,
      List<Control> applied,
      LocalDate asOf) {
    Optional<Explanation> inherentScore = inherent.map(a -> score(model, a, "inherent"));
    Optional<Explanation> residualScore =
        residual.isPresent()
            ? residual.map(a -> score(model, a, "residual"))
            : inherentScore.map(
                s ->
                    ResidualRisk.residual(
                        s.result(), applied.stream().map(Control::effectiveness).toList()));
    Optional<RiskAssessment> timing = risk.assessment(reviewStage()).or(() -> inherent);
    Optional<RiskScore> level = timing.map(a -> level(model, a));
    Optional<RiskAppetite> appetite = appetiteOf(model, risk);
    Optional<AppetiteStatus> status =
        residualScore.flatMap(
            s ->
                appetite.map(
                    a ->
                        s.result() <= a.appetite()
                            ? AppetiteStatus.WITHIN_APPETITE
                            : s.result() <= a.tolerance()
                                ? AppetiteStatus.WITHIN_TOLERANCE
                                : AppetiteStatus.OUTSIDE_TOLERANCE));
    Optional<Treatment> recommendation =
        status.map(s -> recommend(model, s, timing.orElseThrow(), level.orElseThrow()));
    Optional<LocalDate> nextReview =
        level
            .flatMap(l -> Optional.ofNullable(reviewCadence().get(l.level())))
            .map(cadence -> risk.lastReviewed().orElse(risk.identifiedOn()).plus(cadence))
            .map(due -> calendar().map(c -> c.nextOrSame(due)).orElse(due));
    return RiskRating.builder()
        .risk(risk.id())
        .inherent(inherentScore)
        .residual(residualScore)
        .level(level)
        .appetite(status)
        .recommendation(recommendation)
        .nextReview(nextReview)
        .build();
  }

  private Treatment recommend(
      GovernanceModel model, AppetiteStatus status, RiskAssessment assessment, RiskScore level) {
    if (status == AppetiteStatus.WITHIN_APPETITE) {
      return Treatment.ACCEPT;
    }
    if (status == AppetiteStatus.WITHIN_TOLERANCE) {
      return Treatment.MITIGATE;
    }
    if (level.rank() == matrix().levels().size() - 1) {
      return Treatment.AVOID;
    }
    boolean rareButSevere =
        model.likelihoodScale().rank(assessment.likelihood()) == 0
            && model.impactScale().rank(assessment.impact())
                == model.impactScale().levels().size() - 1;
    return rareButSevere ? Treatment.TRANSFER : Treatment.MITIGATE;
  }

  private static Optional<RiskAppetite> appetiteOf(GovernanceModel model, Risk risk) {
    return model.appetites().stream()
        .filter(a -> a.category().equals(Optional.of(risk.category())))
        .findFirst()
        .or(() -> model.appetites().stream().filter(a -> a.category().isEmpty()).findFirst());
  }

  private static ImmutableList<ImmutableList<Integer>> rows(int[][] map) {
    ImmutableList.Builder<ImmutableList<Integer>> rows = ImmutableList.builder();
    for (int[] row : map) {
      rows.add(Arrays.stream(row).boxed().collect(ImmutableList.toImmutableList()));
    }
    return rows.build();
  }

  @Value.Check
  protected void validate() {
    for (String level : reviewCadence().keySet()) {
      check(
          matrix().levels().contains(level),
          "reviewCadence",
          level,
          "a level of the matrix " + matrix().name() + ": " + String.join(", ", matrix().levels()));
    }
  }
}
