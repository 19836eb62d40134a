package dev.governance.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.governance.json.ModelWriter;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Writes one type by a writer of the library ({@code ModelWriter}, {@code JsonRenderer}, {@code
 * FindingsJson}); a document's type written as the whole document is formatted as its file.
 */
final class JsonFormSerializer extends StdSerializer<Object> {

  private static final long serialVersionUID = 1L;

  /** How the library writes a value through a generator. */
  @FunctionalInterface
  interface Form {
    void write(Object value, JsonGenerator generator) throws IOException;
  }

  private final boolean document;
  private final transient Form form;

  /**
   * Creates the serializer.
   *
   * @param type the type written
   * @param document whether a value written as the whole document is formatted as its file
   * @param form how the library writes it
   */
  JsonFormSerializer(Class<?> type, boolean document, Form form) {
    super(type, false);
    this.document = document;
    this.form = form;
  }

  @Override
  public void serialize(Object value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    if (!document || !generator.getOutputContext().inRoot()) {
      form.write(value, generator);
      return;
    }
    @Nullable PrettyPrinter own = generator.getPrettyPrinter();
    generator.setPrettyPrinter(ModelWriter.documentPrinter());
    try {
      form.write(value, generator);
    } finally {
      generator.setPrettyPrinter(own);
    }
    generator.writeRaw('\n');
  }
}
