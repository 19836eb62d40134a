package dev.governance.cli;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.BusinessDayConvention;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.rules.deadline.Recurrence;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code governance recur}: the occurrences of an RFC 5545 recurrence rule as {@code
 * yyyy-MM-ddTHH:mm}, one per line, at most {@code --limit} (100); open-ended rules stop 60 years
 * after the start. With {@code --calendar} and {@code --convention}, each date is moved off days
 * off. {@code --batch} reads {@code START<TAB>RRULE} lines and prints one line per input line: the
 * occurrences joined by commas, or {@code ERROR<TAB>message} (then the exit code is 1).
 */
@Command(
    name = "recur",
    mixinStandardHelpOptions = true,
    description = "Expand an RFC 5545 recurrence rule into its occurrences.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  governance recur --start 2026-01-31T09:00 \\",
      "      --rule 'FREQ=MONTHLY;BYMONTHDAY=-1' --limit 3",
      "  printf '2026-01-01T09:00\\tFREQ=WEEKLY;COUNT=2\\n' | governance recur --batch"
    })
final class RecurCommand implements Callable<Integer> {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  private static final int HORIZON_YEARS = 60;

  @Spec CommandSpec spec;

  @Option(
      names = "--start",
      paramLabel = "LOCAL_DATE_TIME",
      description = "The first occurrence, such as 2026-01-31T09:00.")
  @Nullable String start;

  @Option(
      names = "--rule",
      paramLabel = "RRULE",
      description = "The rule, such as FREQ=MONTHLY;BYMONTHDAY=-1.")
  @Nullable String rule;

  @Option(
      names = "--limit",
      defaultValue = "100",
      description = "The most occurrences per rule (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--calendar",
      paramLabel = "ID",
      description = "A holiday calendar (US, DE-BY, GB+US, ...) to move dates off days off.")
  @Nullable String calendar;

  @Option(
      names = "--convention",
      paramLabel = "NAME",
      description = "How to move them: ${COMPLETION-CANDIDATES}.")
  @Nullable BusinessDayConvention convention;

  @Option(names = "--batch", description = "Read START<TAB>RRULE lines from standard input.")
  boolean batch;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
    }
    if ((calendar == null) != (convention == null)) {
      throw new ParameterException(spec.commandLine(), "--calendar and --convention go together");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (batch) {
      if (start != null || rule != null) {
        throw new ParameterException(
            spec.commandLine(),
            "--batch reads the starts and rules from standard input; leave out --start and --rule");
      }
      return Lines.answer(
          out,
          line -> {
            String[] fields = line.split("\t", -1);
            if (fields.length != 2) {
              throw GovernanceValidationException.of("line", line, "START<TAB>RRULE");
            }
            return occurrences(fields[0], fields[1]).collect(Collectors.joining(","));
          },
          (line, message) -> "ERROR\t" + message);
    }
    if (start == null || rule == null) {
      throw new ParameterException(spec.commandLine(), "give --start and --rule, or --batch");
    }
    // streamed: each occurrence is printed as it is computed, whatever --limit asks for
    occurrences(start, rule).forEachOrdered(out::println);
    return GovernanceCli.OK;
  }

  private Stream<String> occurrences(String startText, String ruleText) {
    LocalDateTime first;
    try {
      first = LocalDateTime.parse(startText.trim());
    } catch (DateTimeParseException e) {
      throw GovernanceValidationException.of(
          "start", startText, "a local date-time such as 2026-01-31T09:00");
    }
    Recurrence recurrence = Recurrence.parse(ruleText.trim());
    LocalDateTime horizon = first.plusYears(HORIZON_YEARS);
    HolidayCalendar days = calendar == null ? null : Periods.calendar(calendar);
    return recurrence
        .localInstances(first, ZoneOffset.UTC)
        .takeWhile(t -> !t.isAfter(horizon))
        .limit(limit)
        .map(
            t ->
                days == null
                    ? t
                    : Objects.requireNonNull(convention)
                        .adjust(t.toLocalDate(), days)
                        .atTime(t.toLocalTime()))
        .map(RecurCommand::text);
  }

  /** Returns an instance to the minute, or to the second when it has seconds (sub-minute rules). */
  private static String text(LocalDateTime instance) {
    return (instance.getSecond() == 0 ? MINUTES : SECONDS).format(instance);
  }
}
