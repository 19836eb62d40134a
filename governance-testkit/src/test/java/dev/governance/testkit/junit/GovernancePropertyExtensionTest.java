package dev.governance.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.testkit.Generator;
import dev.governance.testkit.Generators;
import dev.governance.testkit.PropertyFailure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

class GovernancePropertyExtensionTest {

  static final List<String> EVENTS = new ArrayList<>();

  @ExtendWith(GovernancePropertyExtension.class)
  static class Mixed {
    @BeforeEach
    void before() {
      EVENTS.add("before");
    }

    @AfterEach
    void after() {
      EVENTS.add("after");
    }

    @Test
    void plain() {
      EVENTS.add("plain");
    }

    @GovernanceProperty(tries = 3)
    void property(@ForAll("ones") int one) {
      EVENTS.add("try " + one);
    }

    static Generator<Integer> ones() {
      return Generators.constant(1);
    }
  }

  @Test
  void aPlainTestRunsOnceAndAPropertyRunsEveryTryInsideOneLifecycle() {
    EVENTS.clear();
    assertThat(EngineRun.of(Mixed.class).succeeded()).isEqualTo(2);
    assertThat(String.join(",", EVENTS))
        .contains("before,plain,after")
        .contains("before,try 1,try 1,try 1,after");
  }

  static class Thrown {
    @GovernanceProperty(seed = 5, tries = 20)
    void property(@ForAll("numbers") int number) throws Exception {
      if (number >= 3) {
        throw new java.io.IOException("too large: " + number);
      }
    }

    static Generator<Integer> numbers() {
      return Generators.integers(0, 100);
    }
  }

  @Test
  void anExceptionFromTheMethodIsTheFailureUnwrappedAndShrunk() {
    PropertyFailure failure = (PropertyFailure) EngineRun.of(Thrown.class).failure();
    assertThat(failure.counterexample().value()).isEqualTo(List.of(3));
    assertThat(failure.getCause())
        .isInstanceOf(java.io.IOException.class)
        .hasMessage("too large: 3");
    assertThat(failure.getMessage())
        .startsWith("Property falsified on try ")
        .contains(
            " with seed 5 (rerun with @GovernanceProperty(seed = 5) or"
                + " -Dgovernance.testkit.seed=5), shrunk in ")
        .endsWith(
            "Counterexample:\nparameter 1 (int):\n3\nFailure: java.io.IOException: too large: 3");
  }
}
