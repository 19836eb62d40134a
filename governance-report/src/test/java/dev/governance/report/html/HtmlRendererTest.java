package dev.governance.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.report.Report;
import dev.governance.report.ReportFixtures;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

  private static final String PAGE = HtmlRenderer.render(ReportFixtures.dashboard().report());

  @Test
  void isSelfContained() {
    assertThat(PAGE)
        .startsWith("<!DOCTYPE html>")
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("@import")
        .doesNotContain("url(");
    assertThat(Pattern.compile("(src|href)=\"(?!#)").matcher(PAGE).find())
        .as("external references")
        .isFalse();
  }

  @Test
  void everyChartHasATitleAndADescription() {
    int charts = count(PAGE, "<svg class=\"chart\" role=\"img\"");
    // scorecard tree, two heat maps, exceedance curve, timeline, RACI grid, two load charts,
    // findings by role
    assertThat(charts).isEqualTo(9);
    assertThat(count(PAGE, "<desc id=\"d-")).isEqualTo(charts);
    assertThat(count(PAGE, "<details><summary>Data</summary>")).isEqualTo(charts);
  }

  @Test
  void printsOnA4() {
    assertThat(PAGE).contains("@page { size: A4;").contains("@media print");
  }

  @Test
  void escapesText() {
    Report report = Report.builder().title("R&D <\"x\">").asOf(LocalDate.of(2026, 1, 1)).build();
    assertThat(HtmlRenderer.render(report))
        .contains("<h1>R&amp;D &lt;&quot;x&quot;&gt;</h1>")
        .doesNotContain("<\"x\">");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
