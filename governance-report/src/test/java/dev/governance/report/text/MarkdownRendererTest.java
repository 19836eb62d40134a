package dev.governance.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.report.HeatMapTest;
import dev.governance.report.Report;
import dev.governance.report.Section;
import dev.governance.report.Table;
import dev.governance.report.TableRow;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  @Test
  void rendersHeadingsTablesTextAlternativesAndEscapesPipes() {
    Report report =
        Report.builder()
            .title("Omni")
            .subtitle("Shared view")
            .asOf(LocalDate.of(2026, 3, 2))
            .addSections(
                Section.builder()
                    .id("s")
                    .title("Risks")
                    .summary("All of them.")
                    .addBlocks(
                        Table.builder()
                            .id("t")
                            .title("Top")
                            .addColumns("Risk", "Note")
                            .addRows(TableRow.of("r1", "a|b\nc"))
                            .note("One.")
                            .build())
                    .addBlocks(HeatMapTest.sample())
                    .build())
            .build();
    assertThat(MarkdownRenderer.render(report))
        .isEqualTo(
            String.join(
                "\n",
                "# Omni",
                "",
                "Shared view",
                "",
                "As of 2026-03-02.",
                "",
                "## Risks",
                "",
                "All of them.",
                "",
                "### Top",
                "",
                "| Risk | Note |",
                "| --- | --- |",
                "| r1 | a\\|b c |",
                "",
                "_One._",
                "",
                "### Inherent",
                "",
                "_Inherent: 3 on a grid of likelihood by impact; 2 at High x High (Critical); 1 at"
                    + " Low x Low (OK)._",
                "",
                "| Likelihood \\\\ Impact | Low | High |",
                "| --- | --- | --- |",
                "| High | 0 | 2 |",
                "| Low | 1 | 0 |",
                ""));
  }

  @Test
  void userTextCannotInjectMarkupOrBreakATable() {
    assertThat(
            MarkdownRenderer.inline(
                "<script>alert(1)</script> [x](http://e.vil) ![i](p.png) *b* `c` a|b"))
        .isEqualTo(
            "\\<script\\>alert(1)\\</script\\> \\[x\\](http\\://e.vil) \\!\\[i\\](p.png) \\*b\\*"
                + " \\`c\\` a\\|b");
    assertThat(MarkdownRenderer.inline("two\r\nlines\nthree")).isEqualTo("two lines three");
    assertThat(MarkdownRenderer.inline("R&D_team #1 ~x~ \\"))
        .isEqualTo("R\\&D\\_team \\#1 \\~x\\~ \\\\");
  }

  @Test
  void bareAddressesFromTheDataAreNotAutolinked() {
    assertThat(
            MarkdownRenderer.inline(
                "see https://e.vil/x, www.e.vil, WWW.E.VIL, mail@e.vil; keep 12.5, awww.x, a: b"))
        .isEqualTo(
            "see https\\://e.vil/x, www\\.e.vil, WWW\\.E.VIL, mail\\@e.vil; keep 12.5,"
                + " awww.x, a: b");
  }

  @Test
  void controlCharactersAreVisibleAndNulAndUnpairedSurrogatesReplaced() {
    assertThat(MarkdownRenderer.inline("\u001b[31mred\u0007 nul\u0000 \uD800 \uD83D\uDE00\tx"))
        .isEqualTo("\\\\u001b\\[31mred\\\\u0007 nul\uFFFD \uFFFD \uD83D\uDE00\tx");
  }

  @Test
  void aSubtitleOrSummaryCannotStartAListARuleOrACodeBlock() {
    assertThat(MarkdownRenderer.paragraph("- item")).isEqualTo("\\- item");
    assertThat(MarkdownRenderer.paragraph("+ item")).isEqualTo("\\+ item");
    assertThat(MarkdownRenderer.paragraph("---")).isEqualTo("\\---");
    assertThat(MarkdownRenderer.paragraph("===")).isEqualTo("\\===");
    assertThat(MarkdownRenderer.paragraph("12. item")).isEqualTo("12\\. item");
    assertThat(MarkdownRenderer.paragraph("3) item")).isEqualTo("3\\) item");
    assertThat(MarkdownRenderer.paragraph("    code")).isEqualTo("code");
    assertThat(MarkdownRenderer.paragraph("plain - text 1.")).isEqualTo("plain - text 1.");
    Report report =
        Report.builder()
            .title("T")
            .subtitle("- not a list")
            .asOf(LocalDate.of(2026, 1, 1))
            .addSections(
                Section.builder().id("s").title("S").summary("1. not a list either").build())
            .build();
    assertThat(MarkdownRenderer.render(report))
        .contains("\n\\- not a list\n")
        .contains("\n1\\. not a list either\n");
  }
}
