package dev.governance.rules;

import static dev.governance.core.ArgChecker.check;

import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.core.model.GovernanceModel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
    List<Dated> dates = new ArrayList<>();
    // a compliance event's deadline may be counted from the year before it
    dated(
        dates,
        "events",
        "occurredAt",
        model.events(),
        e -> e.occurredAt().atZone(zone).toLocalDate(),
        1);
    dated(dates, "meetings", "heldOn", model.meetings(), m -> m.heldOn(), 0);
    dated(dates, "disagreements", "raisedOn", model.disagreements(), d -> d.raisedOn(), 0);
    dated(dates, "roadmapWindows", "start", model.roadmapWindows(), w -> w.start(), 0);
    dated(dates, "roadmapWindows", "end", model.roadmapWindows(), w -> w.end(), 0);
    dated(dates, "milestones", "due", model.milestones(), m -> m.due(), 0);
    Optional<Dated> earliestRecord = dates.stream().min(Comparator.comparingInt(Dated::year));
    Optional<Dated> latestRecord = dates.stream().max(Comparator.comparingInt(Dated::year));
    IntSummaryStatistics dated = dates.stream().mapToInt(Dated::year).summaryStatistics();
    if (earliestRecord.isPresent() && latestRecord.isPresent()) {
      check(
          dated.getMin() >= 1
              && dated.getMax() <= 9999
              && dated.getMax() - dated.getMin() < MOST_YEARS,
          "model dates",
          earliestRecord.get() + " to " + latestRecord.get(),
          "years from 1 to 9999, within "
              + MOST_YEARS
              + " years of each other (compliance events from the year before, meetings,"
              + " disagreements, roadmap windows, milestones)");
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

  /** A day of a record, where it is in the model, and the first year a calendar must cover. */
  private record Dated(String path, LocalDate day, int year) {
    @Override
    public String toString() {
      return path + " " + day;
    }
  }

  private static <T> void dated(
      List<Dated> dates,
      String collection,
      String field,
      List<T> records,
      Function<T, LocalDate> day,
      int yearsBefore) {
    for (int i = 0; i < records.size(); i++) {
      LocalDate date = day.apply(records.get(i));
      dates.add(new Dated(collection + "[" + i + "]." + field, date, date.getYear() - yearsBefore));
    }
  }
}
