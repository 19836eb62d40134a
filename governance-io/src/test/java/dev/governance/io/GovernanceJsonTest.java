package dev.governance.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.raci.RaciCell;
import dev.governance.core.risk.Risk;
import dev.governance.core.time.ReportingPeriod;
import dev.governance.testkit.GovernanceModelGenerator;
import dev.governance.testkit.ModelSize;
import dev.governance.testkit.junit.ForAll;
import dev.governance.testkit.junit.GovernanceProperty;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GovernanceJsonTest {

  private static final String MINIMAL = "{\n  \"name\": \"Omni\"\n}\n";

  @GovernanceProperty(tries = 60)
  void saveThenLoadGivesAnEqualModelForGeneratedModels(@ForAll GovernanceModel model) {
    byte[] json = GovernanceJson.toBytes(model);
    GovernanceModel loaded = GovernanceJson.load("model.json", json);
    assertThat(loaded).isEqualTo(model);
    assertThat(GovernanceJson.toBytes(loaded)).isEqualTo(json);
  }

  @Test
  void theGeneratedRecordsRoundTripLosslessly() {
    // every kind of record the testkit makes, in larger models than the property above: cost
    // reports with whole and cent amounts, outages, incidents (open, with milliseconds), request
    // counts above 2^31, loss specs as written, actions, risk target dates, service targets and
    // derived KPIs
    boolean wide = false;
    for (long seed = 1; seed <= 20; seed++) {
      GovernanceModel model =
          GovernanceModelGenerator.of(ModelSize.scaled(2)).generate(new SplittableRandom(seed));
      assertThat(model.costReports()).isNotEmpty();
      assertThat(model.outages()).isNotEmpty();
      assertThat(model.incidents()).isNotEmpty();
      assertThat(model.serviceCounts()).isNotEmpty();
      assertThat(model.lossScenarios()).isNotEmpty();
      assertThat(model.mitigationActions()).isNotEmpty();
      assertThat(model.systems()).anyMatch(s -> s.serviceTargets().isPresent());
      assertThat(model.kpis()).anyMatch(k -> k.source().isPresent());
      byte[] json = GovernanceJson.toBytes(model);
      GovernanceModel loaded = GovernanceJson.load("model.json", json);
      assertThat(loaded).isEqualTo(model);
      assertThat(GovernanceJson.toBytes(loaded)).isEqualTo(json);
      wide |= model.serviceCounts().stream().anyMatch(c -> c.requests() > Integer.MAX_VALUE);
    }
    assertThat(wide).as("a request count above 2^31 among the models").isTrue();
  }

  @Test
  void aMinimalModelNeedsOnlyItsName() {
    GovernanceModel model = GovernanceJson.load("m.json", MINIMAL.getBytes(UTF_8));
    assertThat(model.name()).isEqualTo("Omni");
    assertThat(model.risks()).isEmpty();
  }

  @Test
  void savedDocumentsNameTheirSchemaAndListFieldsInStableOrder() {
    String json =
        new String(
            GovernanceJson.toBytes(GovernanceJson.load("m.json", MINIMAL.getBytes(UTF_8))), UTF_8);
    assertThat(json)
        .startsWith(
            "{\n  \"$schema\" : \"" + GovernanceJson.SCHEMA_ID + "\",\n  \"name\" : \"Omni\",\n");
    assertThat(json).endsWith("}\n");
  }

  @Test
  void thePublishedSchemaIsTheOneTheLoaderFollows() throws IOException {
    SchemaFiles.assertPublished(GovernanceJson.SCHEMA_RESOURCE, GovernanceJson.schema());
  }

  @Test
  void unknownFieldsAreRejectedWithTheirPathAndLocation() {
    String json =
        "{\n"
            + "  \"name\": \"Omni\",\n"
            + "  \"people\": [{\"id\": \"ann\", \"name\": \"Ann\", \"colour\": \"red\"}]\n"
            + "}";
    assertThatThrownBy(() -> GovernanceJson.load("model.json", json.getBytes(UTF_8)))
        .isInstanceOf(LoadException.class)
        .hasMessage(
            "model.json:3:43: $.people[0].colour: unknown field; expected one of the fields of"
                + " Person: id, name, email, unit");
  }

  @Test
  void valuesOfTheWrongTypeNameTheExpectedType() {
    assertProblem("{\"name\": 5}", "m.json:1:10: $.name: expected a string, but found 5");
    assertProblem(
        "{\"name\": \"x\", \"people\": {}}",
        "m.json:1:25: $.people: expected a JSON array, but found an object");
    assertProblem(
        "{\"name\": null}",
        "m.json:1:10: $.name: expected a string, but found null (leave the field out instead)");
    assertProblem(
        "[]", "m.json:1:1: $: expected a JSON object (GovernanceModel), but found an array");
    assertProblem("", "m.json:1:1: $: expected a JSON object, but found nothing");
    assertProblem(
        "{\"name\": \"x\"} {}",
        "m.json:1:15: $: expected the end of the document after the root object, but found an"
            + " object");
  }

  @Test
  void malformedJsonGivesTheParsersMessageWithALocation() {
    assertThatThrownBy(() -> GovernanceJson.load("m.json", "{\"name\": \"x\",}".getBytes(UTF_8)))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith("m.json:1:14: $: Unexpected character ('}'");
  }

  @Test
  void duplicateFieldsAreRejectedListsIncluded() {
    assertProblem(
        "{\"name\": \"x\", \"name\": \"y\"}",
        "m.json:1:15: $.name: duplicate field; expected each field once in an object");
    assertProblem(
        "{\"name\": \"x\", \"people\": [], \"people\": []}",
        "m.json:1:29: $.people: duplicate field; expected each field once in an object");
    assertProblem(
        "{\"$schema\": \"s\", \"$schema\": \"s\", \"name\": \"x\"}",
        "m.json:1:18: $.$schema: duplicate field; expected each field once in an object");
  }

  @Test
  void periodsMayBeWrittenAsCalendarLabelsAndAreSavedAsObjects() {
    String json =
        "{\"name\": \"x\", \"perspectives\": [{\"id\": \"f\", \"name\": \"F\"}],\n"
            + " \"kpis\": [{\"id\": \"k\", \"name\": \"K\", \"unit\": \"%\", \"direction\":"
            + " \"HIGHER_IS_BETTER\", \"target\": 1, \"perspective\": \"f\", \"aggregation\":"
            + " \"LAST\", \"updateFrequency\": \"MONTHLY\"}],\n"
            + " \"observations\": [{\"kpi\": \"k\", \"period\": \"2025-03\", \"value\": 1},"
            + " {\"kpi\": \"k\", \"period\": \"2025-Q2\", \"value\": 2}]}";
    GovernanceModel model = GovernanceJson.load("m.json", json.getBytes(UTF_8));
    assertThat(model.observations().get(0).period())
        .isEqualTo(ReportingPeriod.month(YearMonth.of(2025, 3)));
    assertThat(model.observations().get(1).period()).hasToString("2025-Q2");
    String saved = new String(GovernanceJson.toBytes(model), UTF_8);
    assertThat(saved).contains("\"kind\" : \"MONTH\"").doesNotContain("\"2025-03\"");
    assertThat(GovernanceJson.load("saved.json", saved.getBytes(UTF_8))).isEqualTo(model);
    assertProblem(
        json.replace("2025-Q2", "2025-13"),
        "m.json:3:89: $.observations[1].period: found '2025-13', expected a calendar month such"
            + " as 2025-03, a quarter 2025-Q1, a half 2025-H2 or a year 2025");
    assertProblem(
        json.replace("\"2025-Q2\"", "7"),
        "m.json:3:89: $.observations[1].period: expected text or a JSON object (ReportingPeriod),"
            + " but found 7");
  }

  /** Found by fuzzing: bytes the parser took for UTF-32 escaped as an IllegalStateException. */
  @Test
  void bytesThatAreNotUtf8JsonAreALocatedLoadError() {
    byte[] utf32 = {0, 0, 0, '{', 0x21, (byte) 0xfe, 0, 0};
    assertThatThrownBy(() -> GovernanceJson.load("m.json", utf32))
        .isInstanceOf(LoadException.class)
        .hasMessage(
            "m.json:1:6: $: expected JSON text in UTF-8, but found the byte 0xFE at byte 6, which"
                + " is not UTF-8 there");
    byte[] ucs4 = {0, ')', 0, 0, 0, 0, '"', 'n'};
    assertThatThrownBy(() -> GovernanceJson.load("m.json", ucs4))
        .isInstanceOf(LoadException.class)
        .hasMessage(
            "m.json:1:1: $: expected JSON text in UTF-8, but Unsupported UCS-4 endianness (3412)"
                + " detected");
  }

  /**
   * Issue 20, point 10: an overlong UTF-8 form, a NUL and a lone surrogate were read into the
   * model, where no renderer could write them back as the same text.
   */
  @Test
  void overlongUtf8NulAndLoneSurrogatesAreLocatedLoadErrors() {
    byte[] overlong = {
      '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', 'a', (byte) 0xc0, (byte) 0xaf, '"', '}'
    };
    assertThatThrownBy(() -> GovernanceJson.load("m.json", overlong))
        .isInstanceOf(LoadException.class)
        .hasMessage(
            "m.json:1:11: $: expected JSON text in UTF-8, but found the byte 0xC0 at byte 11, which"
                + " is not UTF-8 there");
    assertProblem(
        "{\"name\": \"a\\u0000b\"}",
        "m.json:1:10: $.name: expected text without NUL characters or unpaired surrogates, but"
            + " found U+0000 at character 2");
    assertProblem(
        "{\"name\": \"x\",\n \"people\": [{\"id\": \"ann\", \"name\": \"A\\ud800n\"}]}",
        "m.json:2:35: $.people[0].name: expected text without NUL characters or unpaired"
            + " surrogates, but found U+D800 at character 2");
    assertThat(
            GovernanceJson.load("m.json", "{\"name\": \"\\ud83d\\ude00 ok\"}".getBytes(UTF_8))
                .name())
        .as("a surrogate pair is one character, and welcome")
        .isEqualTo("\uD83D\uDE00 ok");
  }

  @Test
  void valuesTheModelRejectsAreReportedAtTheirPath() {
    String json = "{\"name\": \"x\",\n \"people\": [\n  {\"id\": \"ann\", \"name\": \" \"}]}";
    assertProblem(json, "m.json:3:25: $.people[0].name: found ' ', expected a non-blank text");
  }

  @Test
  void aKpiScoredFromABaselineEqualToItsTargetIsRejectedAtItsBaseline() {
    String json =
        "{\"name\": \"x\",\n"
            + " \"perspectives\": [{\"id\": \"ops\", \"name\": \"Ops\"}],\n"
            + " \"kpis\": [\n"
            + "  {\"id\": \"resolution\", \"name\": \"Resolution\", \"unit\": \"min\","
            + " \"direction\": \"LOWER_IS_BETTER\", \"baseline\": 45, \"target\": 45,"
            + " \"perspective\": \"ops\", \"aggregation\": \"LAST\", \"updateFrequency\":"
            + " \"MONTHLY\"}]}";
    assertProblem(
        json,
        "m.json:4:105: $.kpis[0].baseline: found 45.0, expected a value other than the target"
            + " 45.0: without a minimum and maximum, a KPI is scored by its progress from the"
            + " baseline to the target");
  }

  @Test
  void datesAndInstantsOutsideTheYears1To9999AreRejectedAtTheirPath() {
    assertProblem(
        "{\"name\": \"x\", \"asOf\": \"+999999999-12-31\"}",
        "m.json:1:23: $.asOf: expected an ISO-8601 date in the years 1 to 9999, such as"
            + " 2026-03-31, but found '+999999999-12-31'");
    assertProblem(
        "{\"name\": \"x\", \"asOf\": \"0000-01-01\"}",
        "m.json:1:23: $.asOf: expected an ISO-8601 date in the years 1 to 9999, such as"
            + " 2026-03-31, but found '0000-01-01'");
  }

  @Test
  void missingRequiredFieldsAreReportedAtTheObjectThatLacksThem() {
    assertProblem(
        "{\"name\": \"x\", \"people\": [{\"id\": \"ann\"}]}",
        "m.json:1:26: $.people[0].name: found <missing>, expected a value (required attribute)");
  }

  @Test
  void danglingReferencesAreReportedAtTheReference() {
    String json =
        "{\"name\": \"x\",\n \"roles\": [{\"id\": \"owner\", \"name\": \"Owner\"}],\n"
            + " \"roleAssignments\": [{\"role\": \"owner\", \"people\": [\"bob\"]}]}";
    LoadException e = load(json);
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).toString())
        .isEqualTo(
            "m.json:3:51: $.roleAssignments[0].people[0]: found 'bob', expected the id of a defined"
                + " person");
  }

  @GovernanceProperty(tries = 20)
  void streamsAndReadersLoadWhatTheBytesLoad(@ForAll GovernanceModel model) {
    byte[] json = GovernanceJson.toBytes(model);
    assertThat(GovernanceJson.load("m.json", new ByteArrayInputStream(json))).isEqualTo(model);
    assertThat(GovernanceJson.load("m.json", new StringReader(new String(json, UTF_8))))
        .isEqualTo(model);
  }

  /**
   * Every kind of error, from bytes, a stream of them and a reader of their text, word for word.
   */
  @Test
  void streamsAndReadersGiveTheErrorsTheBytesGive() {
    List<String> documents =
        List.of(
            "{\"name\": 5}",
            "{\"name\": \"é\", \"people\": {}}",
            "{\"name\": \"Ünïcödé 项目\",\n \"people\": [{\"id\": \"ann\", \"name\": \"Ann\","
                + " \"colour\": \"red\"}]}",
            "{\"name\": \"x\",}",
            "{\"name\": \"a\\u0000b\"}",
            "{\"name\": \"€\",\n \"people\": [\n  {\"id\": \"ann\", \"name\": \" \"}]}",
            "{\"name\": \"x\",\n \"roles\": [{\"id\": \"owner\", \"name\": \"Owner\"}],\n"
                + " \"roleAssignments\": [{\"role\": \"owner\", \"people\": [\"bob\"]}]}",
            "\uFEFF{\"name\": 5}",
            "{\"name\": \"x\"}\uFEFF",
            "",
            "{\"name\": \"x\"} {}");
    for (String document : documents) {
      String expected = load(document).getMessage();
      byte[] bytes = document.getBytes(UTF_8);
      assertThatThrownBy(() -> GovernanceJson.load("m.json", new ByteArrayInputStream(bytes)))
          .as(document)
          .isInstanceOf(LoadException.class)
          .hasMessage(expected);
      assertThatThrownBy(() -> GovernanceJson.load("m.json", new StringReader(document)))
          .as(document)
          .isInstanceOf(LoadException.class)
          .hasMessage(expected);
    }
    assertThat(load("\uFEFF{\"name\": 5}"))
        .as("columns count the byte-order mark's three bytes, as the parser does")
        .hasMessage("m.json:1:13: $.name: expected a string, but found 5");
    assertThat(load("{\"name\": \"€\", \"people\": {}}"))
        .as("columns count UTF-8 bytes")
        .hasMessage("m.json:1:27: $.people: expected a JSON array, but found an object");
  }

  @Test
  void aByteOrderMarkStartsADocumentInEveryForm() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] json = new byte[bom.length + MINIMAL.length()];
    System.arraycopy(bom, 0, json, 0, bom.length);
    System.arraycopy(MINIMAL.getBytes(UTF_8), 0, json, bom.length, MINIMAL.length());
    GovernanceModel model = GovernanceJson.load("m.json", MINIMAL.getBytes(UTF_8));
    assertThat(GovernanceJson.load("m.json", json)).isEqualTo(model);
    assertThat(GovernanceJson.load("m.json", new ByteArrayInputStream(json))).isEqualTo(model);
    assertThat(GovernanceJson.load("m.json", new StringReader("\uFEFF" + MINIMAL)))
        .isEqualTo(model);
  }

  @Test
  void anUnpairedSurrogateFromAReaderIsALocatedError() {
    assertThatThrownBy(
            () -> GovernanceJson.load("m.json", new StringReader("{\"name\": \"\uD800x\"}")))
        .isInstanceOf(LoadException.class)
        .hasMessage(
            "m.json:1:11: $: expected text of Unicode characters, but found the unpaired surrogate"
                + " U+D800 at character 11, which has no UTF-8 form");
    assertThatThrownBy(
            () -> GovernanceJson.load("m.json", new StringReader("{\"name\":\n \"€\uDC00\"}")))
        .as("the column counts the UTF-8 bytes of the line before it")
        .isInstanceOf(LoadException.class)
        .hasMessage(
            "m.json:2:6: $: expected text of Unicode characters, but found the unpaired surrogate"
                + " U+DC00 at character 13, which has no UTF-8 form");
    assertThatThrownBy(() -> GovernanceJson.load("m.json", new StringReader("{\"name\": \"\uD83D")))
        .as("a high surrogate that the text ends after")
        .isInstanceOf(LoadException.class)
        .hasMessageEndingWith(
            "found the unpaired surrogate U+D83D at character 11, which has no" + " UTF-8 form");
  }

  @Test
  void aStreamLongerThanTheLimitFailsAtItsFirstByteOverHavingReadNoFurther() {
    Endless spaces = new Endless();
    assertThatThrownBy(() -> GovernanceJson.load("big.json", spaces))
        .isInstanceOf(LoadException.class)
        .hasMessage(
            "big.json:1:268435457: $: expected a JSON document of at most 268435456 bytes, but"
                + " found more: byte 268435457 is here");
    assertThat(spaces.served).isEqualTo(GovernanceJson.MAX_DOCUMENT_BYTES + 1L);
  }

  @Test
  void aReaderWhoseTextIsLongerThanTheLimitInUtf8FailsAtItsFirstByteOver() {
    // 2-byte characters: the limit counts the UTF-8 bytes, not the characters
    Reader accents =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, 'é');
            return length;
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> GovernanceJson.load("big.json", accents))
        .isInstanceOf(LoadException.class)
        .hasMessage(
            "big.json:1:268435457: $: expected a JSON document of at most 268435456 bytes, but"
                + " found more: byte 268435457 is here");
  }

  @Test
  void bytesAndFilesLongerThanTheLimitFailAsAStreamDoes(@TempDir Path dir) throws IOException {
    String expected =
        "1:268435457: $: expected a JSON document of at most 268435456 bytes, but found more:"
            + " byte 268435457 is here";
    assertThatThrownBy(
            () -> GovernanceJson.load("big.json", new byte[GovernanceJson.MAX_DOCUMENT_BYTES + 1]))
        .isInstanceOf(LoadException.class)
        .hasMessage("big.json:" + expected);
    Path file = dir.resolve("big.json");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(2L * GovernanceJson.MAX_DOCUMENT_BYTES);
    }
    assertThatThrownBy(() -> GovernanceJson.load(file))
        .isInstanceOf(LoadException.class)
        .hasMessage(file + ":" + expected);
  }

  @Test
  void aStreamThatFailsIsAnUncheckedIoErrorNamingTheSource() {
    IOException broken = new IOException("connection reset");
    InputStream failing =
        new InputStream() {
          private boolean served;

          @Override
          public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            if (served) {
              throw broken;
            }
            served = true;
            buffer[offset] = '{';
            return 1;
          }
        };
    assertThatThrownBy(() -> GovernanceJson.load("request body", failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read request body")
        .hasCause(broken);
    Reader failingReader =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw broken;
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> GovernanceJson.load("request body", failingReader))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read request body")
        .hasCause(broken);
  }

  @Test
  void readsAValueFromACallersParserLeavingItAtTheValuesEnd() throws IOException {
    GovernanceModel model = GovernanceModelGenerator.small().generate(new SplittableRandom(9));
    byte[] json = GovernanceJson.toBytes(model);
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      assertThat(GovernanceJson.read("m.json", parser, GovernanceModel.class)).isEqualTo(model);
      assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
      assertThat(parser.nextToken()).isNull();
    }
    String risks = "[" + new String(json, UTF_8).split("\"risks\" : \\[", 2)[1];
    try (JsonParser parser = new JsonFactory().createParser(risks)) {
      parser.nextToken();
      parser.nextToken();
      assertThat(GovernanceJson.read("m.json", parser, Risk.class)).isEqualTo(model.risks().get(0));
      assertThat(parser.nextToken()).isIn(JsonToken.START_OBJECT, JsonToken.END_ARRAY);
    }
    try (JsonParser parser = new JsonFactory().createParser("\"a/r\"")) {
      assertThat(GovernanceJson.read("m.json", parser, RaciCell.class))
          .isEqualTo(RaciCell.parse("A/R"));
    }
  }

  @Test
  void aCallersParserGivesTheLoadersErrorsButPlacesRejectedValuesAtTheirObject() {
    assertThatThrownBy(() -> readFromParser("{\"name\": 5}"))
        .isInstanceOf(LoadException.class)
        .hasMessage("m.json:1:10: $.name: expected a string, but found 5");
    assertThatThrownBy(() -> readFromParser(""))
        .isInstanceOf(LoadException.class)
        .hasMessage("m.json:1:1: $: expected a JSON value, but found nothing");
    assertThatThrownBy(
            () ->
                readFromParser(
                    "{\"name\": \"x\",\n \"people\": [\n  {\"id\": \"a\", \"name\": \" \"}]}"))
        .isInstanceOf(LoadException.class)
        .hasMessage("m.json:3:3: $.people[0].name: found ' ', expected a non-blank text");
    assertThatThrownBy(() -> readFromParser("{\"name\": \"x\",}"))
        .as("malformed JSON is the parser's own exception")
        .isInstanceOf(JsonParseException.class);
  }

  private static GovernanceModel readFromParser(String json) throws IOException {
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      return GovernanceJson.read("m.json", parser, GovernanceModel.class);
    }
  }

  /** Spaces without end, counting how many were read. */
  private static final class Endless extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return ' ';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      Arrays.fill(buffer, offset, offset + length, (byte) ' ');
      served += length;
      return length;
    }
  }

  private static void assertProblem(String json, String expected) {
    assertThat(load(json).getMessage()).isEqualTo(expected);
  }

  private static LoadException load(String json) {
    try {
      var unused = GovernanceJson.load("m.json", json.getBytes(UTF_8));
    } catch (LoadException e) {
      return e;
    }
    throw new AssertionError("expected a LoadException for " + json);
  }
}
