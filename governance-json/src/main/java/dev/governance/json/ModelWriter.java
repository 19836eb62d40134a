package dev.governance.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Writes a domain value as JSON by its {@link ValueShape}s: every attribute that has a value
 * (defaults included, absent optionals left out), in the shape's stable order, indented by two
 * spaces with {@code \n} line ends, so that the same value always gives the same bytes. A value
 * whose declared type is a sealed interface (a report's blocks) starts with {@code "type"}, its
 * type's simple name.
 */
public final class ModelWriter {

  /** The field that names the type of a value whose declared type is a sealed interface. */
  public static final String VARIANT_FIELD = "type";

  /** The root object's field that names its JSON Schema. */
  public static final String SCHEMA_FIELD = "$schema";

  /**
   * The {@code $schema} of a governance model file: governance-io's {@code GovernanceJson} writes
   * and publishes it, and the testkit writes a model counterexample with it.
   */
  public static final String MODEL_SCHEMA_ID =
      "https://governance.dev/schema/governance-model-0.1.json";

  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator generator;

  private ModelWriter(JsonGenerator generator) {
    this.generator = generator;
  }

  /**
   * Writes {@code value} to {@code out} as UTF-8 JSON, leaving {@code out} open.
   *
   * @param value an Immutables domain value
   * @param schema the root object's {@code $schema}, or null for none
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(Object value, @Nullable String schema, OutputStream out)
      throws IOException {
    write(value, schema, out, UnaryOperator.identity());
  }

  /**
   * Writes {@code value} to {@code out} as UTF-8 JSON, leaving {@code out} open, every string and
   * field name passed through {@code text} first.
   *
   * @param value an Immutables domain value
   * @param schema the root object's {@code $schema}, or null for none
   * @param out where to write
   * @param text what to write of each string, such as a report's well-formed user text
   * @throws IOException if writing fails
   */
  public static void write(
      Object value, @Nullable String schema, OutputStream out, UnaryOperator<String> text)
      throws IOException {
    try (JsonGenerator generator =
        mapping(FACTORY.createGenerator(out).setPrettyPrinter(documentPrinter()), text)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      writeValue(value, schema, generator);
      generator.writeRaw('\n');
    }
  }

  /**
   * Writes {@code value} through {@code generator} as the JSON value that {@link #write(Object,
   * String, OutputStream)} writes for it, for a framework that holds the generator (a Jackson
   * databind serializer): a domain value as an object that starts with {@code "$schema"} when
   * {@code schema} is given, a leaf (a {@link dev.governance.core.raci.RaciCell RaciCell}, an enum)
   * as its scalar. The generator's pretty printer, features and target are its own: with {@link
   * #documentPrinter()} set, the bytes are those of {@code write} but for its final line end.
   *
   * @param value an Immutables domain value, or a value of a {@link Leaf} type
   * @param schema the object's {@code $schema}, or null for none
   * @param generator where to write
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if {@code value} is neither a domain value nor a leaf
   */
  public static void writeValue(Object value, @Nullable String schema, JsonGenerator generator)
      throws IOException {
    Leaf leaf = Leaf.of(value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass());
    if (leaf != null) {
      leaf.write(generator, value);
      return;
    }
    ValueShape.of(value.getClass()); // a value without a JSON form fails before writing a token
    ModelWriter writer = new ModelWriter(generator);
    generator.writeStartObject();
    if (schema != null) {
      generator.writeStringField(SCHEMA_FIELD, schema);
    }
    writer.writeFields(value);
    generator.writeEndObject();
  }

  /**
   * Returns a new pretty printer of the documents this writer writes: two spaces a level, {@code
   * \n} line ends, {@code " : "} between a field's name and value.
   */
  public static PrettyPrinter documentPrinter() {
    return new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  }

  /**
   * Returns a generator that writes through {@code generator}, every string and field name written
   * with {@link JsonGenerator#writeString(String)}, {@link JsonGenerator#writeFieldName(String)} or
   * the methods built on them ({@code writeStringField}, ...) mapped by {@code text} first.
   *
   * @param generator where to write
   * @param text what to write of each string
   * @return the mapping generator; closing it closes {@code generator}
   */
  public static JsonGenerator mapping(JsonGenerator generator, UnaryOperator<String> text) {
    return new JsonGeneratorDelegate(generator, true) {
      @Override
      public void writeString(@Nullable String value) throws IOException {
        super.writeString(value == null ? null : text.apply(value));
      }

      @Override
      public void writeFieldName(String name) throws IOException {
        super.writeFieldName(text.apply(name));
      }
    };
  }

  private void writeValue(Type type, @Nullable Leaf leaf, Object value) throws IOException {
    Class<?> raw = ValueShape.raw(type);
    if (leaf != null) {
      leaf.write(generator, value);
    } else if (List.class.isAssignableFrom(raw)) {
      Type element = ValueShape.elementType(type);
      writeList(element, Leaf.of(ValueShape.raw(element)), (List<?>) value);
    } else {
      generator.writeStartObject();
      if (raw.isInterface()) {
        generator.writeStringField(VARIANT_FIELD, value.getClass().getSimpleName());
      }
      writeFields(value);
      generator.writeEndObject();
    }
  }

  private void writeList(Type elementType, @Nullable Leaf leaf, Iterable<?> list)
      throws IOException {
    generator.writeStartArray();
    for (Object element : list) {
      writeValue(elementType, leaf, element);
    }
    generator.writeEndArray();
  }

  private void writeFields(Object value) throws IOException {
    for (Attribute attribute : ValueShape.of(value.getClass()).attributes()) {
      Object content = attribute.get(value);
      switch (attribute.kind()) {
        case LIST:
          generator.writeFieldName(attribute.name());
          writeList(attribute.valueType(), attribute.leaf(), (Iterable<?>) content);
          break;
        case MAP:
          generator.writeObjectFieldStart(attribute.name());
          Leaf keys = Leaf.of(attribute.keyType());
          for (Map.Entry<?, ?> entry : ((Map<?, ?>) content).entrySet()) {
            generator.writeFieldName(
                keys == null ? entry.getKey().toString() : keys.keyText(entry.getKey()));
            writeValue(attribute.valueType(), attribute.leaf(), entry.getValue());
          }
          generator.writeEndObject();
          break;
        case OPTIONAL:
          Optional<?> optional = (Optional<?>) content;
          if (optional.isPresent()) {
            generator.writeFieldName(attribute.name());
            writeValue(attribute.valueType(), attribute.leaf(), optional.get());
          }
          break;
        default:
          if (content != null) {
            generator.writeFieldName(attribute.name());
            writeValue(attribute.valueType(), attribute.leaf(), content);
          }
      }
    }
  }
}
