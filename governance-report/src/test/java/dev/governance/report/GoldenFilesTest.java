package dev.governance.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.report.calendar.ICalendar;
import dev.governance.report.dashboard.Dashboard;
import dev.governance.report.html.HtmlRenderer;
import dev.governance.report.text.CsvRenderer;
import dev.governance.report.text.JsonRenderer;
import dev.governance.report.text.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each renderer's output of the sample dashboard, byte for byte, against the files in {@code
 * src/test/resources/golden}. After an intended change, run with {@code -Dgolden.update=true} to
 * rewrite them, and review the difference.
 */
class GoldenFilesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  private static Dashboard dashboard;
  private static Report report;

  @BeforeAll
  static void render() {
    dashboard = ReportFixtures.dashboard();
    report = dashboard.report();
  }

  @Test
  void markdown() throws IOException {
    assertGolden("dashboard.md", MarkdownRenderer.render(report));
  }

  @Test
  void html() throws IOException {
    assertGolden("dashboard.html", HtmlRenderer.render(report));
  }

  @Test
  void json() throws IOException {
    assertGolden("dashboard.json", new String(JsonRenderer.render(report), UTF_8));
  }

  @Test
  void csv() throws IOException {
    StringBuilder all = new StringBuilder();
    for (Map.Entry<String, String> file : CsvRenderer.render(report).entrySet()) {
      all.append("==> ").append(file.getKey()).append(" <==\r\n").append(file.getValue());
    }
    assertGolden("dashboard.csv.txt", all.toString());
  }

  @Test
  void iCalendar() throws IOException {
    assertGolden(
        "deadlines.ics",
        ICalendar.write(
            "Deadlines",
            dashboard.health().occurrences(),
            dashboard.health().openActions(),
            ReportFixtures.STAMP));
  }

  @Test
  void renderingTwiceGivesTheSameBytes() {
    Report again = ReportFixtures.dashboard().report();
    assertThat(again).isEqualTo(report);
    assertThat(HtmlRenderer.render(again)).isEqualTo(HtmlRenderer.render(report));
    assertThat(JsonRenderer.render(again)).isEqualTo(JsonRenderer.render(report));
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, UTF_8);
    }
    assertThat(file)
        .as("golden file %s (run with -Dgolden.update=true to create it)", file)
        .exists();
    assertThat(actual).as("output against %s", file).isEqualTo(Files.readString(file, UTF_8));
  }
}
