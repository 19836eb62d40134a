package dev.governance.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.governance.report.ReportFixtures;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The published report schema checked by an independent JSON Schema validator (networknt, draft
 * 2020-12): a rendered dashboard conforms.
 */
class ReportSchemaTest {

  @Test
  void renderedReportsConformToTheReportSchema() throws IOException {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(JsonRenderer.schema());
    byte[] json = JsonRenderer.render(ReportFixtures.dashboard().report());
    assertThat(schema.validate(new ObjectMapper().readTree(json))).isEmpty();
  }
}
