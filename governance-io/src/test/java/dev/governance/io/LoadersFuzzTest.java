package dev.governance.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.governance.core.model.GovernanceModel;
import dev.governance.io.sheet.RaciSheet;
import dev.governance.io.sheet.RaciWorkbook;
import dev.governance.io.sheet.SheetLimits;
import dev.governance.io.sheet.Workbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz tests (Jazzer) of the loaders: a JSON model and RACI matrices in CSV and in {@code .xlsx}
 * workbooks. The only exception allowed is the documented {@link LoadException}, and every problem
 * it lists is located (line and column from 1); a model that loads saves and loads back equal. In
 * {@code verify} they run their seed corpus (regression mode); docs/development.md says how to fuzz
 * them.
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
      RaciWorkbook book =
          RaciWorkbook.read(
              Workbook.csv(
                  "fuzz.csv",
                  "Fuzzed matrix",
                  data.consumeRemainingAsBytes(),
                  SheetLimits.defaults()));
      // a header alone is an empty matrix; a matrix always has its roles
      for (RaciSheet sheet : book.matrices()) {
        assertThat(sheet.matrix().roles()).isNotEmpty();
      }
    } catch (LoadException e) {
      assertLocated(e);
    }
  }

  /**
   * RACI workbooks: the bytes as an {@code .xlsx} file (the fuzzer learns the ZIP and XML structure
   * from the seed corpus's workbooks), read with a small size limit so that a run stays quick.
   */
  @FuzzTest(maxDuration = "10m")
  void raciWorkbooks(FuzzedDataProvider data) throws IOException {
    Path file = Files.createTempFile("fuzz", ".xlsx");
    try {
      Files.write(file, data.consumeRemainingAsBytes());
      try (Workbook workbook =
          Workbook.open(file, SheetLimits.builder().maxBytes(1 << 20).maxRows(10_000).build())) {
        RaciWorkbook book = RaciWorkbook.read(workbook);
        for (RaciSheet sheet : book.matrices()) {
          assertThat(sheet.matrix().roles()).isNotEmpty();
        }
      } catch (LoadException e) {
        assertLocated(e);
      }
    } finally {
      Files.delete(file);
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
