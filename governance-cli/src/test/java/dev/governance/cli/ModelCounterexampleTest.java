package dev.governance.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.governance.core.model.GovernanceModel;
import dev.governance.io.GovernanceJson;
import dev.governance.testkit.junit.ForAll;
import dev.governance.testkit.junit.GovernanceProperty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The testkit's acceptance (issue 24): a deliberately false property over models, run through the
 * JUnit entry point, fails with a counterexample of exactly 4 risks and otherwise the least
 * content, printed as the model JSON that {@code governance validate} loads.
 */
class ModelCounterexampleTest {

  private static final String HEADING =
      "parameter 1 (GovernanceModel), as the model JSON that `governance validate` reads:\n";

  /** The false property; run only through {@link EngineTestKit}, not by the build. */
  static class AtMostThreeRisks {
    @GovernanceProperty(seed = 24)
    void noModelHasMoreThanThreeRisks(@ForAll GovernanceModel model) {
      assertThat(model.risks()).hasSizeLessThanOrEqualTo(3);
    }
  }

  @Test
  void theShrunkModelHasFourRisksAndTheLeastElseAndValidateLoadsItsJson(@TempDir Path dir)
      throws Exception {
    String message = failure(AtMostThreeRisks.class).getMessage();
    assertThat(message)
        .startsWith("Property falsified on try ")
        .contains("with seed 24 (rerun with @GovernanceProperty(seed = 24) or")
        .contains("\nCounterexample:\n" + HEADING + "{\n");
    int start = message.indexOf(HEADING) + HEADING.length();
    int end = message.indexOf("\n}\n", start) + 2;
    String json = message.substring(start, end);

    GovernanceModel model = GovernanceJson.load("counterexample", json.getBytes(UTF_8));
    assertThat(model.risks()).hasSize(4);
    assertThat(model.people()).hasSize(2);
    assertThat(model.programs()).hasSize(1);
    assertThat(model.projects()).hasSize(1);
    assertThat(model.systems()).hasSize(1);
    assertThat(model.controls()).isEmpty();
    assertThat(model.kpis()).hasSize(1);
    assertThat(model.observations()).isEmpty();
    assertThat(model.obligations()).isEmpty();
    assertThat(model.outages()).isEmpty();
    // exactly the form governance-io saves: the same bytes, $schema included
    assertThat(new String(GovernanceJson.toBytes(model), UTF_8)).isEqualTo(json + "\n");

    Path file = Files.writeString(dir.resolve("counterexample.json"), json);
    Cli.Result result = Cli.run("validate", file.toString());
    assertThat(result.code()).as(result.err()).isIn(GovernanceCli.OK, GovernanceCli.FINDINGS);
    assertThat(result.err()).isEmpty();
  }

  private static Throwable failure(Class<?> fixture) {
    List<Event> failed =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(fixture))
            .execute()
            .testEvents()
            .failed()
            .list();
    assertThat(failed).hasSize(1);
    return failed.get(0).getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
  }
}
