package dev.governance.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.rules.SharedReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 1 of the calendar issue: every example of RFC 5545 section 3.8.5.3 in {@code
 * ../shared/reference/recurrence/rfc5545-examples.tsv} (read in place) expands to exactly its
 * published instances; 0 mismatches. The file lists at most the first 20 instances of a rule: with
 * fewer, the rule must produce exactly those and no more.
 */
class Rfc5545ConformanceTest {

  private static final int LISTED = 20;
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final DateTimeFormatter DTSTART = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter INSTANCE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @Test
  void everyExampleExpandsToItsPublishedInstances() throws IOException {
    Path file = SharedReference.file("recurrence/rfc5545-examples.tsv");
    List<String> mismatches = new ArrayList<>();
    int rules = 0;
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      rules++;
      Recurrence recurrence = Recurrence.parse(columns[2]);
      List<String> expected = Arrays.asList(columns[3].split(","));
      int limit = expected.size() >= LISTED ? LISTED : expected.size() + 1;
      List<String> actual =
          recurrence
              .instances(LocalDateTime.parse(columns[1], DTSTART), NEW_YORK)
              .limit(limit)
              .map(t -> t.toLocalDateTime().format(INSTANCE))
              .collect(Collectors.toList());
      if (!actual.equals(expected)) {
        mismatches.add(
            columns[0] + " (" + columns[2] + "): expected " + expected + " but was " + actual);
      }
    }
    assertThat(rules).as("rules read from %s", file).isEqualTo(42);
    assertThat(mismatches).as("mismatches").isEmpty();
  }
}
