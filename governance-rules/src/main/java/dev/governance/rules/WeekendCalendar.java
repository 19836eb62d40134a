package dev.governance.rules;

import static dev.governance.core.ArgChecker.check;

import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.model.GovernanceModel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.stream.Stream;

/**
 * The business-day calendar engines use when given none: weekends only, over every year a model's
 * dated records touch (compliance events from the year before, meetings, disagreements, roadmap
 * windows, milestones) and from the year before a day to two years after it.
 */
public final class WeekendCalendar {

  /** The most years one calendar spans (a {@link HolidayCalendar}'s limit). */
  private static final int MOST_YEARS = 1000;

  private WeekendCalendar() {}

  /**
   * Returns the weekends-only calendar covering {@code model} around {@code asOf}.
   *
   * @param model the model whose dates the calendar must cover
   * @param asOf the day judged by
   * @param zone the zone compliance events are dated in
   * @return the calendar, id {@code weekends}
   * @throws dev.governance.core.GovernanceValidationException if {@code asOf} is so far from the
   *     model's dates (or from years 1 to 9999) that no calendar spans both
   */
  public static HolidayCalendar covering(GovernanceModel model, LocalDate asOf, ZoneId zone) {
    IntSummaryStatistics dated =
        Stream.of(
                model.events().stream()
                    .map(e -> e.occurredAt().atZone(zone).toLocalDate().minusYears(1)),
                model.meetings().stream().map(m -> m.heldOn()),
                model.disagreements().stream().map(d -> d.raisedOn()),
                model.roadmapWindows().stream().flatMap(w -> Stream.of(w.start(), w.end())),
                model.milestones().stream().map(m -> m.due()))
            .flatMap(days -> days)
            .mapToInt(LocalDate::getYear)
            .summaryStatistics();
    if (dated.getCount() > 0) {
      check(
          dated.getMin() >= 1
              && dated.getMax() <= 9999
              && dated.getMax() - dated.getMin() < MOST_YEARS,
          "model dates",
          dated.getMin() + " to " + dated.getMax(),
          "years from 1 to 9999, within "
              + MOST_YEARS
              + " years of each other (compliance events, meetings, disagreements, roadmap"
              + " windows, milestones)");
    }
    int year = asOf.getYear();
    int earliest = Math.max(2, dated.getCount() == 0 ? 2 : dated.getMax() - MOST_YEARS + 1);
    int latest = Math.min(9997, dated.getCount() == 0 ? 9997 : dated.getMin() + MOST_YEARS - 2);
    check(
        year >= earliest && year <= latest,
        "asOf",
        asOf,
        "a day from "
            + LocalDate.of(earliest, 1, 1)
            + " to "
            + LocalDate.of(latest, 12, 31)
            + ", within "
            + MOST_YEARS
            + " years of the model's dates");
    // with no dated record, the minimum is Integer.MAX_VALUE and the maximum Integer.MIN_VALUE
    int first = Math.min(year - 1, dated.getMin());
    int last = Math.max(year + 2, dated.getMax());
    return HolidayCalendar.of("weekends", first, last, List.of());
  }
}
