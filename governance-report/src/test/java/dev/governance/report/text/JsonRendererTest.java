package dev.governance.report.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.json.ModelWriter;
import dev.governance.report.Report;
import dev.governance.report.Section;
import dev.governance.report.TableTest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

  @Test
  void writesThroughAGivenGeneratorWhatItRendersTextMadeWellFormed() throws Exception {
    Report report =
        Report.builder()
            .title("R\u0000")
            .asOf(LocalDate.of(2026, 1, 1))
            .addSections(Section.builder().id("s").title("S").addBlocks(TableTest.sample()).build())
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.setPrettyPrinter(ModelWriter.documentPrinter());
      JsonRenderer.write(report, g);
    }
    out.write('\n');
    assertThat(out.toByteArray()).isEqualTo(JsonRenderer.render(report));
    assertThat(out.toString(UTF_8)).contains("\"title\" : \"R\uFFFD\"");
  }

  @Test
  void rendersBlocksWithTheirTypeFirst() {
    Report report =
        Report.builder()
            .title("R")
            .asOf(LocalDate.of(2026, 1, 1))
            .addSections(Section.builder().id("s").title("S").addBlocks(TableTest.sample()).build())
            .build();
    String json = new String(JsonRenderer.render(report), UTF_8);
    assertThat(json)
        .isEqualTo(
            String.join(
                "\n",
                "{",
                "  \"$schema\" : \"" + JsonRenderer.SCHEMA_ID + "\",",
                "  \"asOf\" : \"2026-01-01\",",
                "  \"sections\" : [",
                "    {",
                "      \"id\" : \"s\",",
                "      \"blocks\" : [",
                "        {",
                "          \"type\" : \"Table\",",
                "          \"id\" : \"t\",",
                "          \"columns\" : [",
                "            \"Role\",",
                "            \"Person\"",
                "          ],",
                "          \"note\" : \"Two roles.\",",
                "          \"rows\" : [",
                "            {",
                "              \"cells\" : [",
                "                \"Owner\",",
                "                \"Ann\"",
                "              ],",
                "              \"tone\" : \"NEUTRAL\"",
                "            },",
                "            {",
                "              \"cells\" : [",
                "                \"Lead\",",
                "                \"Bo\"",
                "              ],",
                "              \"tone\" : \"CRITICAL\"",
                "            }",
                "          ],",
                "          \"title\" : \"Owners\"",
                "        }",
                "      ],",
                "      \"title\" : \"S\"",
                "    }",
                "  ],",
                "  \"title\" : \"R\"",
                "}",
                ""));
  }

  @Test
  void thePublishedSchemaIsTheOneTheRendererFollows() throws Exception {
    try (InputStream published =
        JsonRenderer.class.getResourceAsStream(JsonRenderer.SCHEMA_RESOURCE)) {
      assertThat(published).as("schema resource").isNotNull();
      assertThat(new String(published.readAllBytes(), UTF_8)).isEqualTo(JsonRenderer.schema());
    }
    assertThat(JsonRenderer.schema())
        .contains("\"type\": {\"const\": \"HeatMap\"}")
        .contains("\"oneOf\": [");
  }

  @Test
  void nulAndUnpairedSurrogatesAreReplacementCharactersAndOtherTextIsKept() throws Exception {
    Report report =
        Report.builder()
            .title("nul\u0000 \uD800 \uD83D\uDE00 \u001b \u2028 \"\\")
            .asOf(LocalDate.of(2026, 1, 1))
            .build();
    String json = new String(JsonRenderer.render(report), UTF_8);
    assertThat(json).contains("\"title\" : \"nul\uFFFD \uFFFD ");
    assertThat(new ObjectMapper().readTree(json).get("title").textValue())
        .isEqualTo("nul\uFFFD \uFFFD \uD83D\uDE00 \u001b \u2028 \"\\");
  }
}
