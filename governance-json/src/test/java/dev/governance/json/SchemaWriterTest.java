package dev.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.party.Person;
import org.junit.jupiter.api.Test;

class SchemaWriterTest {

  @Test
  void writesADefinitionPerTypeWithRequiredFieldsAndNoOthers() {
    assertThat(SchemaWriter.schema(Person.class, "urn:p", "Person"))
        .isEqualTo(
            String.join(
                "\n",
                "{",
                "  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",",
                "  \"$id\": \"urn:p\",",
                "  \"title\": \"Person\",",
                "  \"$ref\": \"#/$defs/Person\",",
                "  \"$defs\": {",
                "    \"Person\": {",
                "      \"type\": \"object\",",
                "      \"additionalProperties\": false,",
                "      \"required\": [\"id\", \"name\"],",
                "      \"properties\": {",
                "        \"$schema\": {\"type\": \"string\"},",
                "        \"id\": {\"type\":\"string\"},",
                "        \"name\": {\"type\":\"string\"},",
                "        \"email\": {\"type\":\"string\"},",
                "        \"unit\": {\"type\":\"string\"}",
                "      }",
                "    }",
                "  }",
                "}",
                ""));
  }
}
