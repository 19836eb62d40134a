package dev.governance.report.calendar;

import dev.governance.core.risk.MitigationAction;
import dev.governance.report.Texts;
import dev.governance.rules.deadline.Occurrence;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes compliance deadlines as an iCalendar file (RFC 5545) that calendar applications import:
 * one {@code VEVENT} per {@link Occurrence} at its last on-time moment, with a {@code VALARM} per
 * reminder, and one all-day {@code VEVENT} per open mitigation action on its due day.
 *
 * <ul>
 *   <li>UIDs are stable (section 3.8.4.7): the obligation, the triggering event or {@code
 *       scheduled}, and the due date, so re-importing updates events instead of duplicating them.
 *   <li>Times are UTC ({@code Z}, section 3.3.5 form #2), so no {@code VTIMEZONE} is needed; {@code
 *       DTSTAMP} is the caller's instant, so output is reproducible.
 *   <li>Reminders fire at 09:00 in the deadline's zone on each reminder day, as absolute triggers
 *       ({@code TRIGGER;VALUE=DATE-TIME}, section 3.8.6.3).
 *   <li>Text is escaped (backslash, semicolon, comma, line breaks; section 3.3.11; other control
 *       characters shown as {@code \\u001b}-style escapes, NUL and unpaired surrogates as U+FFFD)
 *       and lines are folded at 75 octets without splitting a UTF-8 character (section 3.1); lines
 *       end in CRLF.
 * </ul>
 */
public final class ICalendar {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

  private ICalendar() {}

  /**
   * Writes the deadlines.
   *
   * @param name the calendar's name, shown by calendar applications
   * @param occurrences the deadlines
   * @param actions the open mitigation actions to show on their due days
   * @param stamp the instant the calendar was made, written as each event's {@code DTSTAMP}
   * @return the iCalendar text
   */
  public static String write(
      String name, List<Occurrence> occurrences, List<MitigationAction> actions, Instant stamp) {
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//governance.dev//governance-report//EN");
    line(ics, "CALSCALE:GREGORIAN");
    line(ics, "METHOD:PUBLISH");
    line(ics, "X-WR-CALNAME:" + escape(name));
    for (Occurrence o : occurrences) {
      line(ics, "BEGIN:VEVENT");
      line(ics, "UID:" + uid(o));
      line(ics, "DTSTAMP:" + UTC.format(stamp));
      line(ics, "DTSTART:" + UTC.format(o.due().toInstant()));
      line(ics, "SUMMARY:" + escape(o.title() + " due"));
      line(ics, "DESCRIPTION:" + escape(description(o)));
      line(ics, "CATEGORIES:COMPLIANCE," + escape(o.status().name()));
      line(ics, "TRANSP:TRANSPARENT");
      for (java.time.LocalDate day : o.reminders()) {
        line(ics, "BEGIN:VALARM");
        line(ics, "ACTION:DISPLAY");
        line(ics, "DESCRIPTION:" + escape("Reminder: " + o.title() + " is due " + o.dueDate()));
        line(
            ics,
            "TRIGGER;VALUE=DATE-TIME:"
                + UTC.format(day.atTime(REMINDER_TIME).atZone(o.due().getZone()).toInstant()));
        line(ics, "END:VALARM");
      }
      line(ics, "END:VEVENT");
    }
    for (MitigationAction a : actions) {
      line(ics, "BEGIN:VEVENT");
      line(ics, "UID:action/" + a.id() + "/" + a.due() + "@governance.dev");
      line(ics, "DTSTAMP:" + UTC.format(stamp));
      line(ics, "DTSTART;VALUE=DATE:" + DAY.format(a.due()));
      line(ics, "SUMMARY:" + escape("Mitigation action due: " + a.title()));
      line(
          ics,
          "DESCRIPTION:"
              + escape(
                  "Risk: "
                      + a.risk()
                      + "\nOwner: "
                      + a.owner()
                      + ", co-owner: "
                      + a.coOwner()
                      + "\nStatus: "
                      + a.status()));
      line(ics, "CATEGORIES:RISK," + a.status().name());
      line(ics, "TRANSP:TRANSPARENT");
      line(ics, "END:VEVENT");
    }
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  /**
   * Returns the occurrence's stable UID: {@code
   * obligation/event-or-scheduled/due-date@governance.dev}.
   */
  static String uid(Occurrence o) {
    return o.obligation()
        + "/"
        + o.event().orElse("scheduled")
        + "/"
        + o.dueDate()
        + "@governance.dev";
  }

  private static String description(Occurrence o) {
    StringBuilder text =
        new StringBuilder(o.citation())
            .append('\n')
            .append("Owner: ")
            .append(o.ownerRole())
            .append('\n')
            .append("Status: ")
            .append(o.status());
    o.escalatedTo().ifPresent(e -> text.append(", escalated to ").append(e));
    o.explanation().forEach(step -> text.append('\n').append(step));
    return text.toString();
  }

  /**
   * Escapes TEXT per RFC 5545 section 3.3.11, which holds no control character but a tab: the
   * others are made visible as {@code \\u001b}-style escapes ({@link Texts#visible}), NUL and
   * unpaired surrogates written as U+FFFD.
   */
  static String escape(String raw) {
    return Texts.visible(raw)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n");
  }

  /** Appends a content line folded at 75 octets (section 3.1), never inside a UTF-8 sequence. */
  static void line(StringBuilder ics, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
      if (octets + size > limit) {
        ics.append("\r\n ");
        octets = 1;
        limit = 75;
      }
      ics.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    ics.append("\r\n");
  }
}
