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
import dev.governance.core.model.GovernanceModel;
import dev.governance.testkit.junit.ForAll;
import dev.governance.testkit.junit.GovernanceProperty;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The published model and policy schemas checked by an independent JSON Schema validator
 * (networknt, draft 2020-12): saved models and policies conform, and the schemas reject what the
 * loaders reject.
 */
class PublishedSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final JsonSchema MODEL = FACTORY.getSchema(GovernanceJson.schema());
  private static final JsonSchema POLICY = FACTORY.getSchema(PolicyJson.schema());

  @GovernanceProperty(tries = 30)
  void savedModelsConformToTheModelSchema(@ForAll GovernanceModel model) {
    assertThat(MODEL.validate(read(GovernanceJson.toBytes(model)))).isEmpty();
  }

  @Test
  void theSchemaRejectsUnknownFieldsWrongTypesAndMissingRequiredFields() {
    assertThat(MODEL.validate(read("{\"name\": \"x\", \"colour\": 1}".getBytes()))).isNotEmpty();
    assertThat(MODEL.validate(read("{\"name\": 5}".getBytes()))).isNotEmpty();
    Set<ValidationMessage> missing =
        MODEL.validate(read("{\"name\": \"x\", \"people\": [{\"id\": \"ann\"}]}".getBytes()));
    assertThat(missing).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("name"));
    String counts =
        "{\"name\": \"x\", \"serviceCounts\": [{\"system\": \"s\", \"period\": %s,"
            + " \"requests\": 10, \"errors\": 1}]}";
    assertThat(MODEL.validate(read(String.format(counts, "\"2025-03\"").getBytes())))
        .as("a period may be written as its label")
        .isEmpty();
    assertThat(MODEL.validate(read(String.format(counts, "7").getBytes()))).isNotEmpty();
  }

  @Test
  void savedPoliciesConformToThePolicySchema() {
    assertThat(POLICY.validate(read(PolicyJson.toBytes(GovernancePolicy.builder().build()))))
        .isEmpty();
    qt().withExamples(30)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              byte[] json =
                  PolicyJson.toBytes(
                      new GovernancePolicyGenerator().generate(new SplittableRandom(seed)));
              assertThat(POLICY.validate(read(json))).isEmpty();
            });
  }

  @Test
  void thePolicySchemaRejectsUnknownFieldsWrongTypesAndUnknownConstants() {
    assertThat(POLICY.validate(read("{}".getBytes()))).isEmpty();
    Set<ValidationMessage> unknown =
        POLICY.validate(read("{\"raci\": {\"colour\": \"red\"}}".getBytes()));
    assertThat(unknown)
        .extracting(ValidationMessage::getMessage)
        .anyMatch(m -> m.contains("colour"));
    assertThat(POLICY.validate(read("{\"deadlines\": {}}".getBytes()))).isNotEmpty();
    assertThat(POLICY.validate(read("{\"horizonDays\": \"x\"}".getBytes()))).isNotEmpty();
    assertThat(POLICY.validate(read("{\"risk\": {\"reviewStage\": \"SOMETIMES\"}}".getBytes())))
        .isNotEmpty();
  }

  private static JsonNode read(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
