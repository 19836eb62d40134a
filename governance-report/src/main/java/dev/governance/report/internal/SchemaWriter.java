package dev.governance.report.internal;

import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes the JSON Schema (draft 2020-12) of a domain value type from its {@link ValueShape}s: one
 * definition per value type, no additional properties, the required attributes listed. The
 * loader and the schema come from the same shapes, so they cannot disagree.
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
    pending.add(root);
    while (!pending.isEmpty()) {
      Class<?> type = pending.pop();
      if (!seen.add(type)) {
        continue;
      }
      ValueShape shape = ValueShape.of(type);
      StringBuilder properties = new StringBuilder();
      if (type == root) {
        properties.append("\n        \"").append(ModelReader.SCHEMA_FIELD).append("\": {\"type\": \"string\"},");
      }
      for (Attribute attribute : shape.attributes()) {
        properties.append("\n        \"").append(attribute.name()).append("\": ")
            .append(attributeSchema(attribute, pending)).append(',');
      }
      properties.setLength(properties.length() - 1);
      String required = shape.attributes().stream().filter(Attribute::required)
          .map(a -> "\"" + a.name() + "\"").collect(Collectors.joining(", "));
      definitions.put(type.getSimpleName(), "{\n      \"type\": \"object\",\n"
          + "      \"additionalProperties\": false,\n"
          + "      \"required\": [" + required + "],\n"
          + "      \"properties\": {" + properties + "\n      }\n    }");
    }
    return "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"
        + "  \"$id\": \"" + id + "\",\n"
        + "  \"title\": \"" + title + "\",\n"
        + "  \"$ref\": \"#/$defs/" + root.getSimpleName() + "\",\n"
        + "  \"$defs\": {\n"
        + definitions.entrySet().stream().map(e -> "    \"" + e.getKey() + "\": " + e.getValue())
            .collect(Collectors.joining(",\n"))
        + "\n  }\n}\n";
  }

  private static String attributeSchema(Attribute attribute, Deque<Class<?>> pending) {
    String value = valueSchema(attribute.valueType(), pending);
    switch (attribute.kind()) {
      case LIST:
        return "{\"type\": \"array\", \"items\": " + value + "}";
      case MAP:
        Leaf key = Leaf.of(attribute.keyType());
        return "{\"type\": \"object\", \"propertyNames\": " + (key == null ? "{}" : key.schema())
            + ", \"additionalProperties\": " + value + "}";
      default:
        return value;
    }
  }

  private static String valueSchema(Type type, Deque<Class<?>> pending) {
    Class<?> raw = ValueShape.raw(type);
    Leaf leaf = Leaf.of(raw);
    if (leaf != null) {
      return leaf.schema();
    }
    pending.add(raw);
    return "{\"$ref\": \"#/$defs/" + raw.getSimpleName() + "\"}";
  }
}
