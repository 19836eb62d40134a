package dev.governance.rules.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.governance.core.calendar.HolidayRules;
import dev.governance.rules.deadline.HolidayCalendars;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class PrecompiledHolidaysTest {

  /** The holidays jollyday itself places, asked directly, not through the library's classes. */
  private static Set<LocalDate> jollyday(HolidayManager manager, int year, String... args) {
    Set<LocalDate> days = new HashSet<>();
    for (Holiday holiday : manager.getHolidays(Year.of(year), args)) {
      if (holiday.getType() != HolidayType.OBSERVANCE) {
        days.add(holiday.getDate());
      }
    }
    return days;
  }

  private static HolidayManager manager(String code, boolean federal) {
    if (federal && code.equals("US")) {
      return HolidayManager.getInstance(
          ManagerParameters.create(
              Objects.requireNonNull(HolidayCalendars.class.getResource("us-federal.xml"))));
    }
    return HolidayManager.getInstance(ManagerParameters.create(code.toLowerCase(Locale.ROOT)));
  }

  /** Compares one code and its subdivisions, every year of the data; returns the years compared. */
  private static int compare(String code) {
    PrecompiledHolidays.Country country = Objects.requireNonNull(PrecompiledHolidays.country(code));
    HolidayManager national = manager(code, true);
    HolidayManager jollyday = manager(code, false);
    assertThat(country.subdivisions())
        .as(code)
        .containsExactlyElementsOf(
            new TreeSet<>(jollyday.getCalendarHierarchy().getChildren().keySet()));
    int compared = 0;
    for (int year = PrecompiledHolidays.FIRST_RULE_YEAR;
        year <= PrecompiledHolidays.LAST_RULE_YEAR;
        year++) {
      assertThat(new HashSet<>(country.rules(code, null).holidaysOf(year)))
          .as(code + " " + year)
          .isEqualTo(jollyday(national, year));
      compared++;
      for (String subdivision : country.subdivisions()) {
        assertThat(new HashSet<>(country.rules(code, subdivision).holidaysOf(year)))
            .as(code + "-" + subdivision + " " + year)
            .isEqualTo(jollyday(jollyday, year, subdivision));
        compared++;
      }
    }
    return compared;
  }

  /**
   * Every calendar and subdivision jollyday has, every year of the data: the pre-compiled holidays
   * are those jollyday places, asked through its own API. Codes run on all processors.
   */
  @Test
  void everyPrecompiledYearIsWhatJollydayPlaces() throws Exception {
    List<String> codes = new ArrayList<>(new TreeSet<>(HolidayManager.getSupportedCalendarCodes()));
    assertThat(PrecompiledHolidays.codes()).containsExactlyElementsOf(codes);
    // jollyday finds its XML reader lazily, and not safely from two threads at once: first here
    assertThat(compare(codes.get(0))).isPositive();
    ExecutorService workers =
        Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (String code : codes.subList(1, codes.size())) {
        results.add(workers.submit(() -> compare(code)));
      }
      int compared = 0;
      for (Future<Integer> result : results) {
        compared += result.get();
      }
      // 235 more codes with their subdivisions, 272 years each
      assertThat(compared).isGreaterThan(235 * 272);
    } finally {
      workers.shutdownNow();
    }
  }

  @Test
  void yearsOutsideTheDataAreJollydays() {
    PrecompiledHolidays.Country germany = Objects.requireNonNull(PrecompiledHolidays.country("DE"));
    HolidayRules bavaria = germany.rules("DE-BY", "by");
    for (int year : new int[] {1, 1850, PrecompiledHolidays.FIRST_RULE_YEAR - 1, 2171, 9999}) {
      assertThat(new HashSet<>(bavaria.holidaysOf(year)))
          .as("%d", year)
          .isEqualTo(jollyday(manager("DE", false), year, "by"));
    }
    assertThat(bavaria)
        .isEqualTo(germany.rules("DE-BY", "by"))
        .hasSameHashCodeAs(germany.rules("DE-BY", "by"))
        .isNotEqualTo(germany.rules("DE", null))
        .hasToString("PrecompiledHolidays.Rules{DE-BY}");
    assertThat(PrecompiledHolidays.country("XX")).isNull();
    assertThatThrownBy(() -> germany.rules("DE-XX", "xx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("subdivision = 'xx': expected one of [bb, be, bw, by,");
  }

  @Test
  void encodingReadsBackTheSameBytes() {
    byte[] bytes = resource("US.bin");
    PrecompiledHolidays.Country us = PrecompiledHolidays.decode("US", bytes);
    assertThat(us.encode()).isEqualTo(bytes);
    assertThat(us.code()).isEqualTo("US");
    assertThat(us.subdivisions()).contains("ny", "dc");
    // New Year's Day 2022, a Saturday, observed on Friday 31 December 2021 by the rules of 2022
    assertThat(us.rules("US", null).holidaysOf(2022)).contains(LocalDate.of(2021, 12, 31));
  }

  private static byte[] resource(String name) {
    try (var in =
        PrecompiledHolidays.class.getResourceAsStream("/" + PrecompiledHolidays.DIRECTORY + name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Returns {@code bytes} with its CRC-32 set right, as a file damaged before its CRC would be. */
  private static byte[] withCrc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer.wrap(bytes).putInt(bytes.length - 4, (int) crc.getValue());
    return bytes;
  }

  private static final String PREFIX =
      "Pre-compiled holiday data dev/governance/rules/deadline/holiday-data/LU.bin is missing or"
          + " corrupt: ";

  private static final String SUFFIX =
      " (governance-rules' build writes it with"
          + " dev.governance.rules.deadline.internal.HolidayDataGenerator; rebuild the jar)";

  @Test
  void corruptDataIsRejectedNamingWhatIsWrong() {
    byte[] good = resource("LU.bin");
    assertThat(PrecompiledHolidays.decode("LU", good).code()).isEqualTo("LU");

    byte[] flipped = good.clone();
    flipped[20] ^= 1;
    assertThatThrownBy(() -> PrecompiledHolidays.decode("LU", flipped))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(PREFIX + "CRC-32 = ")
        .hasMessageContaining(", the CRC-32 of the bytes before it")
        .hasMessageEndingWith(SUFFIX);

    byte[] magic = good.clone();
    magic[0] = 'X';
    assertThatThrownBy(() -> PrecompiledHolidays.decode("LU", withCrc(magic)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(PREFIX + "magic = [88, 86, 72, 68], expected the bytes GVHD" + SUFFIX);

    byte[] format = good.clone();
    format[4] = 2;
    assertThatThrownBy(() -> PrecompiledHolidays.decode("LU", withCrc(format)))
        .hasMessage(PREFIX + "format = 2, expected 1" + SUFFIX);

    byte[] years = good.clone();
    years[8] = 0;
    assertThatThrownBy(() -> PrecompiledHolidays.decode("LU", withCrc(years)))
        .hasMessage(
            PREFIX + "years = 1899-2048, expected 1899-2170, the span of this build" + SUFFIX);

    assertThatThrownBy(() -> PrecompiledHolidays.decode("LI", good))
        .hasMessageContaining(
            "holiday-data/LI.bin is missing or corrupt: code = 'LU', expected 'LI'");

    byte[] shorter = new byte[good.length - 1];
    System.arraycopy(good, 0, shorter, 0, shorter.length - 4);
    assertThatThrownBy(() -> PrecompiledHolidays.decode("LU", withCrc(shorter)))
        .hasMessage(
            PREFIX
                + "length = "
                + shorter.length
                + " bytes, expected the data the header announces"
                + SUFFIX);

    byte[] longer = new byte[good.length + 1];
    System.arraycopy(good, 0, longer, 0, good.length - 4);
    assertThatThrownBy(() -> PrecompiledHolidays.decode("LU", withCrc(longer)))
        .hasMessage(
            PREFIX
                + "length = "
                + longer.length
                + " bytes, expected the data to end at its CRC-32"
                + SUFFIX);

    assertThatThrownBy(() -> PrecompiledHolidays.decode("LU", new byte[3]))
        .hasMessage(PREFIX + "length = 3 bytes, expected at least 8" + SUFFIX);

    // the first holiday's month follows the header (magic, format, years, LU, 1 subdivision, lu)
    // and the first year's count
    int first = 4 + 1 + 4 + (2 + 2) + 2 + (2 + 2) + 1;
    byte[] month = good.clone();
    month[first] = 14;
    assertThatThrownBy(() -> PrecompiledHolidays.decode("LU", withCrc(month)))
        .hasMessage(
            PREFIX
                + "day = month 14 day "
                + good[first + 1]
                + " at byte "
                + first
                + ", expected a month from 0 to 13 and a day from 1 to 31"
                + SUFFIX);

    // a day that does not exist is found when its year is asked for
    byte[] day = good.clone();
    day[first] = 2;
    day[first + 1] = 30;
    HolidayRules luxembourg = PrecompiledHolidays.decode("LU", withCrc(day)).rules("LU", null);
    assertThatThrownBy(() -> luxembourg.holidaysOf(PrecompiledHolidays.FIRST_RULE_YEAR))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            PREFIX
                + "day = Invalid date 'FEBRUARY 30', expected dates of the year before, of, or"
                + " after 1899"
                + SUFFIX);
  }

  @Test
  void aMissingResourceOrIndexIsRejectedNamingIt() {
    assertThatThrownBy(() -> PrecompiledHolidays.read("ZZ.bin"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Pre-compiled holiday data dev/governance/rules/deadline/holiday-data/ZZ.bin is missing"
                + " or corrupt: resource = missing, expected a resource on the class path of"
                + " governance-rules"
                + SUFFIX);
    String index = "dev/governance/rules/deadline/holiday-data/index.txt";
    assertThat(
            PrecompiledHolidays.parseIndex(
                index, "# c\nAT\n\nDE\n".getBytes(StandardCharsets.UTF_8)))
        .containsExactly("AT", "DE");
    assertThatThrownBy(
            () ->
                PrecompiledHolidays.parseIndex(index, "DE\nde\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "index.txt is missing or corrupt: line = 'de', expected a calendar code");
    assertThatThrownBy(
            () ->
                PrecompiledHolidays.parseIndex(index, "DE\nAT\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("line = 'AT', expected codes sorted, each once");
    assertThatThrownBy(
            () -> PrecompiledHolidays.parseIndex(index, "# c\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("codes = none, expected at least one calendar code");
    assertThat(
            new String(
                PrecompiledHolidays.index(List.of("AT", "DE"), "jollyday 9"),
                StandardCharsets.UTF_8))
        .endsWith(
            "from jollyday 9 by dev.governance.rules.deadline.internal.HolidayDataGenerator;"
                + " one <CODE>.bin a code\nAT\nDE\n");
  }
}
