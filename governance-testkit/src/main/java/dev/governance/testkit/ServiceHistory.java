package dev.governance.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.governance.core.ArgChecker;
import dev.governance.core.service.IncidentRecord;
import dev.governance.core.service.OutageRecord;
import dev.governance.core.service.ServiceCount;
import dev.governance.core.time.PeriodKind;
import dev.governance.core.time.ReportingPeriod;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One system's operational records over whole months, as {@link ServiceHistoryGenerator} makes
 * them: outages and maintenance that overlap, touch and cross month boundaries, incidents in every
 * state, and monthly request counts with months missing.
 *
 * @param system the id of the system every record names
 * @param first the first month of the history
 * @param months the number of months, at least 1
 * @param outages the outages and planned maintenance, each of the system {@code system}
 * @param incidents the incidents, each of the system {@code system}
 * @param serviceCounts the monthly request counts of the system {@code system}, at most one per
 *     month of the history, some months missing
 */
public record ServiceHistory(
    String system,
    YearMonth first,
    int months,
    ImmutableList<OutageRecord> outages,
    ImmutableList<IncidentRecord> incidents,
    ImmutableList<ServiceCount> serviceCounts) {

  /**
   * Checks the components against what this class documents, and copies the lists (a view of
   * another list, such as a {@code subList}, would otherwise keep the whole of it).
   *
   * @throws NullPointerException if a component or a list's element is null
   * @throws dev.governance.core.GovernanceValidationException if {@code system} is not an id,
   *     {@code months} is below 1 or the history would end after the year {@value Year#MAX_VALUE},
   *     a record names another system, or a request count is not of one month of the history or
   *     repeats a month
   */
  public ServiceHistory {
    ArgChecker.identifier(requireNonNull(system, "system"), "system");
    requireNonNull(first, "first");
    ArgChecker.positive(months, "months");
    long most = (Year.MAX_VALUE - (long) first.getYear()) * 12 + 13 - first.getMonthValue();
    ArgChecker.check(
        months <= most,
        "months",
        months,
        "at most " + most + " months from " + first + ", ending by the year " + Year.MAX_VALUE);
    outages = ImmutableList.copyOf(requireNonNull(outages, "outages"));
    incidents = ImmutableList.copyOf(requireNonNull(incidents, "incidents"));
    serviceCounts = ImmutableList.copyOf(requireNonNull(serviceCounts, "serviceCounts"));
    namesTheSystem(outages, OutageRecord::system, "outages", system);
    namesTheSystem(incidents, IncidentRecord::system, "incidents", system);
    namesTheSystem(serviceCounts, ServiceCount::system, "serviceCounts", system);
    YearMonth last = first.plusMonths(months - 1L);
    String expected = "a month from " + first + " to " + last + " not counted before";
    Set<YearMonth> counted = new HashSet<>();
    for (int i = 0; i < serviceCounts.size(); i++) {
      ReportingPeriod period = serviceCounts.get(i).period();
      YearMonth month = YearMonth.from(period.start());
      ArgChecker.check(
          period.kind() == PeriodKind.MONTH
              && !month.isBefore(first)
              && !month.isAfter(last)
              && counted.add(month),
          "serviceCounts[" + i + "].period",
          period,
          expected);
    }
  }

  private static <T> void namesTheSystem(
      List<T> records, Function<T, String> systemOf, String field, String system) {
    for (int i = 0; i < records.size(); i++) {
      ArgChecker.check(
          systemOf.apply(records.get(i)).equals(system),
          field + "[" + i + "].system",
          systemOf.apply(records.get(i)),
          "the history's system '" + system + "'");
    }
  }

  /** Returns the first day of the history. */
  public LocalDate firstDay() {
    return first.atDay(1);
  }

  /** Returns the last day of the history. */
  public LocalDate lastDay() {
    return first.plusMonths(months - 1L).atEndOfMonth();
  }
}
