package dev.governance.report.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.risk.ActionStatus;
import dev.governance.core.risk.MitigationAction;
import dev.governance.report.ReportFixtures;
import dev.governance.rules.deadline.Occurrence;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ICalendarTest {

  private static List<Occurrence> occurrences;
  private static String ics;

  @BeforeAll
  static void write() {
    occurrences = ReportFixtures.dashboard().health().occurrences();
    ics = ICalendar.write("Omni-channel deadlines", occurrences, List.of(), ReportFixtures.STAMP);
  }

  @Test
  void ical4jFindsEveryEventAndAlarm() throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(occurrences).isNotEmpty();
    assertThat(events).hasSameSizeAs(occurrences);
    for (int i = 0; i < events.size(); i++) {
      VEvent event = events.get(i);
      Occurrence o = occurrences.get(i);
      assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
          .isEqualTo(ICalendar.uid(o));
      assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
          .isEqualTo(o.title() + " due");
      assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue())
          .isEqualTo(o.due().toInstant().toString().replace("-", "").replace(":", ""));
      assertThat(event.getAlarms()).hasSameSizeAs(o.reminders());
    }
    int alarms = occurrences.stream().mapToInt(o -> o.reminders().size()).sum();
    assertThat(alarms).isPositive();
    assertThat(events.stream().mapToInt(e -> e.getAlarms().size()).sum()).isEqualTo(alarms);
  }

  @Test
  void openMitigationActionsAreAllDayEventsOnTheirDueDay() throws Exception {
    MitigationAction action =
        MitigationAction.builder()
            .id("consent-v2")
            .risk("privacy-law")
            .title("Consent banner v2; all markets, \"EU\" first\nthen UK")
            .owner("ana")
            .coOwner("cy")
            .due(LocalDate.of(2025, 11, 30))
            .status(ActionStatus.IN_PROGRESS)
            .build();
    Calendar calendar =
        new CalendarBuilder()
            .build(
                new StringReader(
                    ICalendar.write("Risk", List.of(), List.of(action), ReportFixtures.STAMP)));
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).hasSize(1);
    VEvent event = events.get(0);
    assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
        .isEqualTo("action/consent-v2/2025-11-30@governance.dev");
    assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20251130");
    assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
        .isEqualTo("Mitigation action due: " + action.title());
    assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
        .isEqualTo("Risk: privacy-law\nOwner: ana, co-owner: cy\nStatus: IN_PROGRESS");
  }

  @Test
  void uidsAreUniqueAndStable() {
    List<String> uids = occurrences.stream().map(ICalendar::uid).collect(Collectors.toList());
    assertThat(uids).doesNotHaveDuplicates();
    assertThat(
            ICalendar.write("Omni-channel deadlines", occurrences, List.of(), ReportFixtures.STAMP))
        .isEqualTo(ics);
  }

  @Test
  void linesAreFoldedAt75OctetsAndEndInCrlf() {
    assertThat(ics).endsWith("END:VCALENDAR\r\n");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void foldingNeverSplitsAMultiByteCharacter() {
    StringBuilder out = new StringBuilder();
    ICalendar.line(out, "SUMMARY:" + "\u00e9\u20ac\uD83D\uDE00".repeat(30));
    for (String line : out.toString().split("\r\n")) {
      String content = line.startsWith(" ") ? line.substring(1) : line;
      assertThat(new String(content.getBytes(UTF_8), UTF_8)).isEqualTo(content);
      assertThat(line.getBytes(UTF_8).length).isLessThanOrEqualTo(75);
    }
    assertThat(out.toString().replace("\r\n ", ""))
        .isEqualTo("SUMMARY:" + "\u00e9\u20ac\uD83D\uDE00".repeat(30) + "\r\n");
  }

  @Test
  void textIsEscaped() throws Exception {
    assertThat(ICalendar.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
    Calendar calendar =
        new CalendarBuilder()
            .build(
                new StringReader(
                    ICalendar.write(
                        "Audit; Q1, \"final\"\nplan", List.of(), List.of(), ReportFixtures.STAMP)));
    assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
        .isEqualTo("Audit; Q1, \"final\"\nplan");
  }

  @Test
  void controlCharactersAreVisibleAndNulAndUnpairedSurrogatesReplaced() throws Exception {
    String name = "\u001b[31mred\u0007 nul\u0000 \uD800\tend\r\nEND:VCALENDAR";
    assertThat(ICalendar.escape(name))
        .isEqualTo("\\\\u001b[31mred\\\\u0007 nul\uFFFD \uFFFD\tend\\nEND:VCALENDAR");
    String ics = ICalendar.write(name, List.of(), List.of(), ReportFixtures.STAMP);
    assertThat(
            ics.chars()
                .filter(c -> c != '\r' && c != '\n' && c != '\t' && Character.isISOControl(c)))
        .isEmpty();
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
        .isEqualTo("\\u001b[31mred\\u0007 nul\uFFFD \uFFFD\tend\nEND:VCALENDAR");
  }
}
