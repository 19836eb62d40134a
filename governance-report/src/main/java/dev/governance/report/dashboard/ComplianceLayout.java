package dev.governance.report.dashboard;

import com.google.common.collect.ImmutableList;
import dev.governance.core.risk.MitigationAction;
import dev.governance.report.Section;
import dev.governance.report.Timeline;
import dev.governance.report.TimelineItem;
import dev.governance.report.Tone;
import dev.governance.rules.deadline.Occurrence;
import dev.governance.rules.deadline.OccurrenceStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The compliance calendar ahead: open deadlines of the horizon, and every earlier one still open;
 * beside them the open mitigation actions due by then.
 */
final class ComplianceLayout {

  private ComplianceLayout() {}

  static Section section(Dashboard dashboard) {
    LocalDate asOf = dashboard.health().asOf();
    LocalDate to = dashboard.health().to();
    List<Occurrence> open =
        dashboard.health().occurrences().stream()
            .filter(
                o ->
                    o.status() != OccurrenceStatus.DONE_ON_TIME
                        && o.status() != OccurrenceStatus.DONE_LATE)
            .filter(o -> !o.dueDate().isAfter(to))
            .sorted(Comparator.comparing(Occurrence::dueDate).thenComparing(Occurrence::obligation))
            .collect(ImmutableList.toImmutableList());
    List<MitigationAction> actions = dashboard.health().openActions();
    LocalDate from = asOf;
    if (!open.isEmpty() && open.get(0).dueDate().isBefore(from)) {
      from = open.get(0).dueDate();
    }
    if (!actions.isEmpty() && actions.get(0).due().isBefore(from)) {
      from = actions.get(0).due();
    }
    Timeline.Builder timeline =
        Timeline.builder()
            .id("compliance-timeline")
            .title(
                "Compliance calendar: the next "
                    + dashboard.health().daysAhead()
                    + " days and everything overdue")
            .from(from)
            .to(to)
            .today(asOf);
    List<TimelineItem> items = new ArrayList<>();
    for (Occurrence o : open) {
      items.add(
          TimelineItem.builder()
              .date(o.dueDate())
              .label(o.title() + " (" + o.ownerRole() + ")")
              .status(status(o))
              .tone(tone(o.status()))
              .escalatedTo(o.escalatedTo())
              .build());
    }
    for (MitigationAction a : actions) {
      boolean overdue = a.isOverdue(asOf);
      items.add(
          TimelineItem.builder()
              .date(a.due())
              .label("Mitigation: " + a.title() + " (" + a.owner() + ", " + a.coOwner() + ")")
              .status(overdue ? "OVERDUE" : a.status().name().replace('_', ' '))
              .tone(overdue ? Tone.CRITICAL : Tone.NEUTRAL)
              .build());
    }
    // stable: on one day, deadlines before actions, each in its own order
    items.sort(Comparator.comparing(TimelineItem::date));
    int shown = Math.min(items.size(), dashboard.maxTimelineItems());
    timeline.addAllItems(items.subList(0, shown));
    if (shown < items.size()) {
      timeline.note(
          "Showing the "
              + shown
              + " earliest of "
              + items.size()
              + " open deadlines and mitigation actions.");
    }
    return Section.builder()
        .id("compliance")
        .title("Compliance calendar")
        .summary(
            "Recurring obligations and event-driven legal deadlines on business days, with"
                + " reminders and escalation, and the risk mitigation actions due.")
        .addBlocks(timeline.build())
        .build();
  }

  private static String status(Occurrence o) {
    String words = o.status().name().replace('_', ' ');
    return o.businessDaysOverdue() > 0
        ? words + " " + o.businessDaysOverdue() + " business days"
        : words;
  }

  private static Tone tone(OccurrenceStatus status) {
    switch (status) {
      case OVERDUE:
        return Tone.CRITICAL;
      case IN_GRACE:
      case DUE_TODAY:
      case DUE_SOON:
        return Tone.WARNING;
      default:
        return Tone.NEUTRAL;
    }
  }
}
