package dev.governance.testkit.junit;

import dev.governance.core.model.GovernanceModel;
import dev.governance.json.ModelWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The text of a generated value in a failure's message: a {@link GovernanceModel} as the model JSON
 * that {@code governance validate} reads when governance-json is on the class path (an optional
 * dependency of the testkit), any other value, or a model without it, by {@code toString()}.
 */
final class ValueText {

  /** Whether governance-json is on the class path (or, on the module path, resolved). */
  private static final boolean JSON = present("dev.governance.json.ModelWriter");

  private ValueText() {}

  /** Returns whether {@link #of} writes {@code value} as model JSON. */
  static boolean isModelJson(Object value) {
    return JSON && value instanceof GovernanceModel;
  }

  /** Returns the text of {@code value}: model JSON (see {@link #isModelJson}) or toString. */
  static String of(Object value) {
    return isModelJson(value) ? Json.model((GovernanceModel) value) : String.valueOf(value);
  }

  private static boolean present(String className) {
    try {
      return Class.forName(className, false, ValueText.class.getClassLoader()) != null;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Calls governance-json; loaded only when it is present. */
  private static final class Json {

    private Json() {}

    /** Returns {@code model} as governance-io saves it, without the final line end. */
    static String model(GovernanceModel model) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        ModelWriter.write(model, ModelWriter.MODEL_SCHEMA_ID, out);
      } catch (IOException e) {
        throw new UncheckedIOException("writing to memory does not fail", e);
      }
      return out.toString(StandardCharsets.UTF_8).stripTrailing();
    }
  }
}
