package dev.governance.rules.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import dev.governance.core.GovernanceValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Cvss3VectorTest {

  /** A random valid vector: every base metric, some others, in a shuffled order. */
  static String randomVector(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> parts = new ArrayList<>();
    for (Cvss3Metric metric : Cvss3Metric.values()) {
      if (metric.mandatory || random.nextBoolean()) {
        parts.add(
            metric.name() + ":" + metric.values.charAt(random.nextInt(metric.values.length())));
      }
    }
    Collections.shuffle(parts, new Random(seed));
    return (random.nextBoolean() ? "CVSS:3.1/" : "CVSS:3.0/") + String.join("/", parts);
  }

  @Test
  void parsesInAnyOrderAndWritesTheCanonicalForm() {
    Cvss3Vector vector =
        Cvss3Vector.parse("CVSS:3.1/C:H/AV:N/AC:L/PR:N/UI:N/S:U/I:H/A:H/E:X/MAV:L");
    assertThat(vector.toString()).isEqualTo("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MAV:L");
    assertThat(vector.version()).isEqualTo("3.1");
    assertThat(vector.with("C", 'N').toString())
        .isEqualTo("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H/MAV:L");
  }

  @Test
  void parseThenCanonicalThenParseIsTheIdentity() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Cvss3Vector vector = Cvss3Vector.parse(randomVector(seed));
              assertThat(Cvss3Vector.parse(vector.toString())).isEqualTo(vector);
            });
  }

  @Test
  void malformedVectorsAreAlwaysRejectedWithAMessage() {
    qt().forAll(longs().all())
        .checkAssert(
            seed ->
                VectorMutations.rejectedOrCanonical(
                    VectorMutations.mutate(randomVector(seed), seed, "CVS:3.01/AVNLPHUIRXEMCTW"),
                    Cvss3Vector::parse));
  }

  @Test
  void rejectsWithTheOffendingMetric() {
    assertThatThrownBy(() -> Cvss3Vector.parse("CVSS:2.0/AV:N"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: vector = 'CVSS:2.0/AV:N': expected a CVSS v3 vector starting"
                + " with CVSS:3.0/ or CVSS:3.1/");
    assertThatThrownBy(() -> Cvss3Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith("expected every base metric, but A is missing");
    assertThatThrownBy(() -> Cvss3Vector.parse("CVSS:3.1/AV:N/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith("expected each metric once, but AV is repeated");
    assertThatThrownBy(() -> Cvss3Vector.parse("CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith("expected AV to be one of N, A, L, P, not 'Q'");
    assertThatThrownBy(() -> Cvss3Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AT:N"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith("expected CVSS v3 metrics only, not 'AT'");
    // 'L', U+0141 and 'V' would make MAV's key if a name's characters were not kept to a byte each
    assertThatThrownBy(
            () -> Cvss3Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/L\u0141V:N"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith("expected CVSS v3 metrics only, not 'L\u0141V'");
    assertThatThrownBy(() -> Cvss3Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:HH"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith(
            "expected metrics written as NAME:VALUE and separated by '/', not 'A:HH'");
    assertThatThrownBy(() -> Cvss3Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith("expected no '/' at the end");
    assertThatThrownBy(
            () -> Cvss3Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").with("C", 'Q'))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: metric = 'C:Q': expected a CVSS v3 metric and one of its"
                + " values");
  }

  @Test
  void equalityIsByVersionAndMetrics() {
    new EqualsTester()
        .addEqualityGroup(
            Cvss3Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
            Cvss3Vector.parse("CVSS:3.1/AC:L/AV:N/PR:N/UI:N/S:U/C:H/I:H/A:H/E:X"))
        .addEqualityGroup(Cvss3Vector.parse("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))
        .addEqualityGroup(Cvss3Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:L"))
        .testEquals();
  }
}
