package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorecardCommandTest {

  @TempDir Path dir;

  @Test
  void printsTheTreeAsTextOrJson() throws Exception {
    Path model = Files.write(dir.resolve("omni.json"), DemoCommand.embedded());
    Cli.Result text = Cli.run("scorecard", model.toString(), "--as-of", "2025-12-31");
    assertThat(text.code()).isZero();
    assertThat(text.out().lines().findFirst().orElseThrow())
        .matches("Omni-channel shared scorecard +0\\.961  GREEN improving");
    assertThat(text.out())
        .containsPattern("\n    Schedule variance +0\\.767  GREEN improving\n")
        .as("derived KPIs explain themselves down to the records")
        .contains(
            "availability % = 99.96001344086022 = (1 - down / window) x 100 = (1 - 17.85 min /"
                + " 44640 min) x 100 over 2025-12-01..2025-12-31, planned maintenance (120 min)"
                + " excluded")
        .contains("MTTR minutes = 45.0 = sum(resolved - opened) / incidents resolved = 135 min / 3")
        .contains("CV = 1289635.75 = EV - AC = 44876786 - 43587150.25")
        .contains("SV(t) = -0.4599988695468227 = ES - AT = 35.54000113045318 - 36");
    JsonNode json =
        new ObjectMapper()
            .readTree(
                Cli.run("scorecard", model.toString(), "--as-of", "2025-12-31", "--format", "json")
                    .out());
    assertThat(json.at("/scorecards/0/id").asText()).isEqualTo("shared");
    assertThat(json.at("/scorecards/0/children/1/children/0/value").asDouble())
        .isCloseTo(99.96, within(0.0001));
    assertThat(json.at("/scorecards/0/children/1/children/0/explanation").asText())
        .contains("planned maintenance (120 min) excluded");
  }

  @Test
  void controlCharactersInNamesCannotReachTheTerminal() throws Exception {
    String demo = new String(DemoCommand.embedded(), java.nio.charset.StandardCharsets.UTF_8);
    Path model =
        Files.writeString(
            dir.resolve("hostile.json"),
            demo.replace("\"Platform availability\"", "\"Platform\\u001b[2Javailability\"")
                .replace("\"Online sales\"", "\"Online\\nsales\""));
    Cli.Result text = Cli.run("scorecard", model.toString(), "--as-of", "2025-12-31");
    assertThat(text.code()).isZero();
    assertThat(text.out())
        .doesNotContain("\u001b")
        .contains("Platform\\u001b[2Javailability (%) = ")
        .contains("    Online\\nsales ");
  }
}
