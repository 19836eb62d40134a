package dev.governance.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.party.Person;
import dev.governance.core.risk.Risk;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** The shared Immutables style: what users see of every domain value. */
class DomainStyleTest {

  @Test
  void valuesArePublicFinalClassesNamedForTheDomain() {
    assertThat(Modifier.isPublic(Risk.class.getModifiers())).isTrue();
    assertThat(Modifier.isFinal(Risk.class.getModifiers())).isTrue();
    assertThat(Risk.class.getSimpleName()).isEqualTo("Risk");
  }

  @Test
  void buildersAreStrict() {
    assertThatThrownBy(() -> Person.builder().id("a").id("b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("strict");
  }

  @Test
  void missingRequiredAttributesAreValidationErrors() {
    assertThatThrownBy(() -> Person.builder().build())
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data, 2 violations:\n"
                + "  - id = <missing>: expected a value (required attribute)\n"
                + "  - name = <missing>: expected a value (required attribute)");
  }
}
