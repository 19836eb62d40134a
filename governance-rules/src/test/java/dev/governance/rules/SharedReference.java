package dev.governance.rules;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The published reference data of {@code ../shared/reference/}, read in place, never copied. A
 * user's clone has no {@code ../shared}: tests that need a file are then skipped, saying which.
 */
public final class SharedReference {

  private SharedReference() {}

  /**
   * Returns a file of {@code ../shared/reference/}, or skips the calling test when it is absent.
   *
   * @param relative the path under {@code shared/reference}, such as {@code
   *     recurrence/rfc5545-examples.tsv}
   * @return the file
   */
  public static Path file(String relative) {
    Path found = null;
    for (Path dir = Path.of("").toAbsolutePath();
        dir != null && found == null;
        dir = dir.getParent()) {
      if (Files.exists(dir.resolve("mvnw"))) {
        Path candidate = dir.resolveSibling("shared").resolve("reference").resolve(relative);
        found = Files.isRegularFile(candidate) ? candidate : null;
        break;
      }
    }
    assumeTrue(
        found != null,
        "../shared/reference/"
            + relative
            + " is absent (a user's clone has no ../shared): skipped");
    return found;
  }
}
