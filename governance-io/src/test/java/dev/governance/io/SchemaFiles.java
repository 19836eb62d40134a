package dev.governance.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks that a published schema file is the one its loader writes. Run the io tests with {@code
 * -Dgovernance.schema.update=true} to rewrite the files instead of comparing.
 */
final class SchemaFiles {

  private static final String UPDATE = "governance.schema.update";

  private SchemaFiles() {}

  static void assertPublished(String resource, String schema) throws IOException {
    Path published =
        Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "src", "main")
            .resolve("resources")
            .resolve(resource.substring(1));
    byte[] expected = schema.getBytes(UTF_8);
    if (Boolean.getBoolean(UPDATE)) {
      Files.write(published, expected);
    }
    assertThat(Files.readAllBytes(published))
        .as(
            published
                + " is stale; regenerate it with: ./mvnw -pl governance-io test -D"
                + UPDATE
                + "=true")
        .isEqualTo(expected);
    assertThat(SchemaFiles.class.getResource(resource))
        .as("schema resource in the jar")
        .isNotNull();
  }
}
