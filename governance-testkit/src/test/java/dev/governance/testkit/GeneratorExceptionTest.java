package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeneratorExceptionTest {

  @Test
  void carriesItsMessageAndIsUnchecked() {
    assertThat(new GeneratorException("cannot"))
        .isInstanceOf(RuntimeException.class)
        .hasMessage("cannot");
  }
}
