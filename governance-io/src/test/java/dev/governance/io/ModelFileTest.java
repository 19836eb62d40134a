package dev.governance.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.GovernanceModel;
import dev.governance.rules.FindingLocator;
import org.junit.jupiter.api.Test;

class ModelFileTest {

  @Test
  void isEqualByNameAndModelWhateverItsLocator() {
    GovernanceModel model = GovernanceModel.builder().name("m").build();
    ModelFile file =
        ModelFile.builder().name("m.json").model(model).locator(FindingLocator.NOWHERE).build();
    assertThat(file)
        .isEqualTo(
            ModelFiles.read(
                "m.json", "{\"name\": \"m\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(file.withName("other.json")).isNotEqualTo(file);
  }
}
