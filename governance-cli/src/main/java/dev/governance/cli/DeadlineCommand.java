package dev.governance.cli;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.HolidayCalendar;
import dev.governance.rules.deadline.CountingRule;
import dev.governance.rules.deadline.Deadline;
import dev.governance.rules.deadline.LegalDeadline;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code governance deadline}: the last moment still on time for a period or a legal preset after
 * an event. The first line is that moment, ISO-8601 with offset, to the second ({@code
 * 2026-03-02T23:59:59+01:00}: one second before the period expires); the following lines explain
 * the computation. {@code --batch} reads {@code EVENT<TAB>ZONE<TAB>PERIOD_OR_PRESET<TAB>CALENDAR}
 * lines and prints one line each: the moment, or {@code ERROR<TAB>message}. {@code --list-presets}
 * lists the preset ids with their citations.
 */
@Command(
    name = "deadline",
    mixinStandardHelpOptions = true,
    description = {
      "The last on-time moment of a period or legal deadline after an event, explained.",
      "Rules: eu-1182-71 (Regulation 1182/71, the default for --period), sec (SEC Rule 0-3),"
          + " plain (days end at midnight, hours elapse, nothing moved). A preset counts by its"
          + " own rule."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  governance deadline --event 2026-02-27T10:00 --zone Europe/Berlin \\",
      "      --preset gdpr-breach-notification",
      "  governance deadline --event 2026-03-02T16:30 --zone America/New_York \\",
      "      --period 4bd --rule sec --calendar US",
      "  governance deadline --list-presets"
    })
final class DeadlineCommand implements Callable<Integer> {

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  @Spec CommandSpec spec;

  @Option(
      names = "--event",
      paramLabel = "LOCAL_DATE_TIME",
      description = "When the clock starts, such as 2026-02-27T10:00.")
  @Nullable String event;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description = "The time zone of the event and the deadline, such as Europe/Berlin.")
  @Nullable String zone;

  @Option(
      names = "--preset",
      paramLabel = "ID",
      description = "A legal-deadline preset (see --list-presets).")
  @Nullable String preset;

  @Option(
      names = "--period",
      paramLabel = "AMOUNT",
      description = "A period: 72h, 10d, 4bd (business days), 2w, 1M, 1y.")
  @Nullable String period;

  @Option(
      names = "--rule",
      paramLabel = "RULE",
      defaultValue = "eu-1182-71",
      description = "How --period counts: eu-1182-71, sec or plain.")
  String rule = "eu-1182-71";

  @Option(
      names = "--calendar",
      paramLabel = "ID",
      defaultValue = "none",
      description = "Business days of this calendar (US, DE-BY, ...); none: weekends only.")
  String calendar = "none";

  @Option(
      names = "--batch",
      description =
          "Read EVENT<TAB>ZONE<TAB>PERIOD_OR_PRESET<TAB>CALENDAR lines from standard input.")
  boolean batch;

  @Option(names = "--list-presets", description = "List the preset ids and their citations.")
  boolean listPresets;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    CountingRule counting = rule(rule);
    if (listPresets) {
      for (LegalDeadline p : LegalDeadline.values()) {
        out.println(Periods.id(p) + "\t" + p.limit() + "\t" + p.citation());
      }
      return GovernanceCli.OK;
    }
    if (batch) {
      return Lines.answer(
          out,
          line -> {
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
              throw GovernanceValidationException.of(
                  "line", line, "EVENT<TAB>ZONE<TAB>PERIOD_OR_PRESET<TAB>CALENDAR");
            }
            Optional<LegalDeadline> p = Periods.preset(f[2]);
            return lastOnTime(
                deadline(
                    f[0],
                    f[1],
                    p.orElse(null),
                    p.isPresent() ? null : f[2],
                    counting,
                    f[3].isBlank() ? "none" : f[3].trim()));
          },
          (line, message) -> "ERROR\t" + message);
    }
    if (event == null || zone == null || (preset == null) == (period == null)) {
      throw new ParameterException(
          spec.commandLine(),
          "give --event, --zone and one of --preset and --period (or --batch, or --list-presets)");
    }
    LegalDeadline legal =
        preset == null
            ? null
            : Periods.preset(preset)
                .orElseThrow(
                    () ->
                        new ParameterException(
                            spec.commandLine(),
                            "unknown preset '"
                                + preset
                                + "'; governance deadline --list-presets lists them"));
    Deadline d = deadline(event, zone, legal, period, counting, calendar);
    out.println(lastOnTime(d));
    out.println(d.explain());
    return GovernanceCli.OK;
  }

  private CountingRule rule(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "eu-1182-71":
        return CountingRule.REGULATION_1182_71;
      case "sec":
        return CountingRule.SEC_RULE_0_3;
      case "plain":
        return CountingRule.END_OF_DAY;
      default:
        throw new ParameterException(
            spec.commandLine(), "--rule must be eu-1182-71, sec or plain, not '" + name + "'");
    }
  }

  private static Deadline deadline(
      String eventText,
      String zoneText,
      @Nullable LegalDeadline legal,
      @Nullable String periodText,
      CountingRule counting,
      String calendarId) {
    LocalDateTime at;
    ZoneId zoneId;
    try {
      at = LocalDateTime.parse(eventText.trim());
    } catch (DateTimeException e) {
      throw GovernanceValidationException.of(
          "event", eventText, "a local date-time such as 2026-02-27T10:00");
    }
    try {
      zoneId = ZoneId.of(zoneText.trim());
    } catch (DateTimeException e) {
      throw GovernanceValidationException.of(
          "zone", zoneText, "a time-zone id such as Europe/Berlin");
    }
    ZonedDateTime trigger = at.atZone(zoneId);
    HolidayCalendar days = Periods.calendar(calendarId);
    return legal != null
        ? legal.deadline(trigger, days)
        : counting.deadline(trigger, Periods.period(Objects.requireNonNull(periodText)), days);
  }

  /** Returns the last on-time second: one second before the period expires. */
  static String lastOnTime(Deadline deadline) {
    return SECONDS.format(deadline.due().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1));
  }
}
