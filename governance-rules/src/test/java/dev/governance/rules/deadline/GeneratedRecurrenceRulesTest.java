package dev.governance.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.rules.deadline.RecurrencePropertiesTest.Weekday;
import dev.governance.rules.deadline.RecurrencePropertiesTest.YearlyRule;
import dev.governance.testkit.RecurrenceRuleGenerator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: the testkit's RFC 5545 rules against the library's recurrence support. Every rule
 * generated is accepted by {@link Recurrence#parse}, recurs daily or less often (as an obligation
 * must), and yields instances from a DTSTART before {@value
 * RecurrenceRuleGenerator#STARTS_BEFORE_YEAR}; those instances are lib-recur's own for the rules
 * {@link Recurrence} hands to lib-recur, and the day-by-day walk of {@link
 * RecurrencePropertiesTest} for the yearly rules it expands itself. An {@code UNTIL} is checked
 * apart: the instances are those of the rule without it, up to it (a date-only one up to the end of
 * its day).
 */
class GeneratedRecurrenceRulesTest {

  private static final int TRIES = 2_000;
  private static final int COMPARED = 25;
  private static final List<String> WEEKDAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

  @Test
  void everyGeneratedRuleIsAcceptedAndYieldsTheInstancesOfItsReference() {
    SplittableRandom random = new SplittableRandom(5545);
    Map<String, Integer> shapes = new LinkedHashMap<>();
    for (int i = 0; i < TRIES; i++) {
      String text = RecurrenceRuleGenerator.rules().generate(random);
      LocalDateTime start =
          LocalDate.of(2000, 1, 1)
              .plusDays(random.nextInt(0, 31 * 365))
              .atTime(random.nextInt(24), random.nextInt(4) * 15);
      Map<String, String> parts = parts(text);
      parts.keySet().forEach(k -> shapes.merge(parts.get("FREQ") + " " + k, 1, Integer::sum));

      Recurrence recurrence = Recurrence.parse(text);
      assertThat(recurrence.isSubDaily()).as(text).isFalse();
      List<LocalDateTime> instances =
          recurrence.localInstances(start, ZoneOffset.UTC).limit(COMPARED).toList();

      assertThat(instances).as("%s from %s", text, start).isNotEmpty().isSorted();
      assertThat(instances).doesNotHaveDuplicates().allMatch(t -> !t.isBefore(start));
      List<LocalDateTime> expected =
          parts.get("FREQ").equals("YEARLY")
              ? yearlyReference(parts, start)
              : libRecurReference(text, start);
      assertThat(instances).as("%s from %s", text, start).isEqualTo(expected);
    }
    // every shape the generator documents turns up
    assertThat(shapes.keySet())
        .contains(
            "DAILY BYMONTH",
            "DAILY BYMONTHDAY",
            "DAILY BYDAY",
            "WEEKLY BYDAY",
            "WEEKLY BYSETPOS",
            "MONTHLY BYMONTHDAY",
            "MONTHLY BYDAY",
            "MONTHLY BYSETPOS",
            "MONTHLY BYMONTH",
            "YEARLY BYWEEKNO",
            "YEARLY BYYEARDAY",
            "YEARLY BYSETPOS",
            "YEARLY COUNT",
            "YEARLY UNTIL",
            "WEEKLY WKST",
            "DAILY INTERVAL");
    assertThat(shapes.get("MONTHLY BYDAY")).isGreaterThan(50);
  }

  @Test
  void ordinalsAndNegativeMonthDaysTurnUp() {
    SplittableRandom random = new SplittableRandom(7);
    List<String> rules = RecurrenceRuleGenerator.rules().listOf(500).generate(random);
    assertThat(rules).anyMatch(r -> r.matches(".*BYDAY=(.*,)?-[1-4][A-Z]{2}.*"));
    assertThat(rules).anyMatch(r -> r.matches(".*BYDAY=(.*,)?[1-4][A-Z]{2}.*"));
    assertThat(rules).anyMatch(r -> r.matches(".*BYMONTHDAY=(.*,)?-[0-9]+.*"));
    assertThat(rules).anyMatch(r -> r.matches(".*UNTIL=[0-9]{8};.*|.*UNTIL=[0-9]{8}$"));
    assertThat(rules).anyMatch(r -> r.matches(".*UNTIL=[0-9]{8}T[0-9]{6}Z.*"));
    assertThat(rules).anyMatch(r -> r.matches(".*UNTIL=[0-9]{8}T[0-9]{6}(;.*|$)"));
  }

  /** lib-recur's instances of the rule without its UNTIL, cut at the UNTIL. */
  private static List<LocalDateTime> libRecurReference(String text, LocalDateTime start) {
    String withoutUntil =
        Arrays.stream(text.split(";"))
            .filter(p -> !p.startsWith("UNTIL="))
            .collect(Collectors.joining(";"));
    RecurrenceRuleIterator iterator;
    try {
      iterator =
          new RecurrenceRule(withoutUntil, RecurrenceRule.RfcMode.RFC5545_STRICT)
              .iterator(
                  new DateTime(
                      TimeZone.getTimeZone("UTC"),
                      start.getYear(),
                      start.getMonthValue() - 1,
                      start.getDayOfMonth(),
                      start.getHour(),
                      start.getMinute(),
                      start.getSecond()));
    } catch (InvalidRecurrenceRuleException e) {
      throw new AssertionError(withoutUntil, e);
    }
    List<LocalDateTime> instances = new ArrayList<>();
    while (instances.size() < COMPARED && iterator.hasNext()) {
      DateTime next = iterator.nextDateTime();
      instances.add(
          LocalDateTime.of(
              next.getYear(),
              next.getMonth() + 1,
              next.getDayOfMonth(),
              next.getHours(),
              next.getMinutes(),
              next.getSeconds()));
    }
    return cut(instances, parts(text).get("UNTIL"));
  }

  /** The walk through each year day by day, cut at the UNTIL. */
  private static List<LocalDateTime> yearlyReference(
      Map<String, String> parts, LocalDateTime start) {
    String count = parts.get("COUNT");
    String weekStart = parts.get("WKST");
    YearlyRule rule =
        new YearlyRule(
            start,
            Integer.parseInt(parts.getOrDefault("INTERVAL", "1")),
            count == null ? null : Integer.valueOf(count),
            weekStart == null ? null : DayOfWeek.of(WEEKDAYS.indexOf(weekStart) + 1),
            numbers(parts.get("BYWEEKNO")),
            numbers(parts.get("BYMONTH")),
            numbers(parts.get("BYYEARDAY")),
            numbers(parts.get("BYMONTHDAY")),
            weekdays(parts.get("BYDAY")),
            List.of(),
            numbers(parts.get("BYSETPOS")));
    List<LocalDateTime> naive = rule.naiveInstances(COMPARED);
    assertThat(naive).as("%s matches some day", rule.text()).isNotNull();
    return cut(naive, parts.get("UNTIL"));
  }

  private static List<LocalDateTime> cut(List<LocalDateTime> instances, @Nullable String until) {
    if (until == null) {
      return instances;
    }
    LocalDate day = LocalDate.parse(until.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
    LocalDateTime last =
        until.length() == 8
            ? day.atTime(LocalTime.MAX)
            : day.atTime(
                LocalTime.parse(until.substring(9, 15), DateTimeFormatter.ofPattern("HHmmss")));
    return instances.stream().filter(t -> !t.isAfter(last)).toList();
  }

  private static Map<String, String> parts(String text) {
    Map<String, String> parts = new LinkedHashMap<>();
    for (String part : text.split(";")) {
      int equals = part.indexOf('=');
      parts.put(part.substring(0, equals), part.substring(equals + 1));
    }
    return parts;
  }

  private static List<Integer> numbers(@Nullable String values) {
    return values == null
        ? List.of()
        : Arrays.stream(values.split(",")).map(Integer::valueOf).toList();
  }

  private static List<Weekday> weekdays(@Nullable String values) {
    if (values == null) {
      return List.of();
    }
    List<Weekday> days = new ArrayList<>();
    for (String value : values.split(",")) {
      String name = value.substring(value.length() - 2);
      String ordinal = value.substring(0, value.length() - 2);
      days.add(
          new Weekday(
              ordinal.isEmpty() ? 0 : Integer.parseInt(ordinal),
              DayOfWeek.of(WEEKDAYS.indexOf(name) + 1)));
    }
    return days;
  }
}
