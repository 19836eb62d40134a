package dev.governance.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.Violation;
import dev.governance.json.Attribute;
import dev.governance.json.Leaf;
import dev.governance.json.ModelWriter;
import dev.governance.json.ValueShape;
import java.io.CharConversionException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON document into a domain value by its {@link ValueShape}s, on Jackson's streaming
 * parser: no intermediate tree, so a document is read at the parser's speed.
 *
 * <p>Strict: unknown fields, duplicate fields (found by the reader, not the parser, which is
 * cheaper), {@code null}s, values of the wrong type and trailing content are errors; a domain value
 * that its builder rejects is an error at its path. Every error is a {@link LoadException} with the
 * source, line, column and JSON path.
 */
final class ModelReader {

  static final JsonFactory FACTORY = new JsonFactory();

  private final String source;

  /** The whole document, to place values rejected after reading; null when reading a parser's. */
  private final byte @Nullable [] document;

  private final JsonPath path = new JsonPath();
  private final JsonParser parser;

  private ModelReader(String source, byte @Nullable [] document, JsonParser parser) {
    this.source = source;
    this.document = document;
    this.parser = parser;
  }

  /**
   * Reads {@code document} as one {@code type} value.
   *
   * @param source the document's name for errors, such as its file name
   * @param document UTF-8 JSON
   * @param type an Immutables domain value type
   * @return the value
   * @throws LoadException if the document is not a valid {@code type}, or has more than {@link
   *     GovernanceJson#MAX_DOCUMENT_BYTES} bytes
   */
  static <T> T read(String source, byte[] document, Class<T> type) {
    JsonDocument.checkLength(source, document);
    // RFC 8259 section 8.1: the parser would read an overlong form such as C0 AF as a character,
    // and guess UTF-16 or UTF-32 from the first bytes
    Utf8Text.check(
        source,
        document,
        "$",
        (value, offset) ->
            String.format(
                Locale.ROOT,
                "expected JSON text in UTF-8, but found the byte 0x%02X at byte %d, which is not"
                    + " UTF-8 there",
                value,
                offset));
    try (JsonParser p = FACTORY.createParser(document)) {
      return type.cast(new ModelReader(source, document, p).readDocument(ValueShape.of(type)));
    } catch (CharConversionException e) {
      // the parser took the first bytes for UTF-32 of an order it cannot read, before any token
      throw new LoadException(
          List.of(
              LoadProblem.builder()
                  .source(source)
                  .line(1)
                  .column(1)
                  .path("$")
                  .message(notUtf8(e))
                  .build()));
    } catch (IOException e) {
      throw new IllegalStateException("reading from memory does not fail", e);
    }
  }

  /**
   * Reads the value at {@code parser}'s current token (its next one, if it has none yet) as one
   * {@code type} value, leaving the parser at the value's last token.
   *
   * @param source the document's name for errors
   * @param parser a parser of any source, configured by its owner
   * @param type an Immutables domain value type, or a leaf type ({@link Leaf#of})
   * @return the value
   * @throws LoadException if the value is not a valid {@code type}; a value the domain model
   *     rejects is placed at the start of the object it was built from, since the document is not
   *     at hand to read again
   * @throws IOException if the parser fails, such as on malformed JSON: its own exception
   */
  static <T> T read(String source, JsonParser parser, Class<T> type) throws IOException {
    ModelReader reader = new ModelReader(source, null, parser);
    if (parser.currentToken() == null && parser.nextToken() == null) {
      throw reader.problem("a JSON value");
    }
    Leaf leaf = Leaf.of(type);
    return type.cast(
        leaf != null ? reader.readLeaf(leaf) : reader.readObject(ValueShape.of(type), true));
  }

  private static String notUtf8(CharConversionException e) {
    return "expected JSON text in UTF-8, but " + e.getMessage();
  }

  private Object readDocument(ValueShape root) throws IOException {
    try {
      if (parser.nextToken() == null) {
        throw problem("a JSON object");
      }
      Object value = readObject(root, true);
      if (parser.nextToken() != null) {
        throw problem("the end of the document after the root object");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw LoadException.malformedJson(source, path.toString(), e);
    } catch (CharConversionException e) {
      // the parser guessed UTF-16 or UTF-32 from the first bytes and met a character it cannot be
      throw new LoadException(
          List.of(problem(parser.currentLocation(), path.toString(), notUtf8(e))));
    }
  }

  private Object readValue(Type type, @Nullable Leaf leaf) throws IOException {
    if (leaf != null) {
      return readLeaf(leaf);
    }
    Class<?> raw = ValueShape.raw(type);
    if (List.class.isAssignableFrom(raw)) {
      Type element = ValueShape.elementType(type);
      return readList(element, Leaf.of(ValueShape.raw(element)));
    }
    return readObject(ValueShape.of(raw), false);
  }

  private Object readLeaf(Leaf leaf) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      plain(parser.getText());
    }
    Object value = leaf.read(parser);
    if (value == null) {
      throw problem(leaf.expected());
    }
    return value;
  }

  private Object readObject(ValueShape shape, boolean root) throws IOException {
    if (shape.readsText() && parser.currentToken() == JsonToken.VALUE_STRING) {
      String text = parser.getText();
      try {
        return shape.parse(text);
      } catch (GovernanceValidationException e) {
        throw located("found '" + text + "', expected " + e.violations().get(0).expected());
      }
    }
    expect(
        JsonToken.START_OBJECT,
        (shape.readsText() ? "text or a JSON object (" : "a JSON object (")
            + shape.type().getSimpleName()
            + ")");
    JsonLocation start = document == null ? parser.currentTokenLocation() : null;
    Object builder = shape.newBuilder();
    long seen = 0;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      Attribute attribute = shape.attribute(name);
      path.push(name);
      boolean schema = attribute == null && root && name.equals(ModelWriter.SCHEMA_FIELD);
      if (attribute == null && !schema) {
        throw located(
            "unknown field; expected one of the fields of "
                + shape.type().getSimpleName()
                + ": "
                + shape.attributes().stream()
                    .map(Attribute::name)
                    .collect(Collectors.joining(", ")));
      }
      long bit = 1L << (attribute == null ? shape.attributes().size() : attribute.index());
      if ((seen & bit) != 0) {
        throw located("duplicate field; expected each field once in an object");
      }
      seen |= bit;
      parser.nextToken();
      if (attribute != null) {
        attribute.set(builder, readAttribute(attribute));
      } else {
        Object unused = readLeaf(Objects.requireNonNull(Leaf.of(String.class)));
      }
      path.pop();
    }
    try {
      return shape.build(builder);
    } catch (GovernanceValidationException e) {
      throw rejected(e, start);
    }
  }

  private Object readAttribute(Attribute attribute) throws IOException {
    switch (attribute.kind()) {
      case LIST:
        return readList(attribute.valueType(), attribute.leaf());
      case MAP:
        expect(JsonToken.START_OBJECT, "a JSON object");
        Leaf keys = Leaf.of(attribute.keyType());
        Map<Object, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          path.push(name);
          plain(name);
          Object key = keys == null ? null : keys.key(name);
          if (key == null) {
            throw problem("a key that is " + (keys == null ? "text" : keys.expected()));
          }
          parser.nextToken();
          map.put(key, readValue(attribute.valueType(), attribute.leaf()));
          path.pop();
        }
        return map;
      case OPTIONAL:
        return Optional.of(readValue(attribute.valueType(), attribute.leaf()));
      default:
        return readValue(attribute.valueType(), attribute.leaf());
    }
  }

  private List<Object> readList(Type elementType, @Nullable Leaf leaf) throws IOException {
    expect(JsonToken.START_ARRAY, "a JSON array");
    List<Object> list = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      path.push(list.size());
      list.add(readValue(elementType, leaf));
      path.pop();
    }
    return list;
  }

  /**
   * Rejects text holding a NUL character or half of a surrogate pair (JSON's escapes can write
   * both, {@code \\u0000} and {@code \\ud800}): no renderer could write them out as the same text.
   */
  private void plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
              : !Character.isLowSurrogate(c)
                  || i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
      if (c == 0 || !paired) {
        throw located(
            String.format(
                Locale.ROOT,
                "expected text without NUL characters or unpaired surrogates, but found U+%04X at"
                    + " character %d",
                (int) c,
                i + 1));
      }
    }
  }

  private void expect(JsonToken token, String expected) {
    if (parser.currentToken() != token) {
      throw problem(expected);
    }
  }

  private LoadException located(String message) {
    return new LoadException(
        List.of(problem(parser.currentTokenLocation(), path.toString(), message)));
  }

  private LoadException problem(String expected) {
    String found = found();
    return new LoadException(
        List.of(
            problem(
                parser.currentTokenLocation(),
                path.toString(),
                "expected " + expected + ", but found " + found)));
  }

  private String found() {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "nothing";
    }
    try {
      switch (token) {
        case START_OBJECT:
          return "an object";
        case START_ARRAY:
          return "an array";
        case VALUE_STRING:
          return "'" + parser.getText() + "'";
        case VALUE_NULL:
          return "null (leave the field out instead)";
        default:
          return parser.getText();
      }
    } catch (IOException e) {
      return token.asString();
    }
  }

  /**
   * Returns the error of a value its builder rejected, each violation at its place in the document,
   * or at {@code start}, the object's, when the document is not at hand.
   */
  private LoadException rejected(GovernanceValidationException e, @Nullable JsonLocation start) {
    List<LoadProblem> problems = new ArrayList<>();
    for (Violation violation : e.violations()) {
      List<Object> at = path.resolve(violation.path());
      problems.add(
          problem(
              document == null ? start : JsonLocator.locate(FACTORY, document, at),
              JsonPath.render(at),
              "found " + violation.value() + ", expected " + violation.expected()));
    }
    return new LoadException(problems);
  }

  private LoadProblem problem(@Nullable JsonLocation at, String where, String message) {
    return LoadProblem.at(source, at, where, message);
  }
}
