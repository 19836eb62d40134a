package dev.governance.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.governance.core.party.Role;
import dev.governance.rules.Finding;
import dev.governance.rules.SourceRegion;
import dev.governance.rules.ValidationReport;
import dev.governance.rules.raci.RaciValidator;
import dev.governance.testkit.RaciCase;
import dev.governance.testkit.RaciCaseGenerator;
import dev.governance.testkit.RaciDefect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The property: a generated matrix written with Apache POI (an independent writer) and read
 * back gives exactly the findings of the same matrix read from CSV, each at the same row and column
 * (in the matrix's sheet). The workbook writes the values as people type them in a sheet (critical
 * as a boolean, a number or a word; letters in any case with any separator) and its people on a
 * {@code People} sheet; the CSV file writes the canonical text and a separate people file.
 */
class RaciWorkbookPropertyTest {

  private static final RaciValidator RACI = RaciValidator.standard();

  @TempDir Path dir;

  @Test
  void aMatrixWrittenWithPoiGivesTheFindingsOfTheSameMatrixInCsv() {
    AtomicInteger withFindings = new AtomicInteger();
    qt().withExamples(60)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Pair pair = pair(seed, false);
              ValidationReport fromXlsx = pair.xlsx().validate(RACI);
              ValidationReport fromCsv = pair.csv().validate(RACI);
              assertThat(fromXlsx.findings()).isEqualTo(fromCsv.findings());
              assertThat(pair.xlsx().matrices().get(0).matrix())
                  .isEqualTo(pair.csv().matrices().get(0).matrix());
              for (Finding f : fromCsv.findings()) {
                Optional<SourceRegion> inCsv = pair.csv().locator().locate(f);
                Optional<SourceRegion> inXlsx = pair.xlsx().locator().locate(f);
                // the same row and column, in the sheet; a finding about no activity, which the
                // CSV file places nowhere, at the header row in the workbook
                assertThat(inXlsx.map(r -> SourceRegion.of(r.line(), r.column())))
                    .as(f.toString())
                    .isEqualTo(
                        f.subject().activity().isPresent()
                            ? inCsv
                            : Optional.of(
                                SourceRegion.of(
                                    1,
                                    f.subject()
                                        .role()
                                        .map(pair.csv().matrices().get(0).roleColumns()::get)
                                        .orElse(1))));
                assertThat(inXlsx.flatMap(SourceRegion::sheet)).contains("Release");
              }
              if (!fromCsv.findings().isEmpty()) {
                withFindings.incrementAndGet();
              }
            });
    assertThat(withFindings.get()).as("examples with findings").isGreaterThan(20);
  }

  @Test
  void thePropertyTellsAMatrixWhoseCriticalColumnIsLost() {
    // the control: had the reader ignored the Critical column, the findings would differ
    long differ =
        java.util.stream.LongStream.range(0, 40)
            .filter(
                seed ->
                    !pair(seed, true)
                        .xlsx()
                        .validate(RACI)
                        .findings()
                        .equals(pair(seed, false).csv().validate(RACI).findings()))
            .count();
    assertThat(differ).isPositive();
  }

  private record Pair(RaciWorkbook xlsx, RaciWorkbook csv) {}

  /** Writes one generated case as a workbook and as CSV files and reads both back. */
  private Pair pair(long seed, boolean loseCritical) {
    SplittableRandom random = new SplittableRandom(seed);
    RaciCase generated =
        (random.nextInt(3) == 0
                ? RaciCaseGenerator.valid()
                : RaciCaseGenerator.withDefect(
                    RaciDefect.values()[random.nextInt(RaciDefect.values().length)]))
            .generate(random);
    RaciSheet sheet =
        RaciSheet.builder()
            .matrix(generated.matrix())
            .addAllRoles(generated.matrix().roles().stream().map(r -> Role.of(r, r)).toList())
            .addAllHolders(generated.holders())
            .build();
    List<Object> yes = List.of(true, "yes", "Y", "x", 1, "TRUE");
    List<Object> no = List.of(false, "no", "n", 0);
    List<List<Object>> typed =
        PoiWorkbook.layout(
            sheet,
            critical ->
                loseCritical
                    ? null
                    : critical
                        ? yes.get(random.nextInt(yes.size()))
                        : random.nextBoolean() ? null : no.get(random.nextInt(no.size())),
            letters -> typed(letters, random));
    try {
      Path run = Files.createTempDirectory(dir, "case");
      Path xlsx =
          new PoiWorkbook()
              .sheet("Release", typed)
              .sheet("People", PoiWorkbook.people(generated.holders()))
              .write(run.resolve("release.xlsx"));
      Path csv =
          Files.writeString(
              run.resolve("Release.csv"),
              PoiWorkbook.csv(
                  PoiWorkbook.layout(
                      sheet, critical -> critical ? "yes" : "", letters -> letters)));
      Path people =
          Files.writeString(
              run.resolve("people.csv"), PoiWorkbook.csv(PoiWorkbook.people(generated.holders())));
      return new Pair(RaciWorkbook.load(xlsx), RaciWorkbook.load(csv, people));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns {@code A/R} as a person may type it: any case, with {@code /}, {@code ,} or {@code +}.
   */
  private static String typed(String letters, SplittableRandom random) {
    String separator = List.of("/", ",", "+", " / ", ", ").get(random.nextInt(5));
    String text = letters.replace("/", separator);
    return random.nextBoolean() ? text.toLowerCase(java.util.Locale.ROOT) : text;
  }
}
