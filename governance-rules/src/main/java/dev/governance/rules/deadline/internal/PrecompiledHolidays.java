package dev.governance.rules.deadline.internal;

import dev.governance.core.calendar.HolidayRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * The holidays of every jollyday calendar and subdivision for the years {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR}, pre-compiled at build time from jollyday's rules ({@link
 * HolidayDataGenerator}) and shipped in the jar, so that a calendar answers for those years without
 * loading jollyday, JAXB or SLF4J; outside them it asks {@link JollydayRules}.
 *
 * <p><b>The span.</b> 1900 to 2169 are 27 whole decades, the unit {@link
 * dev.governance.core.calendar.HolidayCalendar} compiles, so that a calendar compiles no decade of
 * the span with jollyday; since it asks the rules of the neighbouring years too (a New Year's Day
 * observed on 31 December), the data holds the rules' years {@value #FIRST_RULE_YEAR} to {@value
 * #LAST_RULE_YEAR}. It starts in 1900, before any date governance records hold, and ends where
 * every calendar can still be placed: Islamic holidays are converted with the JDK's Umm al-Qura
 * calendar ({@link java.time.chrono.HijrahChronology}), whose data ends in 1600 AH (November 2174),
 * so jollyday cannot place the years from 2174 for the calendars that have them.
 *
 * <p><b>The resources.</b> {@code holiday-data/index.txt} beside {@code HolidayCalendars} lists the
 * calendar codes, one a line; {@code holiday-data/<CODE>.bin} holds one code's holidays and those
 * of its subdivisions: the magic bytes {@code GVHD}, format version 1, the first and last rule year
 * (shorts), the code and its subdivision count and codes (modified UTF-8 of {@link
 * DataOutputStream}); then for the calendar itself, a year after the other, the number of holidays
 * its rules place (a byte) and each holiday as two bytes, its month (1 to 12, 0 for December of the
 * year before, 13 for January of the next) and its day of the month; then for each subdivision and
 * year its difference from the calendar itself: the days it adds and the days it removes, each a
 * count and days as before; last the CRC-32 of all bytes before it. Days are sorted and distinct.
 * Every number is big-endian.
 */
public final class PrecompiledHolidays {

  /** The first year answered from the data. */
  public static final int FIRST_YEAR = 1900;

  /** The last year answered from the data. */
  public static final int LAST_YEAR = 2169;

  /** The first year whose rules the data holds: the neighbour of {@link #FIRST_YEAR}. */
  public static final int FIRST_RULE_YEAR = FIRST_YEAR - 1;

  /** The last year whose rules the data holds: the neighbour of {@link #LAST_YEAR}. */
  public static final int LAST_RULE_YEAR = LAST_YEAR + 1;

  /** The directory of the resources, relative to the class path's root. */
  public static final String DIRECTORY = "dev/governance/rules/deadline/holiday-data/";

  /** The name of the index within {@link #DIRECTORY}. */
  public static final String INDEX = "index.txt";

  /** The class that writes the data, named, not loaded: the jar leaves it out. */
  private static final String GENERATOR =
      "dev.governance.rules.deadline.internal.HolidayDataGenerator";

  private static final byte[] MAGIC = {'G', 'V', 'H', 'D'};
  private static final int FORMAT = 1;
  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");
  private static final int YEARS = LAST_RULE_YEAR - FIRST_RULE_YEAR + 1;

  private static final ConcurrentMap<String, Country> COUNTRIES = new ConcurrentHashMap<>();
  private static volatile @Nullable List<String> codes;

  private PrecompiledHolidays() {}

  /**
   * Returns the calendar codes the data holds, such as {@code DE} and {@code TARGET}, sorted.
   *
   * @throws IllegalStateException if the index is missing or corrupt
   */
  public static List<String> codes() {
    @Nullable List<String> result = codes;
    if (result == null) {
      result = parseIndex(DIRECTORY + INDEX, read(INDEX));
      codes = result;
    }
    return result;
  }

  /**
   * Returns the data of calendar {@code code} and its subdivisions, read once and kept.
   *
   * @param code a calendar code in upper case, such as {@code DE}
   * @return the data, or null if the index lists no such code
   * @throws IllegalStateException if the index or the code's data is missing or corrupt
   */
  public static @Nullable Country country(String code) {
    if (!codes().contains(code)) {
      return null;
    }
    return COUNTRIES.computeIfAbsent(code, c -> decode(c, read(c + ".bin")));
  }

  static byte[] read(String name) {
    String resource = DIRECTORY + name;
    try (InputStream in = PrecompiledHolidays.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw corrupt(
            resource, "resource", "missing", "a resource on the class path of governance-rules");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read pre-compiled holiday data " + resource, e);
    }
  }

  /**
   * Returns the codes of an index: its lines, but for blank lines and comments ({@code #}).
   *
   * @param resource the index's name, for messages
   * @param bytes the index in UTF-8
   * @return the codes, sorted
   * @throws IllegalStateException if a line is no code or the index lists none or is unsorted
   */
  static List<String> parseIndex(String resource, byte[] bytes) {
    List<String> result = new ArrayList<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n", -1)) {
      String code = line.strip();
      if (code.isEmpty() || code.startsWith("#")) {
        continue;
      }
      if (!CODE.matcher(code).matches()) {
        throw corrupt(resource, "line", "'" + code + "'", "a calendar code of A-Z, 0-9 and _");
      }
      if (!result.isEmpty() && result.get(result.size() - 1).compareTo(code) >= 0) {
        throw corrupt(resource, "line", "'" + code + "'", "codes sorted, each once");
      }
      result.add(code);
    }
    if (result.isEmpty()) {
      throw corrupt(resource, "codes", "none", "at least one calendar code");
    }
    return List.copyOf(result);
  }

  /**
   * Returns the text of an index listing {@code codes}.
   *
   * @param codes the calendar codes, sorted
   * @param source what the data was generated from, for the comment, such as {@code jollyday
   *     2.19.0}
   * @return the index in UTF-8
   */
  static byte[] index(List<String> codes, String source) {
    StringBuilder text =
        new StringBuilder()
            .append("# Holidays of the years ")
            .append(FIRST_YEAR)
            .append(" to ")
            .append(LAST_YEAR)
            .append(" pre-compiled from ")
            .append(source)
            .append(" by ")
            .append(GENERATOR)
            .append("; one <CODE>.bin a code\n");
    codes.forEach(c -> text.append(c).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static IllegalStateException corrupt(
      String resource, String field, String value, String expected) {
    return new IllegalStateException(
        "Pre-compiled holiday data "
            + resource
            + " is missing or corrupt: "
            + field
            + " = "
            + value
            + ", expected "
            + expected
            + " (governance-rules' build writes it with "
            + GENERATOR
            + "; rebuild the jar)");
  }

  /**
   * Reads the data of calendar {@code code} from {@code bytes}, in the format of the class comment.
   *
   * @param code the calendar code the data must be of
   * @param bytes the data
   * @return the calendar's data
   * @throws IllegalStateException naming the field at fault if the data is corrupt, of another
   *     format or span, or of another code
   */
  static Country decode(String code, byte[] bytes) {
    String resource = DIRECTORY + code + ".bin";
    if (bytes.length < MAGIC.length + 4) {
      throw corrupt(resource, "length", bytes.length + " bytes", "at least 8");
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    int stored =
        ((bytes[bytes.length - 4] & 0xff) << 24)
            | ((bytes[bytes.length - 3] & 0xff) << 16)
            | ((bytes[bytes.length - 2] & 0xff) << 8)
            | (bytes[bytes.length - 1] & 0xff);
    if ((int) crc.getValue() != stored) {
      throw corrupt(
          resource,
          "CRC-32",
          Integer.toHexString(stored),
          Integer.toHexString((int) crc.getValue()) + ", the CRC-32 of the bytes before it");
    }
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 4))) {
      byte[] magic = new byte[MAGIC.length];
      in.readFully(magic);
      if (!Arrays.equals(magic, MAGIC)) {
        throw corrupt(resource, "magic", Arrays.toString(magic), "the bytes GVHD");
      }
      int format = in.readUnsignedByte();
      if (format != FORMAT) {
        throw corrupt(resource, "format", String.valueOf(format), String.valueOf(FORMAT));
      }
      int first = in.readShort();
      int last = in.readShort();
      if (first != FIRST_RULE_YEAR || last != LAST_RULE_YEAR) {
        throw corrupt(
            resource,
            "years",
            first + "-" + last,
            FIRST_RULE_YEAR + "-" + LAST_RULE_YEAR + ", the span of this build");
      }
      String name = in.readUTF();
      if (!name.equals(code)) {
        throw corrupt(resource, "code", "'" + name + "'", "'" + code + "'");
      }
      int count = in.readUnsignedShort();
      List<String> subdivisions = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        subdivisions.add(in.readUTF());
      }
      short[][][] days = new short[count + 1][YEARS][];
      for (int y = 0; y < YEARS; y++) {
        days[0][y] = readDays(in, FIRST_RULE_YEAR + y);
      }
      for (int s = 1; s <= count; s++) {
        for (int y = 0; y < YEARS; y++) {
          int year = FIRST_RULE_YEAR + y;
          days[s][y] = apply(days[0][y], readDays(in, year), readDays(in, year));
        }
      }
      if (in.available() > 0) {
        throw corrupt(resource, "length", bytes.length + " bytes", "the data to end at its CRC-32");
      }
      return new Country(code, subdivisions, days);
    } catch (IOException e) {
      throw corrupt(resource, "length", bytes.length + " bytes", "the data the header announces");
    } catch (DateTimeException e) {
      throw corrupt(
          resource,
          "day",
          String.valueOf(e.getMessage()),
          "dates of the year before, of, or after");
    }
  }

  /** Reads a count and as many days of the rules of {@code year}, each a month and a day. */
  private static short[] readDays(DataInputStream in, int year) throws IOException {
    LocalDate january = LocalDate.of(year, 1, 1);
    short[] days = new short[in.readUnsignedByte()];
    for (int i = 0; i < days.length; i++) {
      int month = in.readByte();
      int day = in.readUnsignedByte();
      // throws DateTimeException for a month or day that does not exist
      LocalDate date =
          LocalDate.of(year + Math.floorDiv(month - 1, 12), Math.floorMod(month - 1, 12) + 1, day);
      days[i] = (short) (date.toEpochDay() - january.toEpochDay());
    }
    return days;
  }

  /**
   * Writes a count and the days of the rules of {@code year}, each as its month (1 to 12, 0 for
   * December of the year before, 13 for January of the next) and its day of the month: a holiday of
   * a fixed date is the same two bytes every year, which the jar's compression finds.
   */
  private static void writeDays(DataOutputStream out, Collection<Short> days, int year)
      throws IOException {
    LocalDate january = LocalDate.of(year, 1, 1);
    out.writeByte(days.size());
    for (short offset : days) {
      LocalDate date = january.plusDays(offset);
      out.writeByte(date.getMonthValue() + 12 * (date.getYear() - year));
      out.writeByte(date.getDayOfMonth());
    }
  }

  /** Returns {@code base} with {@code added} and without {@code removed}, sorted. */
  private static short[] apply(short[] base, short[] added, short[] removed) {
    TreeSet<Short> days = sorted(base);
    days.addAll(sorted(added));
    days.removeAll(sorted(removed));
    return toArray(days);
  }

  private static TreeSet<Short> sorted(short[] days) {
    TreeSet<Short> result = new TreeSet<>();
    for (short day : days) {
      result.add(day);
    }
    return result;
  }

  private static short[] toArray(Collection<Short> days) {
    short[] result = new short[days.size()];
    int i = 0;
    for (short day : days) {
      result[i++] = day;
    }
    return result;
  }

  /**
   * The holidays of one calendar code and its subdivisions for the rules' years {@value
   * #FIRST_RULE_YEAR} to {@value #LAST_RULE_YEAR}.
   */
  public static final class Country {
    private final String code;
    private final List<String> subdivisions;

    /** Days from 1 January, by calendar (0 the code itself, then its subdivisions) and year. */
    private final short[][][] days;

    private Country(String code, List<String> subdivisions, short[][][] days) {
      this.code = code;
      this.subdivisions = List.copyOf(subdivisions);
      this.days = days;
    }

    /**
     * Returns the data of {@code code} computed by {@code rules}.
     *
     * @param code the calendar code, such as {@code DE}
     * @param subdivisions its subdivisions' codes as jollyday spells them, sorted
     * @param rules the rules of the code itself (given null) or of a subdivision
     * @return the data
     * @throws IllegalStateException if a year holds more than 255 holidays or a day 32767 days or
     *     more from 1 January of its rules' year
     */
    static Country of(
        String code,
        List<String> subdivisions,
        BiFunction<@Nullable String, Integer, Collection<LocalDate>> rules) {
      short[][][] days = new short[subdivisions.size() + 1][YEARS][];
      for (int s = 0; s <= subdivisions.size(); s++) {
        @Nullable String subdivision = s == 0 ? null : subdivisions.get(s - 1);
        for (int y = 0; y < YEARS; y++) {
          int year = FIRST_RULE_YEAR + y;
          long january = LocalDate.of(year, 1, 1).toEpochDay();
          TreeSet<Short> sorted = new TreeSet<>();
          for (LocalDate day : rules.apply(subdivision, year)) {
            long offset = day.toEpochDay() - january;
            if (offset != (short) offset) {
              throw new IllegalStateException(
                  "Calendar " + code + " places " + day + " for the year " + year);
            }
            sorted.add((short) offset);
          }
          if (sorted.size() > 255) {
            throw new IllegalStateException(
                "Calendar " + code + " has " + sorted.size() + " holidays in " + year);
          }
          days[s][y] = toArray(sorted);
        }
      }
      return new Country(code, subdivisions, days);
    }

    /** Returns the calendar code, such as {@code DE}. */
    public String code() {
      return code;
    }

    /** Returns the subdivisions' codes as jollyday spells them, such as {@code by}, sorted. */
    public List<String> subdivisions() {
      return subdivisions;
    }

    /**
     * Returns the holidays of the calendar or of one subdivision: from the data for the years
     * {@value #FIRST_RULE_YEAR} to {@value #LAST_RULE_YEAR}, from jollyday ({@link JollydayRules},
     * loaded the first time it is needed) for the others. Equal when their names are.
     *
     * @param name the calendar's id, such as {@code DE-BY}
     * @param subdivision one of {@link #subdivisions()}, or null for the calendar itself
     * @return the rules
     * @throws IllegalArgumentException if {@code subdivision} is not one of {@link #subdivisions()}
     */
    public HolidayRules rules(String name, @Nullable String subdivision) {
      int index = subdivision == null ? 0 : subdivisions.indexOf(subdivision) + 1;
      if (index == 0 && subdivision != null) {
        throw new IllegalArgumentException(
            "subdivision = '" + subdivision + "': expected one of " + subdivisions);
      }
      return new Rules(name, this, index, subdivision);
    }

    /** Returns the days of calendar {@code index} (0 the code itself) for the rules' year. */
    List<LocalDate> holidaysOf(int index, int year) {
      LocalDate january = LocalDate.of(year, 1, 1);
      short[] offsets = days[index][year - FIRST_RULE_YEAR];
      List<LocalDate> result = new ArrayList<>(offsets.length);
      for (short offset : offsets) {
        result.add(january.plusDays(offset));
      }
      return result;
    }

    /** Returns the data in the format of the class comment. */
    byte[] encode() {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.write(MAGIC);
        out.writeByte(FORMAT);
        out.writeShort(FIRST_RULE_YEAR);
        out.writeShort(LAST_RULE_YEAR);
        out.writeUTF(code);
        out.writeShort(subdivisions.size());
        for (String subdivision : subdivisions) {
          out.writeUTF(subdivision);
        }
        for (int y = 0; y < YEARS; y++) {
          writeDays(out, sorted(days[0][y]), FIRST_RULE_YEAR + y);
        }
        for (int s = 1; s < days.length; s++) {
          for (int y = 0; y < YEARS; y++) {
            TreeSet<Short> added = sorted(days[s][y]);
            added.removeAll(sorted(days[0][y]));
            TreeSet<Short> removed = sorted(days[0][y]);
            removed.removeAll(sorted(days[s][y]));
            writeDays(out, added, FIRST_RULE_YEAR + y);
            writeDays(out, removed, FIRST_RULE_YEAR + y);
          }
        }
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeInt((int) crc.getValue());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }
  }

  /**
   * One calendar's holidays: from the data within its years, from jollyday outside them. Equal when
   * they name the same calendar, as {@link JollydayRules} are.
   */
  private static final class Rules implements HolidayRules {
    private final String name;
    private final Country country;
    private final int index;
    private final @Nullable String subdivision;
    private @Nullable HolidayRules jollyday;

    Rules(String name, Country country, int index, @Nullable String subdivision) {
      this.name = name;
      this.country = country;
      this.index = index;
      this.subdivision = subdivision;
    }

    @Override
    public Collection<LocalDate> holidaysOf(int year) {
      if (year >= FIRST_RULE_YEAR && year <= LAST_RULE_YEAR) {
        return country.holidaysOf(index, year);
      }
      return jollyday().holidaysOf(year);
    }

    private synchronized HolidayRules jollyday() {
      @Nullable HolidayRules result = jollyday;
      if (result == null) {
        result = JollydayRules.of(name, country.code(), subdivision);
        jollyday = result;
      }
      return result;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Rules r && r.name.equals(name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }

    @Override
    public String toString() {
      return "PrecompiledHolidays.Rules{" + name + "}";
    }
  }
}
