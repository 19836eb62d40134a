package dev.governance.testkit;

import com.google.common.collect.ImmutableList;
import dev.governance.core.service.IncidentRecord;
import dev.governance.core.service.OutageRecord;
import dev.governance.core.service.ServiceCount;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One system's operational records over whole months, as {@link ServiceHistoryGenerator} makes
 * them: outages and maintenance that overlap, touch and cross month boundaries, incidents in every
 * state, and monthly request counts with months missing.
 *
 * @param system the id of the system every record names
 * @param first the first month of the history
 * @param months the number of months, at least 1
 * @param outages the outages and planned maintenance
 * @param incidents the incidents
 * @param serviceCounts the monthly request counts, some months missing
 */
public record ServiceHistory(
    String system,
    YearMonth first,
    int months,
    ImmutableList<OutageRecord> outages,
    ImmutableList<IncidentRecord> incidents,
    ImmutableList<ServiceCount> serviceCounts) {

  /** Returns the first day of the history. */
  public LocalDate firstDay() {
    return first.atDay(1);
  }

  /** Returns the last day of the history. */
  public LocalDate lastDay() {
    return first.plusMonths(months - 1L).atEndOfMonth();
  }
}
