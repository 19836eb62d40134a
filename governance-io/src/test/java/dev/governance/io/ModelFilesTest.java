package dev.governance.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.model.GovernanceModel;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.risk.Risk;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.SourceRegion;
import dev.governance.rules.Subject;
import dev.governance.testkit.GovernanceModelGenerator;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {

  @Test
  void readsAJsonModelFileNamedAsGiven(@TempDir Path dir) throws Exception {
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(5));
    Path file = dir.resolve("model.json");
    Files.write(file, GovernanceJson.toBytes(model));
    ModelFile read = ModelFiles.read(file);
    assertThat(read.model()).isEqualTo(model);
    assertThat(read.name()).isEqualTo(file.toString());
  }

  @Test
  void placesEachFindingAtTheElementItNamesComparedWithATextSearch() {
    for (long seed = 1; seed <= 10; seed++) {
      GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(seed));
      byte[] json = GovernanceJson.toBytes(model);
      List<String> lines = new String(json, UTF_8).lines().toList();
      ModelFile file = ModelFiles.read("m.json", json);
      for (Risk risk : model.risks()) {
        SourceRegion region =
            file.locator()
                .locate(about(Subject.builder().risk(risk.id()).system("elsewhere").build()))
                .orElseThrow();
        assertThat(lines.get(region.line() - 1).trim()).isEqualTo("{");
        assertThat(lines.get(region.line()).trim()).isEqualTo("\"id\" : \"" + risk.id() + "\",");
        assertThat(region.line()).isGreaterThan(lineOf(lines, "\"risks\" : ["));
      }
      for (RaciActivity activity : model.raciMatrices().get(0).activities()) {
        SourceRegion region =
            file.locator()
                .locate(about(Subject.builder().activity(activity.id()).role("r").build()))
                .orElseThrow();
        assertThat(lines.get(region.line()).trim())
            .isEqualTo("\"id\" : \"" + activity.id() + "\",");
        assertThat(region.line()).isGreaterThan(lineOf(lines, "\"raciMatrices\" : ["));
      }
    }
  }

  @Test
  void anActivityIsFoundInItsOwnMatrixWhenTwoMatricesShareItsId() {
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(2));
    RaciMatrix first = model.raciMatrices().get(0);
    String shared = first.activities().get(0).id();
    RaciMatrix renamed = first.withId("copy-of-" + first.id());
    GovernanceModel sharing = model.withRaciMatrices(first, renamed);
    byte[] json = GovernanceJson.toBytes(sharing);
    List<String> lines = new String(json, UTF_8).lines().toList();
    ModelFile file = ModelFiles.read("m.json", json);
    SourceRegion inFirst =
        file.locator()
            .locate(about(Subject.builder().activity(shared).matrix(first.id()).build()))
            .orElseThrow();
    SourceRegion inSecond =
        file.locator()
            .locate(about(Subject.builder().activity(shared).matrix(renamed.id()).build()))
            .orElseThrow();
    assertThat(inFirst).isNotEqualTo(inSecond);
    assertThat(lines.get(inSecond.line()).trim()).isEqualTo("\"id\" : \"" + shared + "\",");
    assertThat(inSecond.line()).isGreaterThan(lineOf(lines, "\"id\" : \"" + renamed.id() + "\""));
    assertThat(
            file.locator()
                .locate(about(Subject.builder().role("r").matrix(renamed.id()).build()))
                .orElseThrow()
                .line())
        .isEqualTo(lineOf(lines, "\"id\" : \"" + renamed.id() + "\"") - 1);
  }

  @Test
  void columnsCountUtf16CodeUnitsNotBytes() {
    String text =
        "{\"name\": \"Été 😀 program\", \"people\": [{\"id\": \"ann\", \"name\": \"Ann\"}]}";
    ModelFile file = ModelFiles.read("m.json", text.getBytes(UTF_8));
    assertThat(file.locator().locate(about(Subject.builder().person("ann").build())))
        .contains(SourceRegion.of(1, text.indexOf("{\"id\"") + 1));
  }

  @Test
  void aFindingAboutTheWholeModelOrAnUnknownIdPointsAtTheDocumentsStart() {
    byte[] json = "\n  {\"name\": \"m\"}".getBytes(UTF_8);
    ModelFile file = ModelFiles.read("m.json", json);
    assertThat(file.locator().locate(about(Subject.builder().build())))
        .contains(SourceRegion.of(2, 3));
    assertThat(file.locator().locate(about(Subject.builder().risk("nowhere").build())))
        .contains(SourceRegion.of(2, 3));
  }

  @Test
  void aFileThatIsNotAModelIsALocatedLoadError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"name\": 5}");
    assertThatThrownBy(() -> ModelFiles.read(file))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining(file + ":1:10: $.name: expected a string, but found 5");
    assertThatThrownBy(() -> ModelFiles.read(dir.resolve("missing.json")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot read");
  }

  private static int lineOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line has " + text);
  }

  private static Finding about(Subject subject) {
    return Finding.builder()
        .code("GOV-001")
        .severity(Severity.WARNING)
        .subject(subject)
        .message("m")
        .build();
  }
}
