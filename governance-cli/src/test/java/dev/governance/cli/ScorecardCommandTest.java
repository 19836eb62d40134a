package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
        .matches("Omni-channel shared scorecard +0\\.961  GREEN flat");
    assertThat(text.out()).contains("    Schedule variance").contains("AMBER improving");
    JsonNode json =
        new ObjectMapper()
            .readTree(
                Cli.run("scorecard", model.toString(), "--as-of", "2025-12-31", "--format", "json")
                    .out());
    assertThat(json.at("/scorecards/0/id").asText()).isEqualTo("shared");
    assertThat(json.at("/scorecards/0/children/1/children/0/value").asDouble()).isEqualTo(99.96);
  }
}
