package dev.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.party.Person;
import org.junit.jupiter.api.Test;

class AttributeTest {

  @Test
  void getsAndSetsThroughTheValueAndItsBuilder() {
    ValueShape shape = ValueShape.of(Person.class);
    Object builder = shape.newBuilder();
    shape.attribute("id").set(builder, "ann");
    shape.attribute("name").set(builder, "Ann");
    Object person = shape.build(builder);
    assertThat(shape.attribute("name").get(person)).isEqualTo("Ann");
  }

  @Test
  void rethrowsWhatTheBuilderThrowsUnwrapped() {
    ValueShape shape = ValueShape.of(Person.class);
    Object builder = shape.newBuilder();
    shape.attribute("id").set(builder, "not an id");
    shape.attribute("name").set(builder, "Ann");
    assertThatThrownBy(() -> shape.build(builder))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageStartingWith("Invalid governance data: id = 'not an id'");
  }
}
