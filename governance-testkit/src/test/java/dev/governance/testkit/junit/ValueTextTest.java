package dev.governance.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.GovernanceModel;
import dev.governance.json.ModelWriter;
import dev.governance.testkit.GovernanceModelGenerator;
import dev.governance.testkit.ModelSize;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ValueTextTest {

  @Test
  void aModelIsItsJsonWithTheModelSchemaWhenGovernanceJsonIsPresent() throws Exception {
    GovernanceModel model =
        GovernanceModelGenerator.of(ModelSize.least()).generate(new SplittableRandom(1));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelWriter.write(model, ModelWriter.MODEL_SCHEMA_ID, out);
    assertThat(ValueText.isModelJson(model)).isTrue();
    assertThat(ValueText.of(model) + "\n").isEqualTo(out.toString(StandardCharsets.UTF_8));
    assertThat(ValueText.of(model))
        .startsWith(
            "{\n  \"$schema\" : \"https://governance.dev/schema/governance-model-0.1.json\",\n")
        .endsWith("\n}");
  }

  @Test
  void anyOtherValueIsItsToString() {
    assertThat(ValueText.isModelJson(List.of(1))).isFalse();
    assertThat(ValueText.of(List.of(1, 2))).isEqualTo("[1, 2]");
  }
}
