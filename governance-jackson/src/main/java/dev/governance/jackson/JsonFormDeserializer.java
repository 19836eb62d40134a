package dev.governance.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.governance.io.GovernanceJson;
import dev.governance.io.LoadException;
import java.io.IOException;

/**
 * Reads one type of the model's JSON form by {@link GovernanceJson#read}; its {@link LoadException}
 * becomes a {@link MismatchedInputException} with the same message and the {@code LoadException} as
 * cause.
 */
final class JsonFormDeserializer extends StdDeserializer<Object> {

  private static final long serialVersionUID = 1L;

  private final String source;

  JsonFormDeserializer(Class<?> type, String source) {
    super(type);
    this.source = source;
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    try {
      return GovernanceJson.read(source, parser, handledType());
    } catch (LoadException e) {
      MismatchedInputException mismatch =
          MismatchedInputException.from(parser, handledType(), String.valueOf(e.getMessage()));
      mismatch.initCause(e);
      throw mismatch;
    }
  }
}
