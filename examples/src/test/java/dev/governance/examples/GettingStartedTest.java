package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.model.GovernanceModel;
import dev.governance.rules.Explanation;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.health.HealthReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/getting-started.md is {@link GettingStarted}: its Java blocks are the example's tagged
 * regions, its JSON is the file the example loads, its output is what the example prints, and the
 * example finds what the page says.
 */
class GettingStartedTest {

  private static final Path PAGE = Path.of("..", "docs", "getting-started.md");
  private static final Path SOURCE =
      Path.of("src", "main", "java", "dev", "governance", "examples", "GettingStarted.java");

  @Test
  void javaBlocksAreTheExamplesRegionsInOrder() throws IOException {
    Map<String, String> regions = TaggedCode.regions(Files.readString(SOURCE));
    List<String> blocks = TaggedCode.fencedBlocks(Files.readString(PAGE), "java");

    assertThat(regions).containsOnlyKeys("build", "load", "check", "findings", "render");
    assertThat(blocks).hasSameSizeAs(regions.values());
    int i = 0;
    for (Map.Entry<String, String> region : regions.entrySet()) {
      assertThat(blocks.get(i++))
          .as("Java block %d of %s, region '%s' of %s", i, PAGE, region.getKey(), SOURCE)
          .isEqualTo(region.getValue());
    }
  }

  @Test
  void jsonBlockIsTheFileTheExampleLoads() throws IOException {
    assertThat(TaggedCode.fencedBlocks(Files.readString(PAGE), "json"))
        .containsExactly(resource().stripTrailing());
  }

  @Test
  void textBlockIsWhatTheExamplePrints() throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      GettingStarted.print(GettingStarted.check(GettingStarted.build()), out);
    }

    assertThat(TaggedCode.fencedBlocks(Files.readString(PAGE), "text"))
        .containsExactly(
            printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n").strip());
  }

  @Test
  void loadedModelIsTheModelBuiltInCode(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("model.json");
    Files.writeString(file, resource(), StandardCharsets.UTF_8);

    GovernanceModel loaded = GettingStarted.load(file);

    assertThat(loaded).isEqualTo(GettingStarted.build());
    assertThat(loaded.raciMatrices().get(0).activities()).hasSize(2);
    assertThat(loaded.outages()).hasSize(1);
  }

  @Test
  void healthFindsTheTwoAccountablesTheMissingRunbookAndTheAvailabilityMiss() {
    HealthReport report = GettingStarted.check(GettingStarted.build());

    assertThat(report.findings().findings())
        .extracting(Finding::code, Finding::severity)
        .containsExactly(
            tuple("RACI-002", Severity.ERROR),
            tuple("GOV-006", Severity.WARNING),
            tuple("KPI-003", Severity.WARNING));
    Finding availability = report.findings().findings().get(2);
    Explanation why = availability.explanation().orElseThrow();
    // 120 minutes down in the 30 days of November: (1 - 120 / 43200) x 100
    assertThat(why.result()).isCloseTo(99.7222, offset(1e-4));
    assertThat(why.inputs())
        .containsEntry("down minutes", 120.0)
        .containsEntry("window minutes", 43_200.0);
    assertThat(availability.notifyRoles()).containsExactly("system-owner", "program-manager");
    assertThat(availability.notifyPeople()).containsExactly("cy");
    assertThat(report.findings().counts())
        .containsEntry(Severity.ERROR, 1)
        .containsEntry(Severity.WARNING, 2);
    assertThat(report.countsByRole()).containsEntry("system-owner", 2);
  }

  @Test
  void runWritesTheModelAndTheDashboard(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      GettingStarted.run(out, dir);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8))
        .startsWith("model.json holds the model built in code: true")
        .contains("ERROR RACI-002 [activity=migrate, matrix=go-live]")
        .contains("availability 99.72% against a target of 99.90%");
    assertThat(dir.resolve("model.json")).hasContent(resource());
    String html = Files.readString(dir.resolve("dashboard.html"));
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("Migrate the orders")
        .contains("RACI-002")
        .contains("KPI-003");
  }

  @Test
  void brokenReferenceGivesThePublishedMessage() throws IOException {
    GovernanceModel model = GettingStarted.build();

    assertThatThrownBy(
            () -> {
              var unused = model.withSystems(model.systems().get(0).withOwner("dan"));
            })
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("systems[0].owner = 'dan': expected the id of a defined person");
    assertThat(Files.readString(PAGE))
        .contains("`systems[0].owner = 'dan': expected the id of a defined person`");
  }

  private static String resource() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            GettingStarted.class.getResourceAsStream(GettingStarted.MODEL_RESOURCE))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
