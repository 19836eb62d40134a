package dev.governance.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;

/**
 * Finds where a path's value starts in a JSON document, for the errors that are found after reading
 * (a value the domain model rejects, a reference that does not resolve).
 *
 * <p>Reading again on error, rather than remembering every value's location while loading, keeps
 * the loader fast on valid input, which is nearly all input. The location is that of the deepest
 * part of the path the document has: a missing field is reported at the object that lacks it.
 */
final class JsonLocator {

  private JsonLocator() {}

  static JsonLocation locate(JsonFactory factory, byte[] document, List<Object> path) {
    try (JsonParser parser = factory.createParser(document)) {
      parser.nextToken();
      JsonLocation found = parser.currentTokenLocation();
      for (Object segment : path) {
        if (!descend(parser, segment)) {
          return found;
        }
        found = parser.currentTokenLocation();
      }
      return found;
    } catch (IOException e) {
      throw new IllegalStateException("a document read once reads again", e);
    }
  }

  /** Moves from the current container's start token to the start of its {@code segment}. */
  private static boolean descend(JsonParser parser, Object segment) throws IOException {
    JsonToken container = parser.currentToken();
    if (segment instanceof Integer && container == JsonToken.START_ARRAY) {
      int index = (Integer) segment;
      for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
        if (i == index) {
          return true;
        }
        parser.skipChildren();
      }
      return false;
    }
    if (segment instanceof String && container == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        boolean match = parser.currentName().equals(segment);
        parser.nextToken();
        if (match) {
          return true;
        }
        parser.skipChildren();
      }
    }
    return false;
  }
}
