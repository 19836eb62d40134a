package dev.governance.report.html;

import dev.governance.report.BarChart;
import dev.governance.report.Block;
import dev.governance.report.BlockVisitor;
import dev.governance.report.CurveChart;
import dev.governance.report.HeatMap;
import dev.governance.report.Metric;
import dev.governance.report.Metrics;
import dev.governance.report.RaciGrid;
import dev.governance.report.Report;
import dev.governance.report.ScorecardTree;
import dev.governance.report.Section;
import dev.governance.report.Table;
import dev.governance.report.TableRow;
import dev.governance.report.Texts;
import dev.governance.report.Timeline;
import dev.governance.report.Tone;

/**
 * Renders a report as one self-contained HTML file: no external scripts, fonts, styles or images;
 * charts are inline SVG. Every chart is an {@code <svg role="img">} with a title and a description
 * (its text alternative) and has its data in a table under it; colours come from a colour-blind-
 * safe palette and every status is also a word or letter. The page prints on A4 (navigation and
 * data tables hidden, blocks kept whole).
 */
public final class HtmlRenderer {

  private static final String STYLE =
      String.join(
          "\n",
          "@page { size: A4; margin: 12mm; }",
          "body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; margin: 0"
              + " auto; max-width: 1100px; padding: 16px; color: #1a1a1a; }",
          "header h1 { margin: 0 0 4px; font-size: 1.6em; } header p { margin: 2px 0; color: #444;"
              + " }",
          "nav { margin: 12px 0; } nav a { margin-right: 14px; color: #0072B2; }",
          "section { margin-top: 28px; } h2 { border-bottom: 2px solid #0072B2; padding-bottom:"
              + " 4px; }",
          "figure.block { margin: 16px 0; } figcaption { font-weight: 600; margin-bottom: 6px; }",
          "svg.chart { max-width: 100%; height: auto; font-size: 12px; }",
          "svg .tick, svg .legend { fill: #333; font-size: 11px; } svg .axis { fill: #333;"
              + " font-size: 12px; font-weight: 600; }",
          "svg .count { font-size: 15px; font-weight: 700; fill: #000; } svg .zero { fill: #777;"
              + " font-weight: 400; }",
          "svg .mark { font-size: 11px; font-weight: 700; fill: #000; } svg .node { font-size:"
              + " 12px; } svg .root { font-weight: 700; }",
          "svg .score, svg .total { font-size: 12px; } svg .over { font-weight: 700; fill: #D55E00;"
              + " } svg .trend { font-size: 14px; }",
          "svg .letters { font-weight: 700; font-size: 12px; }",
          ".tiles { display: flex; flex-wrap: wrap; gap: 10px; }",
          ".tile { border: 1px solid #ccc; border-left: 8px solid #F2F2F2; border-radius: 4px;"
              + " padding: 8px 12px; min-width: 170px; }",
          ".tile .value { font-size: 1.5em; font-weight: 700; } .tile .label { color: #444; } .tile"
              + " .detail { font-size: .85em; color: #555; }",
          ".tone-GOOD { border-left-color: #009E73; } .tone-WARNING { border-left-color: #E69F00;"
              + " }",
          ".tone-CRITICAL { border-left-color: #D55E00; } .tone-MISSING { border-left-color:"
              + " #BBBBBB; }",
          "table { border-collapse: collapse; font-size: .9em; } th, td { border: 1px solid #ddd;"
              + " padding: 3px 8px; text-align: left; vertical-align: top; }",
          "th { background: #f2f2f2; } tr.tone-CRITICAL td:first-child { border-left: 6px solid"
              + " #D55E00; }",
          "tr.tone-WARNING td:first-child { border-left: 6px solid #E69F00; } tr.tone-GOOD"
              + " td:first-child { border-left: 6px solid #009E73; }",
          ".note { font-size: .85em; color: #555; font-style: italic; }",
          "details summary { cursor: pointer; color: #0072B2; font-size: .9em; }",
          "@media print { nav, details { display: none; } figure.block, .tile { break-inside:"
              + " avoid; } body { max-width: none; } }");

  private HtmlRenderer() {}

  /**
   * Renders {@code report}.
   *
   * @param report the report
   * @return the HTML page
   */
  public static String render(Report report) {
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    Svg.text(html, report.title())
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("\n</style>\n</head>\n<body>\n<header>\n<h1>");
    Svg.text(html, report.title()).append("</h1>\n");
    report.subtitle().ifPresent(s -> Svg.text(html.append("<p>"), s).append("</p>\n"));
    html.append("<p>As of <time datetime=\"")
        .append(report.asOf())
        .append("\">")
        .append(report.asOf())
        .append("</time></p>\n</header>\n<nav>");
    for (Section section : report.sections()) {
      html.append("<a href=\"#").append(section.id()).append("\">");
      Svg.text(html, section.title()).append("</a>");
    }
    html.append("</nav>\n<main>\n");
    BlockHtml blocks = new BlockHtml(html);
    for (Section section : report.sections()) {
      html.append("<section id=\"").append(section.id()).append("\">\n<h2>");
      Svg.text(html, section.title()).append("</h2>\n");
      section.summary().ifPresent(s -> Svg.text(html.append("<p>"), s).append("</p>\n"));
      for (Block block : section.blocks()) {
        html.append("<figure class=\"block\" id=\"b-")
            .append(block.id())
            .append("\" data-kind=\"")
            .append(block.getClass().getSimpleName())
            .append("\">\n<figcaption>");
        Svg.text(html, block.title()).append("</figcaption>\n");
        block.accept(blocks);
        html.append("</figure>\n");
      }
      html.append("</section>\n");
    }
    return html.append("</main>\n</body>\n</html>\n").toString();
  }

  /**
   * Writes each block: metrics as tiles, tables as tables, charts as SVG with their data table
   * folded.
   */
  private static final class BlockHtml implements BlockVisitor<Void> {
    private final StringBuilder html;

    BlockHtml(StringBuilder html) {
      this.html = html;
    }

    @Override
    public Void metrics(Metrics metrics) {
      html.append("<div class=\"tiles\">\n");
      for (Metric m : metrics.metrics()) {
        html.append("<div class=\"tile tone-").append(m.tone()).append("\"><div class=\"label\">");
        Svg.text(html, m.label()).append("</div><div class=\"value\">");
        Svg.text(html, m.value()).append("</div><div class=\"detail\">");
        String status = m.tone() == Tone.NEUTRAL ? "" : Texts.status(m.tone());
        Svg.text(
            html,
            m.detail().map(d -> status.isEmpty() ? d : status + " \u00B7 " + d).orElse(status));
        html.append("</div></div>\n");
      }
      html.append("</div>\n");
      return null;
    }

    @Override
    public Void table(Table table) {
      rows(table);
      table.note().ifPresent(this::note);
      return null;
    }

    private void rows(Table table) {
      html.append("<table>\n<thead><tr>");
      table.columns().forEach(c -> Svg.text(html.append("<th scope=\"col\">"), c).append("</th>"));
      html.append("</tr></thead>\n<tbody>\n");
      for (TableRow row : table.rows()) {
        html.append(row.tone() == Tone.NEUTRAL ? "<tr>" : "<tr class=\"tone-" + row.tone() + "\">");
        row.cells().forEach(c -> Svg.text(html.append("<td>"), c).append("</td>"));
        html.append("</tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }

    private void note(String note) {
      Svg.text(html.append("<p class=\"note\">"), note).append("</p>\n");
    }

    /** Draws a chart, its note (what it left out) in view, and its data folded under it. */
    private Void chart(Block block, Runnable draw) {
      draw.run();
      Table data = block.asTable();
      data.note().ifPresent(this::note);
      html.append("<details><summary>Data</summary>\n");
      rows(data);
      html.append("</details>\n");
      return null;
    }

    @Override
    public Void heatMap(HeatMap map) {
      return chart(map, () -> HeatMapSvg.draw(html, map));
    }

    @Override
    public Void scorecardTree(ScorecardTree tree) {
      return chart(tree, () -> TreeSvg.draw(html, tree));
    }

    @Override
    public Void curveChart(CurveChart chart) {
      return chart(chart, () -> CurveSvg.draw(html, chart));
    }

    @Override
    public Void timeline(Timeline timeline) {
      return chart(timeline, () -> TimelineSvg.draw(html, timeline));
    }

    @Override
    public Void raciGrid(RaciGrid grid) {
      return chart(grid, () -> RaciGridSvg.draw(html, grid));
    }

    @Override
    public Void barChart(BarChart chart) {
      return chart(chart, () -> BarSvg.draw(html, chart));
    }
  }
}
