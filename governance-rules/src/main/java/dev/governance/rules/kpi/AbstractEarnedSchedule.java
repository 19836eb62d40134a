package dev.governance.rules.kpi;

import static dev.governance.core.ArgChecker.check;
import static dev.governance.core.ArgChecker.notNegative;
import static dev.governance.rules.kpi.Numbers.plain;

import com.google.common.collect.ImmutableList;
import dev.governance.rules.Explanation;
import org.immutables.value.Value;

/**
 * Earned schedule (Lipke, "Schedule is Different", <em>The Measurable News</em>, 2003; PMI
 * <em>Practice Standard for Earned Value Management</em>, 2nd ed., appendix D): schedule
 * performance in units of time rather than money.
 *
 * <p>With the cumulative planned value at the end of each period, the earned value now and the
 * actual time (periods elapsed): ES = C + (EV - PV[C]) / (PV[C+1] - PV[C]), where C is the number
 * of whole periods whose cumulative PV the EV has reached.
 */
@Value.Immutable
abstract class AbstractEarnedSchedule {

  /** Returns the cumulative planned value at the end of periods 1, 2, ...; not decreasing. */
  @Value.Parameter
  public abstract ImmutableList<Double> cumulativePlannedValue();

  /** Returns the earned value now; not negative. */
  @Value.Parameter
  public abstract double earnedValue();

  /** Returns the actual time: the number of periods elapsed; positive. */
  @Value.Parameter
  public abstract double actualTime();

  /** Returns the planned duration in periods; positive. */
  @Value.Parameter
  public abstract double plannedDuration();

  /** Returns the earned schedule ES, in periods. */
  public Explanation earnedSchedule() {
    ImmutableList<Double> pv = cumulativePlannedValue();
    int c = 0;
    while (c < pv.size() && pv.get(c) <= earnedValue()) {
      c++;
    }
    if (c == pv.size()) {
      return Explanation.of(
          "ES", c, "EV " + plain(earnedValue()) + " reaches the whole plan: ES = " + c);
    }
    double before = c == 0 ? 0 : pv.get(c - 1);
    double after = pv.get(c);
    double es = c + (earnedValue() - before) / (after - before);
    return Explanation.of(
        "ES",
        es,
        "C + (EV - PV[C]) / (PV[C+1] - PV[C]) = "
            + c
            + " + ("
            + plain(earnedValue())
            + " - "
            + plain(before)
            + ") / ("
            + plain(after)
            + " - "
            + plain(before)
            + ")");
  }

  /** Returns the schedule variance in time, SV(t) = ES - AT, in periods (negative is late). */
  public Explanation scheduleVariance() {
    Explanation es = earnedSchedule();
    return Explanation.builder()
        .quantity("SV(t)")
        .result(es.result() - actualTime())
        .formula("ES - AT = " + plain(es.result()) + " - " + plain(actualTime()))
        .addChildren(es)
        .build();
  }

  /**
   * Returns the schedule variance in days, SV(t) x days per period.
   *
   * @param daysPerPeriod the length of one period in days, such as 30.4375 for months; positive
   * @return the variance in days (negative is late)
   * @throws dev.governance.core.GovernanceValidationException if {@code daysPerPeriod} is not
   *     positive
   */
  public Explanation scheduleVarianceDays(double daysPerPeriod) {
    check(
        daysPerPeriod > 0 && Double.isFinite(daysPerPeriod),
        "daysPerPeriod",
        daysPerPeriod,
        "a finite number > 0");
    Explanation sv = scheduleVariance();
    return Explanation.builder()
        .quantity("SV(t) in days")
        .result(sv.result() * daysPerPeriod)
        .formula("SV(t) x days per period = " + plain(sv.result()) + " x " + plain(daysPerPeriod))
        .addChildren(sv)
        .build();
  }

  /** Returns the schedule performance index in time, SPI(t) = ES / AT. */
  public Explanation schedulePerformanceIndex() {
    Explanation es = earnedSchedule();
    return Explanation.builder()
        .quantity("SPI(t)")
        .result(es.result() / actualTime())
        .formula("ES / AT = " + plain(es.result()) + " / " + plain(actualTime()))
        .addChildren(es)
        .build();
  }

  /**
   * Returns the independent estimate at completion in time, IEAC(t) = PD / SPI(t), in periods.
   *
   * @throws dev.governance.core.GovernanceValidationException if no value has been earned yet
   *     (SPI(t) is zero, so no duration can be estimated)
   */
  public Explanation independentEstimateAtCompletion() {
    Explanation spi = schedulePerformanceIndex();
    check(
        spi.result() > 0, "earnedValue", earnedValue(), "a value above 0 to estimate the duration");
    return Explanation.builder()
        .quantity("IEAC(t)")
        .result(plannedDuration() / spi.result())
        .formula("PD / SPI(t) = " + plain(plannedDuration()) + " / " + plain(spi.result()))
        .addChildren(spi)
        .build();
  }

  @Value.Check
  protected void validate() {
    check(
        !cumulativePlannedValue().isEmpty(), "cumulativePlannedValue", "[]", "at least one period");
    for (int i = 0; i < cumulativePlannedValue().size(); i++) {
      notNegative(cumulativePlannedValue().get(i), "cumulativePlannedValue[" + i + "]");
      if (i > 0) {
        check(
            cumulativePlannedValue().get(i) >= cumulativePlannedValue().get(i - 1),
            "cumulativePlannedValue[" + i + "]",
            cumulativePlannedValue().get(i),
            "a cumulative value >= the previous period's " + cumulativePlannedValue().get(i - 1));
      }
    }
    notNegative(earnedValue(), "earnedValue");
    check(
        actualTime() > 0 && Double.isFinite(actualTime()),
        "actualTime",
        actualTime(),
        "a finite number of periods > 0");
    check(
        plannedDuration() > 0 && Double.isFinite(plannedDuration()),
        "plannedDuration",
        plannedDuration(),
        "a finite number of periods > 0");
  }
}
