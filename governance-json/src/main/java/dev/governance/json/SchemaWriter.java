package dev.governance.json;

import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the JSON Schema (draft 2020-12) of a domain value type from its {@link ValueShape}s: one
 * definition per value type, no additional properties, the required attributes listed; a sealed
 * interface is {@code oneOf} its value types, each told apart by its {@code "type"}. The loader and
 * the schema come from the same shapes, so they cannot disagree.
 */
public final class SchemaWriter {

  private SchemaWriter() {}

  /**
   * Returns the schema of {@code root}, pretty-printed with {@code \n} line ends.
   *
   * @param root an Immutables domain value type
   * @param id the schema's {@code $id}
   * @param title the schema's title
   * @return the schema as JSON text
   */
  public static String schema(Class<?> root, String id, String title) {
    TreeMap<String, String> definitions = new TreeMap<>();
    Deque<Class<?>> pending = new ArrayDeque<>();
    Set<Class<?>> seen = new LinkedHashSet<>();
    Set<Class<?>> variants = new LinkedHashSet<>();
    pending.add(root);
    while (!pending.isEmpty()) {
      Class<?> type = pending.pop();
      if (!seen.add(type)) {
        continue;
      }
      ValueShape shape = ValueShape.of(type);
      StringBuilder properties = new StringBuilder();
      if (type == root) {
        properties
            .append("\n        \"")
            .append(ModelWriter.SCHEMA_FIELD)
            .append("\": {\"type\": \"string\"},");
      }
      boolean variant = variants.contains(type);
      if (variant) {
        properties
            .append("\n        \"")
            .append(ModelWriter.VARIANT_FIELD)
            .append("\": {\"const\": \"")
            .append(type.getSimpleName())
            .append("\"},");
      }
      for (Attribute attribute : shape.attributes()) {
        properties
            .append("\n        \"")
            .append(attribute.name())
            .append("\": ")
            .append(attributeSchema(attribute, pending, variants))
            .append(',');
      }
      properties.setLength(properties.length() - 1);
      String required =
          Stream.concat(
                  variant ? Stream.of(ModelWriter.VARIANT_FIELD) : Stream.empty(),
                  shape.attributes().stream().filter(Attribute::required).map(Attribute::name))
              .map(name -> "\"" + name + "\"")
              .collect(Collectors.joining(", "));
      String object =
          "{\n      \"type\": \"object\",\n"
              + "      \"additionalProperties\": false,\n"
              + "      \"required\": ["
              + required
              + "],\n"
              + "      \"properties\": {"
              + properties
              + "\n      }\n    }";
      definitions.put(
          type.getSimpleName(),
          shape.readsText() ? "{\"anyOf\": [{\"type\": \"string\"}, " + object + "]}" : object);
    }
    return "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"
        + "  \"$id\": \""
        + id
        + "\",\n"
        + "  \"title\": \""
        + title
        + "\",\n"
        + "  \"$ref\": \"#/$defs/"
        + root.getSimpleName()
        + "\",\n"
        + "  \"$defs\": {\n"
        + definitions.entrySet().stream()
            .map(e -> "    \"" + e.getKey() + "\": " + e.getValue())
            .collect(Collectors.joining(",\n"))
        + "\n  }\n}\n";
  }

  private static String attributeSchema(
      Attribute attribute, Deque<Class<?>> pending, Set<Class<?>> variants) {
    String value = valueSchema(attribute.valueType(), pending, variants);
    switch (attribute.kind()) {
      case LIST:
        return array(value);
      case MAP:
        Leaf key = Leaf.of(attribute.keyType());
        return "{\"type\": \"object\", \"propertyNames\": "
            + (key == null ? "{}" : key.schema())
            + ", \"additionalProperties\": "
            + value
            + "}";
      default:
        return value;
    }
  }

  private static String array(String items) {
    return "{\"type\": \"array\", \"items\": " + items + "}";
  }

  private static String valueSchema(Type type, Deque<Class<?>> pending, Set<Class<?>> variants) {
    Class<?> raw = ValueShape.raw(type);
    Leaf leaf = Leaf.of(raw);
    if (leaf != null) {
      return leaf.schema();
    }
    if (List.class.isAssignableFrom(raw)) {
      return array(valueSchema(ValueShape.elementType(type), pending, variants));
    }
    if (raw.isInterface()) {
      List<Class<?>> types = ValueShape.variants(raw);
      variants.addAll(types);
      pending.addAll(types);
      return types.stream()
          .map(t -> "{\"$ref\": \"#/$defs/" + t.getSimpleName() + "\"}")
          .collect(Collectors.joining(", ", "{\"oneOf\": [", "]}"));
    }
    pending.add(raw);
    return "{\"$ref\": \"#/$defs/" + raw.getSimpleName() + "\"}";
  }
}
