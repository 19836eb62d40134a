package dev.governance.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.governance.core.model.GovernanceModel;
import dev.governance.io.sheet.RaciSheet;
import dev.governance.io.sheet.RaciWorkbook;
import dev.governance.io.sheet.SheetLimits;
import dev.governance.io.sheet.SheetRow;
import dev.governance.io.sheet.Workbook;
import dev.governance.io.sheet.WorkbookSheet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Fuzz tests (Jazzer) of the loaders: a JSON model, RACI matrices in CSV and in workbooks, and any
 * workbook read cell by cell. The only exception allowed is the documented {@link LoadException},
 * and every problem it lists is located (line and column from 1); a model that loads saves and
 * loads back equal. In {@code verify} they run their seed corpus (regression mode);
 * docs/development.md says how to fuzz them.
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
   * Bytes read as a workbook or CSV file, every sheet's every row: only a {@link LoadException} may
   * escape, whatever the bytes (a broken ZIP, XML or cell). The seed corpus holds workbooks written
   * by POI and LibreOffice.
   */
  @FuzzTest(maxDuration = "10m")
  void workbooks(FuzzedDataProvider data) throws IOException {
    Path file = Files.createTempFile("fuzz", ".xlsx");
    try {
      Files.write(file, data.consumeRemainingAsBytes());
      try (Workbook workbook = Workbook.open(file, FUZZ_LIMITS)) {
        for (WorkbookSheet sheet : workbook.sheets()) {
          try (Stream<SheetRow> rows = workbook.rows(sheet)) {
            rows.forEach(row -> assertThat(row.number()).isPositive());
          }
        }
      } catch (LoadException e) {
        assertLocated(e);
      }
    } finally {
      Files.delete(file);
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
      try (Workbook workbook = Workbook.open(file, FUZZ_LIMITS)) {
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

  /** Limits small enough that a fuzzed file cannot take the fuzzer's time or memory. */
  private static final SheetLimits FUZZ_LIMITS =
      SheetLimits.builder()
          .maxBytes(1024 * 1024)
          .maxUncompressedBytes(16L * 1024 * 1024)
          .maxCells(1_000_000)
          .build();

  private static void assertLocated(LoadException e) {
    assertThat(e.problems()).isNotEmpty();
    for (LoadProblem p : e.problems()) {
      assertThat(p.line()).as(p.toString()).isPositive();
      assertThat(p.column()).as(p.toString()).isPositive();
    }
  }
}
