package dev.governance.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.governance.core.model.GovernanceModel;
import dev.governance.io.sheet.RaciCsv;
import dev.governance.io.sheet.RaciSheet;

/**
 * Fuzz tests (Jazzer) of the loaders: a JSON model and a RACI matrix in CSV. The only exception
 * allowed is the documented {@link LoadException}, and every problem it lists is located (line and
 * column from 1); a model that loads saves and loads back equal. In {@code verify} they run their
 * seed corpus (regression mode); docs/development.md says how to fuzz them.
 */
class LoadersFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void jsonModels(FuzzedDataProvider data) {
    GovernanceModel model;
    try {
      model = GovernanceJson.load("fuzz.json", data.consumeRemainingAsBytes());
    } catch (LoadException e) {
      assertLocated(e);
      return;
    }
    assertThat(GovernanceJson.load("saved.json", GovernanceJson.toBytes(model))).isEqualTo(model);
  }

  @FuzzTest(maxDuration = "10m")
  void raciCsv(FuzzedDataProvider data) {
    try {
      RaciSheet sheet = RaciCsv.read("fuzz.csv", "Fuzzed matrix", data.consumeRemainingAsString());
      // a header alone is an empty matrix; a matrix always has its roles
      assertThat(sheet.matrix().roles()).isNotEmpty();
    } catch (LoadException e) {
      assertLocated(e);
    }
  }

  private static void assertLocated(LoadException e) {
    assertThat(e.problems()).isNotEmpty();
    for (LoadProblem p : e.problems()) {
      assertThat(p.line()).as(p.toString()).isPositive();
      assertThat(p.column()).as(p.toString()).isPositive();
    }
  }
}
