package dev.governance.rules.deadline.internal;

import dev.governance.core.calendar.HolidayRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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

  /** Returns the bytes of resource {@code name} of {@link #DIRECTORY}. */
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
      if (!isCode(code)) {
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

  private static boolean isCode(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '_' && (c < 'A' || c > 'Z') && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
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
   * The days are kept as they are stored, and made dates when a year is asked for.
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
    int end = bytes.length - 4;
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, end);
    int stored = ByteBuffer.wrap(bytes).getInt(end);
    if ((int) crc.getValue() != stored) {
      throw corrupt(
          resource,
          "CRC-32",
          Integer.toHexString(stored),
          Integer.toHexString((int) crc.getValue()) + ", the CRC-32 of the bytes before it");
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, end))) {
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
      // where each calendar's days of each year begin: a count and days; a subdivision's added
      // days are followed by its removed days
      int[][] positions = new int[count + 1][YEARS];
      int position = end - in.available();
      for (int s = 0; s <= count; s++) {
        for (int y = 0; y < YEARS; y++) {
          positions[s][y] = position;
          for (int list = s == 0 ? 1 : 2; list > 0; list--) {
            position = skipDays(resource, bytes, position, end);
          }
        }
      }
      if (position != end) {
        throw corrupt(resource, "length", bytes.length + " bytes", "the data to end at its CRC-32");
      }
      return new Country(resource, code, subdivisions, bytes, positions);
    } catch (IOException e) {
      throw corrupt(resource, "length", bytes.length + " bytes", "the data the header announces");
    }
  }

  /** Returns the position after the count and days at {@code position}, checking each day. */
  private static int skipDays(String resource, byte[] bytes, int position, int end) {
    if (position >= end || position + 1 + 2 * (bytes[position] & 0xff) > end) {
      throw corrupt(resource, "length", bytes.length + " bytes", "the data the header announces");
    }
    int next = position + 1 + 2 * (bytes[position] & 0xff);
    for (int i = position + 1; i < next; i += 2) {
      if (bytes[i] < 0 || bytes[i] > 13 || bytes[i + 1] < 1 || bytes[i + 1] > 31) {
        throw corrupt(
            resource,
            "day",
            "month " + bytes[i] + " day " + bytes[i + 1] + " at byte " + i,
            "a month from 0 to 13 and a day from 1 to 31");
      }
    }
    return next;
  }

  /**
   * Writes a count and the days of the rules of {@code year}, each as its month (1 to 12, 0 for
   * December of the year before, 13 for January of the next) and its day of the month: a holiday of
   * a fixed date is the same two bytes every year, which the jar's compression finds.
   */
  private static void writeDays(DataOutputStream out, Collection<LocalDate> days, int year)
      throws IOException {
    out.writeByte(days.size());
    for (LocalDate date : days) {
      out.writeByte(date.getMonthValue() + 12 * (date.getYear() - year));
      out.writeByte(date.getDayOfMonth());
    }
  }

  /**
   * The holidays of one calendar code and its subdivisions for the rules' years {@value
   * #FIRST_RULE_YEAR} to {@value #LAST_RULE_YEAR}.
   */
  public static final class Country {
    private final String resource;
    private final String code;
    private final List<String> subdivisions;

    /** The data, in the format of the class comment. */
    private final byte[] bytes;

    /**
     * Where the days of each calendar (0 the code itself, then its subdivisions) and year begin.
     */
    private final int[][] positions;

    private Country(
        String resource, String code, List<String> subdivisions, byte[] bytes, int[][] positions) {
      this.resource = resource;
      this.code = code;
      this.subdivisions = List.copyOf(subdivisions);
      this.bytes = bytes;
      this.positions = positions;
    }

    /**
     * Returns the data of {@code code} computed by {@code rules}.
     *
     * @param code the calendar code, such as {@code DE}
     * @param subdivisions its subdivisions' codes as jollyday spells them, sorted
     * @param rules the rules of the code itself (given null) or of a subdivision, for a year
     * @return the data
     * @throws IllegalStateException if a year holds more than 255 holidays, or one that is not in
     *     the year of its rules or a neighbour
     */
    static Country of(
        String code,
        List<String> subdivisions,
        BiFunction<@Nullable String, Integer, Collection<LocalDate>> rules) {
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
        List<TreeSet<LocalDate>> national = new ArrayList<>();
        for (int year = FIRST_RULE_YEAR; year <= LAST_RULE_YEAR; year++) {
          national.add(days(code, year, rules.apply(null, year)));
          writeDays(out, national.get(national.size() - 1), year);
        }
        for (String subdivision : subdivisions) {
          for (int year = FIRST_RULE_YEAR; year <= LAST_RULE_YEAR; year++) {
            TreeSet<LocalDate> base = national.get(year - FIRST_RULE_YEAR);
            TreeSet<LocalDate> added = days(code, year, rules.apply(subdivision, year));
            TreeSet<LocalDate> removed = new TreeSet<>(base);
            removed.removeAll(added);
            added.removeAll(base);
            writeDays(out, added, year);
            writeDays(out, removed, year);
          }
        }
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeInt((int) crc.getValue());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return decode(code, bytes.toByteArray());
    }

    /** Returns the days sorted, once each, after checking that they can be written. */
    private static TreeSet<LocalDate> days(String code, int year, Collection<LocalDate> days) {
      TreeSet<LocalDate> sorted = new TreeSet<>(days);
      for (LocalDate day : sorted) {
        if (Math.abs(day.getYear() - year) > 1) {
          throw new IllegalStateException(
              "Calendar " + code + " places " + day + " for the year " + year);
        }
      }
      if (sorted.size() > 255) {
        throw new IllegalStateException(
            "Calendar " + code + " has " + sorted.size() + " holidays in " + year);
      }
      return sorted;
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

    /**
     * Returns the days of calendar {@code index} (0 the code itself) placed by the rules of {@code
     * year}: the code's own, for a subdivision less those it removes and with those it adds.
     *
     * @throws IllegalStateException if the data holds a day that does not exist
     */
    List<LocalDate> holidaysOf(int index, int year) {
      int y = year - FIRST_RULE_YEAR;
      int base = positions[0][y];
      int baseEnd = base + 1 + 2 * (bytes[base] & 0xff);
      int added = index == 0 ? baseEnd : positions[index][y];
      int addedEnd = index == 0 ? baseEnd : added + 1 + 2 * (bytes[added] & 0xff);
      int removedEnd = index == 0 ? baseEnd : addedEnd + 1 + 2 * (bytes[addedEnd] & 0xff);
      List<LocalDate> result = new ArrayList<>();
      for (int i = base + 1; i < baseEnd; i += 2) {
        if (!contains(addedEnd + 1, removedEnd, bytes[i], bytes[i + 1])) {
          result.add(date(year, bytes[i], bytes[i + 1]));
        }
      }
      for (int i = added + 1; i < addedEnd; i += 2) {
        result.add(date(year, bytes[i], bytes[i + 1]));
      }
      return result;
    }

    private boolean contains(int from, int to, byte month, byte day) {
      for (int i = from; i < to; i += 2) {
        if (bytes[i] == month && bytes[i + 1] == day) {
          return true;
        }
      }
      return false;
    }

    private LocalDate date(int year, int month, int day) {
      try {
        return LocalDate.of(
            year + Math.floorDiv(month - 1, 12), Math.floorMod(month - 1, 12) + 1, day);
      } catch (DateTimeException e) {
        throw corrupt(
            resource,
            "day",
            String.valueOf(e.getMessage()),
            "dates of the year before, of, or after " + year);
      }
    }

    /** Returns the data in the format of the class comment. */
    byte[] encode() {
      return bytes.clone();
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
