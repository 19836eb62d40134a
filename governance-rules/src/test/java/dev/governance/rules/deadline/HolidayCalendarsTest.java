package dev.governance.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.calendar.HolidayCalendar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidayCalendarsTest {

  private static List<LocalDate> holidays(HolidayCalendar calendar, int year) {
    List<LocalDate> result = new ArrayList<>();
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      if (calendar.isHoliday(day)) {
        result.add(day);
      }
    }
    return result;
  }

  @Test
  void usIsTheFederalCalendarOf5Usc6103() {
    HolidayCalendar us = HolidayCalendars.of("US");
    // OPM's federal holiday schedule for 2026, Columbus Day included; Independence Day observed on
    // Friday 3 July.
    assertThat(holidays(us, 2026))
        .containsExactly(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 19),
            LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 6, 19),
            LocalDate.of(2026, 7, 3),
            LocalDate.of(2026, 9, 7),
            LocalDate.of(2026, 10, 12),
            LocalDate.of(2026, 11, 11),
            LocalDate.of(2026, 11, 26),
            LocalDate.of(2026, 12, 25));
    // New Year's Day 2022 fell on a Saturday: observed on Friday 31 December 2021. Juneteenth from
    // 2021.
    assertThat(us.isHoliday(LocalDate.of(2021, 12, 31))).isTrue();
    assertThat(us.isHoliday(LocalDate.of(2021, 6, 18))).isTrue();
    assertThat(us.id()).isEqualTo("US");
  }

  @Test
  void nationalAndSubdivisionCalendarsFromJollyday() {
    HolidayCalendar de = HolidayCalendars.of("DE");
    assertThat(de.isHoliday(LocalDate.of(2026, 4, 3))).isTrue(); // Good Friday
    assertThat(de.isHoliday(LocalDate.of(2026, 1, 6)))
        .isFalse(); // Epiphany: Bavaria, not the whole of Germany
    assertThat(HolidayCalendars.of("DE-BY").isHoliday(LocalDate.of(2026, 1, 6))).isTrue();
    HolidayCalendar gb = HolidayCalendars.of("gb");
    assertThat(gb.isHoliday(LocalDate.of(2026, 12, 28)))
        .isTrue(); // Boxing Day, a Saturday, substituted on Monday
    assertThat(gb.isHoliday(LocalDate.of(2026, 8, 31)))
        .isFalse(); // the summer bank holiday differs within the UK
    assertThat(HolidayCalendars.of("GB-ENG").isHoliday(LocalDate.of(2026, 8, 31))).isTrue();
    assertThat(gb.id()).isEqualTo("GB");
  }

  @Test
  void combinesCalendarsJoinedByPlus() {
    HolidayCalendar both = HolidayCalendars.of("GB+US");
    assertThat(both.id()).isEqualTo("GB+US");
    assertThat(both.isBusinessDay(LocalDate.of(2026, 12, 28))).isFalse();
    assertThat(both.isBusinessDay(LocalDate.of(2026, 7, 3))).isFalse();
    assertThat(both.isBusinessDay(LocalDate.of(2026, 7, 2))).isTrue();
  }

  @Test
  void otherWeekends() {
    HolidayCalendar fridaySaturday =
        HolidayCalendars.of("AE", EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
    assertThat(fridaySaturday.isBusinessDay(LocalDate.of(2026, 3, 8))).isTrue(); // a Sunday
  }

  /**
   * Issue 20, point 4: `recur --rule FREQ=YEARLY --limit 10 --calendar DE-BY` failed at 2030 and a
   * 4-year deadline on US failed, since calendars covered a few years compiled up front. A calendar
   * now covers the years 1 to 9999, compiled a decade at a time as they are asked about.
   */
  @Test
  void aCalendarCoversEveryYearItIsAskedAbout() {
    HolidayCalendar bavaria = HolidayCalendars.of("DE-BY");
    assertThat(bavaria.firstYear()).isEqualTo(1);
    assertThat(bavaria.lastYear()).isEqualTo(9999);
    assertThat(bavaria.isHoliday(LocalDate.of(2030, 1, 1))).isTrue();
    assertThat(bavaria.isHoliday(LocalDate.of(2087, 1, 6))).isTrue(); // Epiphany, a Monday
    HolidayCalendar us = HolidayCalendars.of("US");
    // New Year's Day 2084 falls on a Saturday: observed on Friday 31 December 2083
    assertThat(us.isHoliday(LocalDate.of(2083, 12, 31))).isTrue();
    assertThat(us.shift(LocalDate.of(2026, 1, 2), 4 * 251)).isAfter(LocalDate.of(2029, 12, 1));
    assertThat(HolidayCalendars.of("us")).isEqualTo(us).isNotEqualTo(HolidayCalendars.of("GB"));
    assertThat(HolidayCalendars.of("GB+US")).isEqualTo(HolidayCalendars.of("gb+us"));
  }

  /** Runs {@link FirstCall} in a fresh JVM that logs the classes it loads. */
  private static List<String> firstCallInAFreshJvm(Path dir, String id, String date)
      throws IOException, InterruptedException {
    Path classes = dir.resolve("classes.log");
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classes,
                "-cp",
                classPath,
                FirstCall.class.getName(),
                id,
                date)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(err)).isZero();
    assertThat(Files.readString(out)).startsWith(id + " " + date);
    List<String> result = new ArrayList<>(Files.readAllLines(classes));
    result.add("stderr: " + Files.readString(err));
    return result;
  }

  private static final Pattern JOLLYDAY_JAXB_SLF4J =
      Pattern.compile("\\b(jakarta\\.xml\\.bind|de\\.focus_shift|org\\.slf4j)\\.");

  /**
   * Issue 22, point 8: the first calendar took 1.35 s (JAXB starting to read jollyday's XML) and
   * printed SLF4J's "no providers" warning. Within 1900 to 2169 the pre-compiled holidays answer: a
   * fresh JVM loads no class of jollyday, JAXB or SLF4J, and writes nothing to stderr. A year
   * outside loads jollyday (which shows the class log would see it).
   */
  @Test
  void theFirstCalendarLoadsNoJollydayJaxbOrSlf4j(@TempDir Path dir) throws Exception {
    List<String> inSpan = firstCallInAFreshJvm(dir, "DE-BY", "2026-04-03");
    assertThat(inSpan).anyMatch(line -> line.contains("dev.governance.rules.deadline.FirstCall"));
    assertThat(inSpan).noneMatch(line -> JOLLYDAY_JAXB_SLF4J.matcher(line).find());
    assertThat(inSpan.get(inSpan.size() - 1)).isEqualTo("stderr: ");
    List<String> outside = firstCallInAFreshJvm(dir, "DE-BY", "1850-01-07");
    assertThat(outside).anyMatch(line -> line.contains("de.focus_shift.jollyday.core."));
  }

  @Test
  void yearsOutsideThePrecompiledOnesAreJollydays() {
    HolidayCalendar germany = HolidayCalendars.of("DE");
    assertThat(germany.isHoliday(LocalDate.of(1850, 3, 29))).isTrue(); // Good Friday 1850
    assertThat(germany.isHoliday(LocalDate.of(2250, 4, 19))).isTrue(); // Good Friday 2250
    assertThat(germany.isHoliday(LocalDate.of(1899, 12, 26))).isTrue();
    assertThat(germany.isHoliday(LocalDate.of(1900, 1, 1))).isTrue();
    // Islamic holidays: jollyday converts with the JDK's Umm al-Qura calendar, which ends in 2174
    HolidayCalendar emirates = HolidayCalendars.of("AE");
    assertThat(emirates.shift(LocalDate.of(2169, 12, 1), 5)).isBefore(LocalDate.of(2170, 1, 1));
    assertThatThrownBy(() -> emirates.isBusinessDay(LocalDate.of(2180, 1, 1)))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith(
            "Invalid governance data: year = 2179: expected a year whose holidays the rules of"
                + " calendar AE can place (");
  }

  /**
   * Subdivisions are named in any case, whatever the case of jollyday's code: most are lower case
   * (New York's ny), a few upper case (Madagascar's A, D, F, M, T, U), which the message lists and
   * an id therefore names (they were refused before).
   */
  @Test
  void subdivisionsAreNamedInAnyCase() {
    HolidayCalendar antananarivo = HolidayCalendars.of("mg-a");
    assertThat(antananarivo.id()).isEqualTo("MG-A");
    assertThat(antananarivo).isEqualTo(HolidayCalendars.of("MG-A"));
    assertThat(antananarivo.isHoliday(LocalDate.of(2026, 6, 26)))
        .as("Independence Day, a holiday of all Madagascar")
        .isTrue();
    assertThat(antananarivo.isHoliday(LocalDate.of(1890, 1, 1)))
        .as("New Year's Day before the pre-compiled years: jollyday is asked, for the same code")
        .isTrue();
    assertThatThrownBy(() -> HolidayCalendars.of("MG-Q"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith(
            "Invalid governance data: calendar = 'MG-Q': expected a subdivision of MG: one of A,");
    HolidayCalendar newYork = HolidayCalendars.of("us-ny");
    assertThat(newYork.id()).isEqualTo("US-NY");
    assertThat(newYork.isHoliday(LocalDate.of(2026, 1, 1))).isTrue();
  }

  @Test
  void rejectsUnknownCalendars() {
    assertThatThrownBy(() -> HolidayCalendars.of("XX"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: calendar = 'XX': expected ids such as US, DE-BY or GB+US: ISO"
                + " 3166 country codes or other jollyday calendar codes, each with an optional"
                + " subdivision");
    assertThatThrownBy(() -> HolidayCalendars.of("GB+"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith(
            "Invalid governance data: calendar = 'GB+': expected ids such as US");
    assertThatThrownBy(() -> HolidayCalendars.of("DE-XX"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith(
            "Invalid governance data: calendar = 'DE-XX': expected a subdivision of DE: one of BB,"
                + " BE, BW, BY");
  }
}
