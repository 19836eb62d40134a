package dev.governance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableBiMap;
import com.google.common.collect.ImmutableMap;
import dev.governance.core.raci.RaciCell;
import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A value written as one JSON scalar: text, numbers, booleans, dates, zones, currencies, enums, and
 * RACI cells ({@code "A/R"}, as people write them). Every text leaf writes its value's {@code
 * toString()}, which for each of these types is the form its parser reads back.
 */
public abstract class Leaf {

  private static final ImmutableMap<Class<?>, Leaf> LEAVES =
      ImmutableMap.<Class<?>, Leaf>builder()
          .put(String.class, text("a string", "{\"type\":\"string\"}", s -> s))
          .put(
              Character.class,
              text(
                  "a single character",
                  "{\"type\":\"string\",\"minLength\":1,\"maxLength\":1}",
                  Leaf::character))
          .put(
              LocalDate.class,
              text(
                  "an ISO-8601 date in the years 1 to 9999, such as 2026-03-31",
                  "{\"type\":\"string\",\"format\":\"date\"}",
                  Leaf::date))
          .put(
              Instant.class,
              text(
                  "an ISO-8601 instant in the years 1 to 9999, such as 2026-03-31T09:30:00Z",
                  "{\"type\":\"string\",\"format\":\"date-time\"}",
                  Leaf::instant))
          .put(
              Period.class,
              text(
                  "an ISO-8601 period such as P6M",
                  "{\"type\":\"string\",\"pattern\":\"^-?P\"}",
                  Period::parse))
          .put(
              ZoneId.class,
              text("a time-zone id such as Europe/Berlin", "{\"type\":\"string\"}", ZoneId::of))
          .put(
              Currency.class,
              text(
                  "an ISO 4217 currency code such as EUR",
                  "{\"type\":\"string\",\"pattern\":\"^[A-Z]{3}$\"}",
                  Currency::getInstance))
          .put(
              RaciCell.class,
              text(
                  "RACI letters such as A/R",
                  "{\"type\":\"string\",\"pattern\":\"[A-Za-z]\"}",
                  Leaf::raciCell))
          .put(BigDecimal.class, new DecimalLeaf())
          .put(Double.class, new DoubleLeaf())
          .put(double.class, new DoubleLeaf())
          .put(Integer.class, new IntegerLeaf(false))
          .put(int.class, new IntegerLeaf(false))
          .put(Long.class, new IntegerLeaf(true))
          .put(long.class, new IntegerLeaf(true))
          .put(Boolean.class, new BooleanLeaf())
          .put(boolean.class, new BooleanLeaf())
          .buildOrThrow();

  /** Returns the leaf for {@code type}, or null if its values are JSON objects. */
  public static @Nullable Leaf of(Class<?> type) {
    Leaf leaf = LEAVES.get(type);
    if (leaf == null && type.isEnum()) {
      return new EnumLeaf(type);
    }
    return leaf;
  }

  /** Returns what a value must be, for error messages: {@code "a string"}. */
  public abstract String expected();

  /** Returns this leaf's JSON Schema. */
  abstract String schema();

  /**
   * Reads the current token.
   *
   * @return the value, or null if the token is not of this leaf (the caller reports it)
   */
  public abstract @Nullable Object read(JsonParser parser) throws IOException;

  /**
   * Writes {@code value}.
   *
   * @param generator where to write
   * @param value a value of this leaf's type
   * @throws IOException if writing fails
   */
  public abstract void write(JsonGenerator generator, Object value) throws IOException;

  /** Returns a map key of this type from its text, or null if the text is not one. */
  public @Nullable Object key(String text) {
    return null;
  }

  /** Parsed RACI cells by their text: a matrix repeats a handful of cells, parsed once each. */
  private static final Map<String, RaciCell> CELLS = new ConcurrentHashMap<>();

  private static final int MOST_CELLS = 4096;

  private static RaciCell raciCell(String text) {
    RaciCell cell = CELLS.get(text);
    if (cell == null) {
      cell = RaciCell.parse(text);
      if (CELLS.size() < MOST_CELLS) {
        CELLS.put(text, cell);
      }
    }
    return cell;
  }

  /**
   * Returns the date {@code text} names if its year is 1 to 9999, the four-digit years of RFC 3339
   * that JSON Schema's {@code date} format means: the engines add days, months and years to a
   * model's dates, and {@code +999999999-12-31} (which ISO-8601 allows) has none after it.
   */
  private static LocalDate date(String text) {
    LocalDate date = LocalDate.parse(text);
    return within(date.getYear(), date);
  }

  /** Returns the instant {@code text} names if its year in UTC is 1 to 9999, as {@link #date}. */
  private static Instant instant(String text) {
    Instant instant = Instant.parse(text);
    return within(instant.atOffset(ZoneOffset.UTC).getYear(), instant);
  }

  private static <T> T within(int year, T value) {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException(year + " is outside the years 1 to 9999");
    }
    return value;
  }

  private static Character character(String text) {
    if (text.length() != 1) {
      throw new IllegalArgumentException(text);
    }
    return text.charAt(0);
  }

  private static Leaf text(String expected, String schema, Function<String, Object> parse) {
    return new TextLeaf(expected, schema, parse);
  }

  /** Returns the JSON field name of {@code key}, a map key of this leaf's type. */
  String keyText(Object key) {
    return key.toString();
  }

  private static final class TextLeaf extends Leaf {
    private final String expected;
    private final String schema;
    private final Function<String, Object> parse;

    TextLeaf(String expected, String schema, Function<String, Object> parse) {
      this.expected = expected;
      this.schema = schema;
      this.parse = parse;
    }

    @Override
    public String expected() {
      return expected;
    }

    @Override
    String schema() {
      return schema;
    }

    @Override
    public @Nullable Object read(JsonParser parser) throws IOException {
      return parser.currentToken() == JsonToken.VALUE_STRING ? key(parser.getText()) : null;
    }

    @Override
    public @Nullable Object key(String text) {
      try {
        return parse.apply(text);
      } catch (DateTimeException | IllegalArgumentException e) {
        return null;
      }
    }

    @Override
    public void write(JsonGenerator generator, Object value) throws IOException {
      generator.writeString(value.toString());
    }
  }

  /**
   * An enum constant as text: its Java name, or, for an enum whose constants have a stable {@code
   * String code()} (the rule codes, such as {@code RACI-002}), that code, which is the public
   * contract that outputs already use.
   */
  private static final class EnumLeaf extends Leaf {
    private final ImmutableBiMap<String, Object> constants;

    EnumLeaf(Class<?> type) {
      Method code = codeOf(type);
      ImmutableBiMap.Builder<String, Object> constants = ImmutableBiMap.builder();
      for (Object constant : type.getEnumConstants()) {
        constants.put(code == null ? ((Enum<?>) constant).name() : code(code, constant), constant);
      }
      this.constants = constants.buildOrThrow();
    }

    private static @Nullable Method codeOf(Class<?> type) {
      try {
        Method code = type.getMethod("code");
        return code.getReturnType() == String.class ? code : null;
      } catch (NoSuchMethodException e) {
        return null;
      }
    }

    private static String code(Method code, Object constant) {
      try {
        return (String) code.invoke(constant);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(code + " cannot be called", e);
      }
    }

    @Override
    public String expected() {
      return "one of " + String.join(", ", constants.keySet());
    }

    @Override
    String schema() {
      return "{\"enum\":[\"" + String.join("\",\"", constants.keySet()) + "\"]}";
    }

    @Override
    public @Nullable Object read(JsonParser parser) throws IOException {
      return parser.currentToken() == JsonToken.VALUE_STRING ? key(parser.getText()) : null;
    }

    @Override
    public @Nullable Object key(String text) {
      return constants.get(text);
    }

    @Override
    String keyText(Object key) {
      return Objects.requireNonNull(constants.inverse().get(key), "a constant of the enum");
    }

    @Override
    public void write(JsonGenerator generator, Object value) throws IOException {
      generator.writeString(keyText(value));
    }
  }

  private static final class DecimalLeaf extends Leaf {
    @Override
    public String expected() {
      return "a decimal number";
    }

    @Override
    String schema() {
      return "{\"type\":\"number\"}";
    }

    @Override
    public @Nullable Object read(JsonParser parser) throws IOException {
      return parser.currentToken().isNumeric() ? parser.getDecimalValue() : null;
    }

    @Override
    public void write(JsonGenerator generator, Object value) throws IOException {
      generator.writeNumber((BigDecimal) value);
    }
  }

  private static final class DoubleLeaf extends Leaf {
    @Override
    public String expected() {
      return "a number";
    }

    @Override
    String schema() {
      return "{\"type\":\"number\"}";
    }

    @Override
    public @Nullable Object read(JsonParser parser) throws IOException {
      return parser.currentToken().isNumeric() ? parser.getDoubleValue() : null;
    }

    @Override
    public void write(JsonGenerator generator, Object value) throws IOException {
      generator.writeNumber((double) value);
    }
  }

  /** A whole number that fits an {@code int}, or for a {@code long} attribute a {@code long}. */
  private static final class IntegerLeaf extends Leaf {
    private final boolean wide;

    IntegerLeaf(boolean wide) {
      this.wide = wide;
    }

    @Override
    public String expected() {
      return wide ? "an integer from -2^63 to 2^63 - 1" : "an integer";
    }

    @Override
    String schema() {
      return "{\"type\":\"integer\"}";
    }

    @Override
    public @Nullable Object read(JsonParser parser) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        return null;
      }
      JsonParser.NumberType type = parser.getNumberType();
      if (type == JsonParser.NumberType.INT) {
        return wide ? (Object) parser.getLongValue() : (Object) parser.getIntValue();
      }
      return wide && type == JsonParser.NumberType.LONG ? parser.getLongValue() : null;
    }

    @Override
    public void write(JsonGenerator generator, Object value) throws IOException {
      if (wide) {
        generator.writeNumber((long) value);
      } else {
        generator.writeNumber((int) value);
      }
    }
  }

  private static final class BooleanLeaf extends Leaf {
    @Override
    public String expected() {
      return "true or false";
    }

    @Override
    String schema() {
      return "{\"type\":\"boolean\"}";
    }

    @Override
    public @Nullable Object read(JsonParser parser) throws IOException {
      return parser.currentToken().isBoolean() ? parser.getBooleanValue() : null;
    }

    @Override
    public void write(JsonGenerator generator, Object value) throws IOException {
      generator.writeBoolean((boolean) value);
    }
  }
}
