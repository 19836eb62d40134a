package dev.governance.rules;

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

  private WeekendCalendar() {}

  /**
   * Returns the weekends-only calendar covering {@code model} around {@code asOf}.
   *
   * @param model the model whose dates the calendar must cover
   * @param asOf the day judged by
   * @param zone the zone compliance events are dated in
   * @return the calendar, id {@code weekends}
   */
  public static HolidayCalendar covering(GovernanceModel model, LocalDate asOf, ZoneId zone) {
    IntSummaryStatistics years =
        Stream.of(
                model.events().stream()
                    .map(e -> e.occurredAt().atZone(zone).toLocalDate().minusYears(1)),
                model.meetings().stream().map(m -> m.heldOn()),
                model.disagreements().stream().map(d -> d.raisedOn()),
                model.roadmapWindows().stream().flatMap(w -> Stream.of(w.start(), w.end())),
                model.milestones().stream().map(m -> m.due()),
                Stream.of(asOf.minusYears(1), asOf.plusYears(2)))
            .flatMap(days -> days)
            .mapToInt(LocalDate::getYear)
            .summaryStatistics();
    return HolidayCalendar.of("weekends", years.getMin(), years.getMax(), List.of());
  }
}
