package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ModelCheckExampleTest {

  @Test
  void printsTheModelTheExplainedVarianceAndEveryViolation() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ModelCheckExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains(
            "Model 'Global retailer, omni-channel program': 3 people, 1 program(s), 1 system(s), 1"
                + " risk(s), 1 KPI(s), 1 obligation(s)")
        .contains("budget variance % = -3.0 = (43650000 - 45000000) / 45000000 x 100")
        .contains("risks[0].systemOwner = 'nobody': expected the id of a defined person")
        .contains("risks[0].systems[1] = 'pos': expected the id of a defined system");
  }
}
