package dev.governance.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.risk.MitigationAction;
import dev.governance.report.calendar.ICalendar;
import dev.governance.report.dashboard.Dashboard;
import dev.governance.report.findings.FindingsJson;
import dev.governance.report.findings.FindingsText;
import dev.governance.report.findings.Sarif;
import dev.governance.report.html.HtmlRenderer;
import dev.governance.report.text.CsvRenderer;
import dev.governance.report.text.JsonRenderer;
import dev.governance.report.text.MarkdownRenderer;
import dev.governance.rules.Finding;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.deadline.Occurrence;
import dev.governance.rules.health.HealthReport;
import dev.governance.testkit.GovernanceModelGenerator;
import dev.governance.testkit.HostileModelGenerator;
import dev.governance.testkit.HostileText;
import dev.governance.testkit.HostileTextGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dashboard, the findings and the calendar of models full of hostile text (the testkit's {@link
 * HostileModelGenerator}) in every format: each parses with a parser of its own (jsoup, Jackson,
 * ical4j, an RFC 4180 reader written here), holds no active content, and gives back the user's text
 * where the format keeps it: exactly in JSON, SARIF and CSV (a formula behind its {@code '}), with
 * invisible control characters made visible in HTML, Markdown and iCalendar, and with NUL and
 * unpaired surrogates as U+FFFD everywhere ({@link Texts#wellFormed}).
 */
class HostileTextTest {

  /** A file name with HTML, a percent sign, a query and a fragment, for the findings formats. */
  static final String FILE = "models/\"<img src=x onerror=alert(1)>\" 100% #1?.json";

  private static final Map<Long, Rendered> RENDERED = new ConcurrentHashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  static LongStream seeds() {
    return LongStream.of(1, 7, 20, 42, 2026);
  }

  /** A hostile model, its health check and its dashboard. */
  record Rendered(GovernanceModel model, HealthReport health, Report report) {
    static Rendered of(long seed) {
      GovernanceModel model = HostileModelGenerator.small().generate(new SplittableRandom(seed));
      HealthReport health = ReportFixtures.health(model);
      return new Rendered(model, health, Dashboard.of(health).report());
    }
  }

  static Rendered rendered(long seed) {
    return RENDERED.computeIfAbsent(seed, Rendered::of);
  }

  // ---- HTML

  /** What an HTML parser gives back of user text: visible controls, CR LF and CR as LF. */
  static String inHtml(String text) {
    return Texts.visible(text).replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * Returns an element's text with line breaks normalised as a browser does before parsing (HTML
   * 13.2.3.5), which jsoup does not.
   */
  static String htmlText(Element element) {
    return element.wholeText().replace("\r\n", "\n").replace('\r', '\n');
  }

  static Document parseCleanly(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(20);
    Document doc = Jsoup.parse(html, "", parser);
    assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
    return doc;
  }

  /** Every tag and attribute name of the sample dashboard, the vocabulary of the renderer. */
  private static final Set<String> SAMPLE_TAGS = new HashSet<>();

  private static final Set<String> SAMPLE_ATTRIBUTES = new HashSet<>();

  static {
    Document sample = parseCleanly(HtmlRenderer.render(ReportFixtures.dashboard().report()));
    for (Element e : sample.getAllElements()) {
      SAMPLE_TAGS.add(e.tagName());
      e.attributes().forEach(a -> SAMPLE_ATTRIBUTES.add(a.getKey()));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theDashboardParsesCleanlyAndHoldsNoActiveContent(long seed) {
    assertCleanPage(HtmlRenderer.render(rendered(seed).report()));
  }

  /** One family at a time, so that each reaches every label (a cut label among them). */
  @ParameterizedTest
  @EnumSource(HostileText.class)
  void theDashboardOfEachFamilyParsesCleanlyAndHoldsNoActiveContent(HostileText family) {
    GovernanceModel model =
        HostileModelGenerator.of(GovernanceModelGenerator.small(), HostileTextGenerator.of(family))
            .generate(new SplittableRandom(family.ordinal()));
    assertCleanPage(HtmlRenderer.render(Dashboard.of(ReportFixtures.health(model)).report()));
  }

  static void assertCleanPage(String html) {
    assertThat(Texts.wellFormed(html)).isEqualTo(html);
    Document doc = parseCleanly(html);
    assertThat(doc.select("script, iframe, img, object, embed, base, meta[http-equiv], link, form"))
        .isEmpty();
    assertThat(doc.select("style"))
        .singleElement()
        .satisfies(s -> assertThat(s.parent().tagName()).isEqualTo("head"));
    for (Element e : doc.getAllElements()) {
      assertThat(SAMPLE_TAGS).as("tag from the data").contains(e.tagName());
      for (Attribute a : e.attributes()) {
        assertThat(SAMPLE_ATTRIBUTES).as("attribute from the data").contains(a.getKey());
        assertThat(a.getKey()).doesNotStartWith("on");
        assertThat(a.getValue().strip().toLowerCase(Locale.ROOT)).doesNotStartWith("javascript:");
      }
    }
    assertThat(doc.select("a")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theDashboardShowsTheUsersTextAsText(long seed) {
    Report report = rendered(seed).report();
    Document doc = parseCleanly(HtmlRenderer.render(report));
    assertThat(htmlText(doc.selectFirst("title"))).isEqualTo(inHtml(report.title()));
    assertThat(htmlText(doc.selectFirst("h1"))).isEqualTo(inHtml(report.title()));
    for (Block block : report.blocks()) {
      Element figure = doc.getElementById("b-" + block.id());
      assertThat(htmlText(figure.selectFirst("figcaption"))).isEqualTo(inHtml(block.title()));
      Table table = block.asTable();
      if (block instanceof Metrics) {
        continue;
      }
      List<Element> rows = figure.select("tbody tr");
      assertThat(rows).as(block.id()).hasSameSizeAs(table.rows());
      for (int r = 0; r < rows.size(); r++) {
        assertThat(rows.get(r).select("td")).hasSameSizeAs(table.rows().get(r).cells());
        for (int c = 0; c < table.rows().get(r).cells().size(); c++) {
          assertThat(htmlText(rows.get(r).select("td").get(c)))
              .isEqualTo(inHtml(table.rows().get(r).cells().get(c)));
        }
      }
    }
  }

  // ---- Markdown

  private static final String MARKDOWN_ACTIVE = "\\`*_[]<>!|#~&";

  /**
   * Returns the text of a Markdown fragment with its backslash escapes read (CommonMark 2.4),
   * failing if a character that starts markup is not escaped.
   */
  static String readMarkdown(String fragment) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < fragment.length(); i++) {
      char c = fragment.charAt(i);
      if (c == '\\' && i + 1 < fragment.length() && isAsciiPunctuation(fragment.charAt(i + 1))) {
        text.append(fragment.charAt(++i));
      } else {
        assertThat(MARKDOWN_ACTIVE.indexOf(c)).as("unescaped %s in %s", c, fragment).isNegative();
        text.append(c);
      }
    }
    return text.toString();
  }

  private static boolean isAsciiPunctuation(char c) {
    return c < 0x80 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }

  /** Splits a table line at the pipes that are not escaped. */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        cell.append(c).append(line.charAt(++i));
      } else if (c == '|') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return cells;
  }

  /**
   * What Markdown gives back of user text in a heading or a table cell: visible controls, line
   * breaks as spaces, without the spaces and tabs at either end (GFM trims both).
   */
  static String inMarkdown(String text) {
    return Texts.visible(text)
        .replace("\r\n", " ")
        .replace('\r', ' ')
        .replace('\n', ' ')
        .replaceAll("^[ \t]+|[ \t]+$", "");
  }

  /** Bare web and mail addresses, which GitHub's autolink extension would make links. */
  private static final Pattern AUTOLINK =
      Pattern.compile("(?i)[a-z]://|(^|[^a-z0-9\\\\])www\\.|[a-z0-9]@[a-z0-9]");

  @ParameterizedTest
  @MethodSource("seeds")
  void markdownKeepsEveryTextInItsPlaceAndHoldsNoMarkupFromTheData(long seed) {
    Report report = rendered(seed).report();
    String md = MarkdownRenderer.render(report);
    assertThat(md.chars().filter(c -> c != '\n' && c != '\t' && Character.isISOControl(c)))
        .as("control characters")
        .isEmpty();
    assertThat(Texts.wellFormed(md)).isEqualTo(md);
    List<String> lines = md.lines().collect(Collectors.toList());
    assertThat(readMarkdown(lines.get(0).substring(2))).isEqualTo(inMarkdown(report.title()));
    int at = 0;
    for (Block block : report.blocks()) {
      while (!lines.get(at).startsWith("### ")) {
        at++;
      }
      String heading = lines.get(at).substring(4).strip();
      assertThat(readMarkdown(heading)).isEqualTo(inMarkdown(block.title()));
      while (!lines.get(at).startsWith("|")) {
        at++;
      }
      Table table = block.asTable();
      List<String> header = cells(lines.get(at));
      assertThat(header).hasSameSizeAs(table.columns());
      at += 2;
      for (TableRow row : table.rows()) {
        List<String> cells = cells(lines.get(at++));
        assertThat(cells).as(block.id()).hasSameSizeAs(row.cells());
        for (int c = 0; c < cells.size(); c++) {
          assertThat(readMarkdown(cells.get(c))).isEqualTo(inMarkdown(row.cells().get(c)));
          assertThat(cells.get(c)).doesNotContainPattern(AUTOLINK);
        }
      }
    }
  }

  // ---- CSV

  /** Reads RFC 4180 CSV: quoted fields with doubled quotes, CRLF record ends. */
  static List<List<String>> readCsv(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      if (csv.charAt(i) == '"') {
        i++;
        while (true) {
          assertThat(i).as("closing quote").isLessThan(csv.length());
          char c = csv.charAt(i++);
          if (c == '"') {
            if (i < csv.length() && csv.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
      } else {
        while (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
          assertThat(csv.charAt(i))
              .as("quote or line feed in an unquoted field")
              .isNotIn('"', '\n');
          field.append(csv.charAt(i++));
        }
      }
      record.add(field.toString());
      field.setLength(0);
      assertThat(i).as("record end").isLessThan(csv.length());
      if (csv.charAt(i) == ',') {
        i++;
      } else {
        assertThat(csv.substring(i, i + 2)).isEqualTo("\r\n");
        i += 2;
        records.add(record);
        record = new ArrayList<>();
      }
    }
    return records;
  }

  private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?%?");

  @ParameterizedTest
  @MethodSource("seeds")
  void csvCellsAreTheUsersTextAndNoneStartsAFormula(long seed) {
    Report report = rendered(seed).report();
    Map<String, String> files = CsvRenderer.render(report);
    for (Block block : report.blocks()) {
      String csv = files.get(CsvRenderer.fileName(block.id()) + ".csv");
      assertThat(Texts.wellFormed(csv)).isEqualTo(csv);
      List<List<String>> records = readCsv(csv);
      Table table = block.asTable();
      assertThat(records).hasSize(table.rows().size() + 1);
      List<List<String>> expected = new ArrayList<>();
      expected.add(table.columns());
      table.rows().forEach(r -> expected.add(r.cells()));
      for (int r = 0; r < records.size(); r++) {
        assertThat(records.get(r)).hasSameSizeAs(expected.get(r));
        for (int c = 0; c < records.get(r).size(); c++) {
          String cell = records.get(r).get(c);
          String text = Texts.wellFormed(expected.get(r).get(c));
          assertThat(cell).isIn(text, "'" + text);
          if (cell.length() > 1 && !NUMBER.matcher(cell).matches()) {
            assertThat(cell.charAt(0)).as(cell).isNotIn('=', '+', '-', '@', '\t', '\r');
          }
        }
      }
    }
  }

  // ---- JSON

  static String strictUtf8(byte[] bytes) {
    try {
      return UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("not UTF-8", e);
    }
  }

  static Set<String> strings(JsonNode node) {
    Set<String> strings = new HashSet<>();
    collect(node, strings);
    return strings;
  }

  private static void collect(JsonNode node, Set<String> strings) {
    if (node.isTextual()) {
      strings.add(node.textValue());
    }
    node.fieldNames().forEachRemaining(strings::add);
    node.elements().forEachRemaining(child -> collect(child, strings));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theReportsJsonIsUtf8AndReadsBackTheUsersText(long seed) throws IOException {
    Report report = rendered(seed).report();
    byte[] bytes = JsonRenderer.render(report);
    Set<String> strings = strings(JSON.readTree(strictUtf8(bytes)));
    assertThat(strings).allSatisfy(s -> assertThat(Texts.wellFormed(s)).isEqualTo(s));
    assertThat(strings).contains(Texts.wellFormed(report.title()));
    for (Block block : report.blocks()) {
      assertThat(strings).contains(Texts.wellFormed(block.title()));
      if (block instanceof Table) {
        ((Table) block)
            .rows()
            .forEach(
                r -> r.cells().forEach(c -> assertThat(strings).contains(Texts.wellFormed(c))));
      }
    }
  }

  // ---- iCalendar

  /** What iCalendar gives back of user text: visible controls, line breaks as LF. */
  /**
   * Returns {@code text} as ical4j reads it back from the calendar: visible, line ends as LF, and
   * without the blanks it starts with, which ical4j's parser drops from a property value (RFC 5545
   * keeps them, and the writer writes them).
   */
  static String inCalendar(String text) {
    return Texts.visible(text)
        .replace("\r\n", "\n")
        .replace('\r', '\n')
        .replaceFirst("^[ \t]+", "");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theCalendarParsesWithEveryEventAndItsTitleAndNoneForged(long seed) throws Exception {
    HealthReport health = rendered(seed).health();
    String ics =
        ICalendar.write(
            health.model().name(),
            health.occurrences(),
            health.openActions(),
            ReportFixtures.STAMP);
    assertThat(Texts.wellFormed(ics)).isEqualTo(ics);
    for (String line : ics.split("\r\n", -1)) {
      assertThat(line.getBytes(UTF_8).length).as(line).isLessThanOrEqualTo(75);
      assertThat(line.chars().filter(c -> c != '\t' && Character.isISOControl(c))).isEmpty();
    }
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
        .isEqualTo(inCalendar(health.model().name()));
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).hasSize(health.occurrences().size() + health.openActions().size());
    List<String> expected = new ArrayList<>();
    health.occurrences().stream().map(Occurrence::title).forEach(t -> expected.add(t + " due"));
    health.openActions().stream()
        .map(MitigationAction::title)
        .forEach(t -> expected.add("Mitigation action due: " + t));
    assertThat(events)
        .extracting(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
        .containsExactlyElementsOf(
            expected.stream().map(HostileTextTest::inCalendar).collect(Collectors.toList()));
  }

  // ---- findings

  @ParameterizedTest
  @MethodSource("seeds")
  void findingsTextIsOneLinePerFindingWithoutControlCharacters(long seed) {
    HealthReport health = rendered(seed).health();
    String text =
        FindingsText.render(FILE, health.findings(), FindingLocator.NOWHERE, health.personNames());
    assertThat(Texts.wellFormed(text)).isEqualTo(text);
    assertThat(text.chars().filter(c -> c != '\n' && Character.isISOControl(c))).isEmpty();
    List<String> lines = text.lines().collect(Collectors.toList());
    assertThat(lines).hasSize(health.findings().findings().size() + 1);
    for (int i = 0; i < lines.size() - 1; i++) {
      Finding f = health.findings().findings().get(i);
      assertThat(lines.get(i))
          .isEqualTo(
              Texts.oneLine(FILE)
                  + ": "
                  + Texts.oneLine(f + FindingsText.tell(f, health.personNames())));
    }
  }

  private static final JsonSchema SARIF = sarifSchema();

  private static JsonSchema sarifSchema() {
    try (InputStream in =
        HostileTextTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void findingsJsonAndSarifReadBackEveryMessageAndTheFileName(long seed) throws IOException {
    HealthReport health = rendered(seed).health();
    List<String> messages =
        health.findings().findings().stream()
            .map(f -> Texts.wellFormed(f.message()))
            .collect(Collectors.toList());
    assertThat(messages).isNotEmpty();
    String findings = FindingsJson.render(health.findings(), FindingLocator.NOWHERE);
    assertThat(Texts.wellFormed(findings)).isEqualTo(findings);
    assertThat(JSON.readTree(findings).get("findings").findValuesAsText("message"))
        .containsExactlyElementsOf(messages);
    String sarif = Sarif.render(FILE, health.findings(), FindingLocator.NOWHERE, "0.1.0");
    assertThat(Texts.wellFormed(sarif)).isEqualTo(sarif);
    JsonNode json = JSON.readTree(sarif);
    assertThat(SARIF.validate(json)).isEmpty();
    JsonNode results = json.get("runs").get(0).get("results");
    List<String> texts = new ArrayList<>();
    for (JsonNode result : results) {
      texts.add(result.get("message").get("text").textValue());
      String uri =
          result
              .get("locations")
              .get(0)
              .get("physicalLocation")
              .get("artifactLocation")
              .get("uri")
              .textValue();
      assertThat(URI.create(uri).getRawPath()).isEqualTo(uri);
      assertThat(URLDecoder.decode(uri.replace("+", "%2B"), UTF_8)).isEqualTo(FILE);
    }
    assertThat(texts).containsExactlyElementsOf(messages);
  }

  // ---- the generator reaches what it must

  @ParameterizedTest
  @MethodSource("seeds")
  void theDashboardHoldsHostileText(long seed) {
    String text =
        rendered(seed).report().blocks().stream()
            .flatMap(b -> b.asTable().rows().stream())
            .flatMap(r -> r.cells().stream())
            .collect(Collectors.joining("\n"));
    assertThat(text).contains(HostileText.SCRIPT_MARK);
  }
}
