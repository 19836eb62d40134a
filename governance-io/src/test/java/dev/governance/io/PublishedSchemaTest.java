package dev.governance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.governance.testkit.GovernanceModelGenerator;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The published model schema checked by an independent JSON Schema validator (networknt, draft
 * 2020-12): saved models conform, and the schema rejects what the loader rejects.
 */
class PublishedSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final JsonSchema MODEL = FACTORY.getSchema(GovernanceJson.schema());

  @Test
  void savedModelsConformToTheModelSchema() {
    qt().withExamples(30)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              byte[] json =
                  GovernanceJson.toBytes(
                      GovernanceModelGenerator.small().generate(new SplittableRandom(seed)));
              assertThat(MODEL.validate(read(json))).isEmpty();
            });
  }

  @Test
  void theSchemaRejectsUnknownFieldsWrongTypesAndMissingRequiredFields() {
    assertThat(MODEL.validate(read("{\"name\": \"x\", \"colour\": 1}".getBytes()))).isNotEmpty();
    assertThat(MODEL.validate(read("{\"name\": 5}".getBytes()))).isNotEmpty();
    Set<ValidationMessage> missing =
        MODEL.validate(read("{\"name\": \"x\", \"people\": [{\"id\": \"ann\"}]}".getBytes()));
    assertThat(missing).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("name"));
  }

  private static JsonNode read(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
