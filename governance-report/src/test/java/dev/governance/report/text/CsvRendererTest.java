package dev.governance.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.report.HeatMapTest;
import dev.governance.report.Report;
import dev.governance.report.Section;
import dev.governance.report.Table;
import dev.governance.report.TableRow;
import dev.governance.report.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRendererTest {

  private static final Report REPORT =
      Report.builder()
          .title("R")
          .asOf(LocalDate.of(2026, 1, 1))
          .addSections(
              Section.builder()
                  .id("s")
                  .title("S")
                  .addBlocks(
                      Table.builder()
                          .id("owners")
                          .title("Owners")
                          .addColumns("Role", "Note")
                          .addRows(
                              TableRow.of("Owner", "says \"yes\", often"),
                              TableRow.of("Lead", "two\nlines"))
                          .build())
                  .addBlocks(HeatMapTest.sample())
                  .build())
          .build();

  @Test
  void writesOneRfc4180FilePerBlock() {
    assertThat(CsvRenderer.render(REPORT))
        .containsOnlyKeys("owners.csv", "h.csv")
        .containsEntry(
            "owners.csv",
            "Role,Note\r\nOwner,\"says \"\"yes\"\", often\"\r\nLead,\"two\nlines\"\r\n")
        .containsEntry("h.csv", "Likelihood \\ Impact,Low,High\r\nHigh,0,2\r\nLow,1,0\r\n");
  }

  @Test
  void writesTheFilesIntoADirectoryThatReadsBack(@TempDir Path dir) throws Exception {
    List<Path> files = CsvRenderer.write(REPORT, dir.resolve("csv"));
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("owners.csv", "h.csv");
    assertThat(Files.readString(files.get(1))).startsWith("Likelihood");
    assertThat(Files.readString(files.get(0)))
        .isEqualTo(CsvRenderer.render(REPORT).get("owners.csv"));
  }

  /**
   * A block's id comes from the model (a RACI grid is {@code raci-grid-} and its matrix's id), and
   * an id may hold {@code /}: {@code ops/../../x} wrote outside the directory asked for.
   */
  @Test
  void blockIdsFromTheModelNameFilesInsideTheDirectory(@TempDir Path dir) throws Exception {
    Report report =
        Report.builder()
            .title("T")
            .asOf(LocalDate.of(2026, 1, 1))
            .addSections(
                Section.builder()
                    .id("s")
                    .title("S")
                    .addBlocks(
                        Table.builder()
                            .id("raci-grid-ops/../../x")
                            .title("G")
                            .addColumns("A")
                            .build(),
                        Table.builder().id("raci-grid-项目:a+b").title("H").addColumns("A").build())
                    .build())
            .build();
    List<Path> files = CsvRenderer.write(report, dir.resolve("csv"));
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("raci-grid-ops%2F..%2F..%2Fx.csv", "raci-grid-项目%3Aa%2Bb.csv");
    assertThat(files).allSatisfy(p -> assertThat(p.getParent()).isEqualTo(dir.resolve("csv")));
    assertThat(dir.resolve("x.csv")).doesNotExist();
    // 118 CJK letters are 354 bytes of UTF-8 and 127 colons 381 once encoded: file systems take 255
    String cjk = "raci-grid-" + "项".repeat(118);
    String colons = "a" + ":".repeat(127);
    for (String id : List.of(cjk, colons)) {
      String name = CsvRenderer.fileName(id);
      assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
          .isLessThanOrEqualTo(200);
      assertThat(name).matches(".*~[0-9a-f]{16}");
      assertThat(Files.write(dir.resolve(name + ".csv"), new byte[0])).exists();
    }
    assertThat(CsvRenderer.fileName(cjk)).isNotEqualTo(CsvRenderer.fileName(cjk + "项"));
  }

  @Test
  void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() {
    assertThat(Texts.formulaLike("=HYPERLINK(\"http://e.vil\")")).isTrue();
    assertThat(Texts.formulaLike("+cmd|' /C calc'!A0")).isTrue();
    assertThat(Texts.formulaLike("-2+3")).isTrue();
    assertThat(Texts.formulaLike("@SUM(A1)")).isTrue();
    assertThat(Texts.formulaLike("\tx")).isTrue();
    assertThat(Texts.formulaLike("-3.5")).as("a number").isFalse();
    assertThat(Texts.formulaLike("+12%")).as("a number").isFalse();
    assertThat(Texts.formulaLike("plain")).isFalse();
    assertThat(Texts.formulaLike("")).isFalse();
    assertThat(Texts.formulaLike("-")).as("the placeholder of no value").isFalse();
    Table table =
        Table.builder()
            .id("t")
            .title("T")
            .addColumns("Name", "Score")
            .addRows(TableRow.of("=1+1", "-4.2"), TableRow.of("@x, \"y\"", "ok"))
            .build();
    assertThat(CsvRenderer.csv(table))
        .isEqualTo("Name,Score\r\n\"'=1+1\",-4.2\r\n\"'@x, \"\"y\"\"\",ok\r\n");
  }

  @Test
  void nulAndUnpairedSurrogatesAreReplacementCharactersAndOtherControlsStay() {
    Table table =
        Table.builder()
            .id("t")
            .title("T")
            .addColumns("Name")
            .addRows(TableRow.of("nul\u0000 \uD800 \uD83D\uDE00 \u001b[31m"))
            .build();
    assertThat(CsvRenderer.csv(table))
        .isEqualTo("Name\r\nnul\uFFFD \uFFFD \uD83D\uDE00 \u001b[31m\r\n");
  }
}
