package dev.governance.report.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.model.GovernanceModel;
import dev.governance.core.party.Person;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.risk.MitigationAction;
import dev.governance.report.ReportFixtures;
import dev.governance.rules.deadline.Occurrence;
import dev.governance.rules.health.HealthReport;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalCalendarsTest {

  private static HealthReport health;
  private static Map<String, String> feeds;

  @BeforeAll
  static void write() {
    health = ReportFixtures.dashboard().health();
    feeds = PersonalCalendars.write(health, ReportFixtures.STAMP);
  }

  @Test
  void everyPersonHasOneFeedNamedFromTheirId() {
    assertThat(feeds.keySet())
        .containsExactlyInAnyOrderElementsOf(
            health.model().people().stream().map(p -> PersonalCalendars.fileName(p.id())).toList());
  }

  /**
   * Each feed holds, read back by ical4j, the deadlines whose owner or escalation role the person
   * holds (read from the role assignments directly: the generated model's obligations name
   * well-known roles and no role plays another) with their reminders, and the open actions they own
   * or co-own.
   */
  @Test
  void eachFeedHoldsThePersonsDeadlinesRemindersAndActions() throws Exception {
    int events = 0;
    for (Person person : health.model().people()) {
      Set<String> held =
          health.model().roleAssignments().stream()
              .filter(a -> a.people().contains(person.id()))
              .map(RoleAssignment::role)
              .collect(Collectors.toSet());
      List<Occurrence> deadlines =
          health.occurrences().stream()
              .filter(
                  o ->
                      held.contains(o.ownerRole())
                          || o.escalatedTo().filter(held::contains).isPresent())
              .toList();
      List<MitigationAction> actions =
          health.openActions().stream()
              .filter(a -> a.owner().equals(person.id()) || a.coOwner().equals(person.id()))
              .toList();
      Calendar calendar =
          new CalendarBuilder()
              .build(new StringReader(feeds.get(PersonalCalendars.fileName(person.id()))));
      assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
          .isEqualTo(person.name() + ": " + health.model().name());
      List<VEvent> found = calendar.getComponents(Component.VEVENT);
      assertThat(found.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue()))
          .containsExactlyElementsOf(
              Stream.concat(
                      deadlines.stream().map(ICalendar::uid),
                      actions.stream()
                          .map(a -> "action/" + a.id() + "/" + a.due() + "@governance.dev"))
                  .toList());
      assertThat(found.stream().mapToInt(e -> e.getAlarms().size()).sum())
          .isEqualTo(deadlines.stream().mapToInt(o -> o.reminders().size()).sum());
      events += found.size();
    }
    assertThat(events).as("some person has something to do").isPositive();
  }

  @Test
  void personalFeedsAreNeutralisedLikeTheDeadlinesFeed() {
    GovernanceModel model = health.model();
    Person first = model.people().get(0);
    GovernanceModel hostile =
        model.withPeople(
            Stream.concat(
                    Stream.of(first.withName("Ana; Lima,\nEND:VCALENDAR\u001b")),
                    model.people().stream().skip(1))
                .toList());
    String ics =
        PersonalCalendars.write(ReportFixtures.health(hostile), ReportFixtures.STAMP)
            .get(PersonalCalendars.fileName(first.id()));
    assertThat(ics)
        .contains("X-WR-CALNAME:Ana\\; Lima\\,\\nEND:VCALENDAR\\\\u001b: ")
        .containsOnlyOnce("END:VCALENDAR\r\n");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "ana, ana.ics",
    "ana-lima, ana-lima.ics",
    "Ana, _41na.ics",
    "a.b, a_2eb.ics",
    "a_b, a_5fb.ics",
    "a/b, a_2fb.ics",
    "a:b+c, a_3ab_2bc.ics",
    "é, _c3_a9.ics",
    "李, _e6_9d_8e.ics",
    "con, _63on.ics",
    "CON, _43_4f_4e.ics",
    "lpt1, _6cpt1.ics",
    "console, console.ics"
  })
  void fileNamesKeepPlainIdsAndEscapeEverythingElse(String id, String file) {
    assertThat(PersonalCalendars.fileName(id)).isEqualTo(file);
  }

  @Test
  void longIdsAreCutAndEndInAHashOfTheId() {
    String id = "a".repeat(119) + "B";
    String other = "a".repeat(119) + "C";
    String name = PersonalCalendars.fileName(id);
    assertThat(name).hasSize(121).startsWith("a".repeat(100) + "~").endsWith(".ics");
    assertThat(PersonalCalendars.fileName(other)).isNotEqualTo(name);
    assertThat(PersonalCalendars.fileName("a".repeat(120))).isEqualTo("a".repeat(120) + ".ics");
  }

  /** Random ids that differ only in case or by an escape-like spelling get distinct names. */
  @Test
  void distinctIdsGetNamesDistinctEvenWhereCaseIsIgnored() {
    String alphabet = "aAbB_.-5fé:/+";
    SplittableRandom random = new SplittableRandom(19);
    Set<String> ids = new TreeSet<>();
    while (ids.size() < 5000) {
      StringBuilder id = new StringBuilder("x");
      int length = random.nextInt(1, 6);
      for (int i = 0; i < length; i++) {
        id.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      ids.add(id.toString());
    }
    Set<String> folded = new HashSet<>();
    for (String id : ids) {
      String name = PersonalCalendars.fileName(id);
      assertThat(name).matches("[a-z0-9_~.-]+");
      assertThat(folded.add(name.toLowerCase(Locale.ROOT))).as(id).isTrue();
    }
  }

  @Test
  void refusesTwoPeopleInOneFile() {
    List<Person> people = health.model().people();
    assertThatThrownBy(
            () -> PersonalCalendars.write(health, ReportFixtures.STAMP, id -> "same.ics"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "people "
                + people.get(0).id()
                + " and "
                + people.get(1).id()
                + " both map to the file name same.ics");
  }

  @Test
  void rejectsAMissingIdOrStamp() {
    assertThatThrownBy(() -> PersonalCalendars.fileName(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("person");
    assertThatThrownBy(() -> PersonalCalendars.write(health, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("stamp");
  }
}
