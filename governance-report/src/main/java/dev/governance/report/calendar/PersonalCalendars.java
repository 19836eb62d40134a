package dev.governance.report.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.hash.Hashing;
import dev.governance.core.party.Person;
import dev.governance.core.risk.MitigationAction;
import dev.governance.rules.Subject;
import dev.governance.rules.deadline.Occurrence;
import dev.governance.rules.health.HealthReport;
import dev.governance.rules.health.Recipients;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One iCalendar feed per person of a model, each written by {@link ICalendar} (the same events,
 * reminders, escaping and folding as the deadlines feed): the compliance deadlines of the window
 * reviewed whose owner role or escalation role the person holds, as {@link Recipients} resolves
 * roles for the obligation, and the open mitigation actions the person owns or co-owns. Every
 * person gets a feed, an empty one when nothing is theirs, so that a subscription never breaks.
 *
 * <p>Each feed's file name comes from the person id ({@link #fileName(String)}) so that any id is
 * safe on any file system and no two people share a file, even where case is ignored.
 *
 * <p>For example, the omni-channel model's feeds, one per person:
 *
 * <pre>{@code
 * Map<String, String> feeds = PersonalCalendars.write(health, stamp); // ana.ics, cy.ics, ...
 * String ana = feeds.get(PersonalCalendars.fileName("ana")); // BEGIN:VCALENDAR ...
 * }</pre>
 */
public final class PersonalCalendars {

  /** The longest stem kept whole; longer ones are cut and end in a hash of the person id. */
  static final int LONGEST_STEM = 120;

  /** How much of a cut stem is kept before its hash. */
  private static final int CUT_STEM = 100;

  /** Device names that Windows reserves whatever the extension. */
  private static final Set<String> RESERVED =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private PersonalCalendars() {}

  /**
   * Writes each person's feed.
   *
   * @param health the health report whose window, deadlines and open actions are shown
   * @param stamp the instant the feeds were made, written as each event's {@code DTSTAMP}
   * @return each feed's iCalendar text by file name ({@link #fileName(String)}), in file-name order
   */
  public static ImmutableSortedMap<String, String> write(HealthReport health, Instant stamp) {
    return write(health, stamp, PersonalCalendars::fileName);
  }

  /**
   * Writes each person's feed under the file name {@code names} gives.
   *
   * @throws IllegalStateException if two people get one file name
   */
  static ImmutableSortedMap<String, String> write(
      HealthReport health, Instant stamp, Function<String, String> names) {
    Objects.requireNonNull(stamp, "stamp");
    Map<String, List<Occurrence>> deadlines = deadlines(health);
    Map<String, List<MitigationAction>> actions = new HashMap<>();
    for (MitigationAction a : health.openActions()) {
      for (String person : new TreeSet<>(List.of(a.owner(), a.coOwner()))) {
        actions.computeIfAbsent(person, p -> new ArrayList<>()).add(a);
      }
    }
    Map<String, String> owners = new HashMap<>();
    TreeMap<String, String> feeds = new TreeMap<>();
    for (Person person : health.model().people()) {
      String file = names.apply(person.id());
      String other = owners.putIfAbsent(file, person.id());
      if (other != null) {
        throw new IllegalStateException(
            "people " + other + " and " + person.id() + " both map to the file name " + file);
      }
      feeds.put(
          file,
          ICalendar.write(
              person.name() + ": " + health.model().name(),
              deadlines.getOrDefault(person.id(), List.of()),
              actions.getOrDefault(person.id(), List.of()),
              stamp));
    }
    return ImmutableSortedMap.copyOfSorted(feeds);
  }

  /**
   * Returns the deadlines of the window reviewed by person id, each under every person who holds
   * its owner role or escalation role, in the report's order. Roles are resolved once per
   * obligation and role, however many occurrences the window holds.
   */
  private static Map<String, List<Occurrence>> deadlines(HealthReport health) {
    Recipients recipients = Recipients.of(health.model());
    Map<List<String>, Set<String>> resolved = new HashMap<>();
    Map<String, List<Occurrence>> byPerson = new HashMap<>();
    for (Occurrence o : health.occurrences()) {
      Set<String> people = new TreeSet<>();
      Stream.concat(Stream.of(o.ownerRole()), o.escalatedTo().stream())
          .forEach(
              role ->
                  people.addAll(
                      resolved.computeIfAbsent(
                          List.of(o.obligation(), role),
                          k ->
                              recipients.holders(
                                  role, Subject.builder().obligation(o.obligation()).build()))));
      people.forEach(p -> byPerson.computeIfAbsent(p, k -> new ArrayList<>()).add(o));
    }
    return byPerson;
  }

  /**
   * Returns the file name of a person's feed: the id with every character but {@code a-z}, {@code
   * 0-9} and {@code -} written as {@code _} and two lower-case hex digits per UTF-8 byte ({@code
   * Ana} is {@code _41na.ics}, {@code a.b} is {@code a_2eb.ics}), a name Windows reserves ({@code
   * con}) with its first letter so written, then {@code .ics}. Distinct ids give distinct names
   * that differ in more than case, since the names hold no upper-case letter. A stem longer than
   * {@value #LONGEST_STEM} characters keeps its first 100 and ends in {@code ~} and 16 hex digits
   * of the id's SHA-256, so that no name is too long for a file system; {@link #write} refuses the
   * (improbable) case of two such names alike.
   *
   * @param person a person id
   * @return the file name, at most 121 characters of {@code a-z0-9-_~.}
   */
  public static String fileName(String person) {
    Objects.requireNonNull(person, "person");
    StringBuilder stem = new StringBuilder();
    person
        .codePoints()
        .forEach(
            c -> {
              if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
                stem.appendCodePoint(c);
              } else {
                escape(stem, c);
              }
            });
    if (RESERVED.contains(stem.toString())) {
      char first = stem.charAt(0);
      stem.deleteCharAt(0);
      StringBuilder escaped = new StringBuilder();
      escape(escaped, first);
      stem.insert(0, escaped);
    }
    if (stem.length() > LONGEST_STEM) {
      stem.setLength(CUT_STEM);
      stem.append('~').append(Hashing.sha256().hashString(person, UTF_8).toString(), 0, 16);
    }
    return stem.append(".ics").toString();
  }

  private static void escape(StringBuilder out, int codePoint) {
    for (byte b : new String(Character.toChars(codePoint)).getBytes(UTF_8)) {
      out.append('_').append(String.format(Locale.ROOT, "%02x", b & 0xff));
    }
  }
}
