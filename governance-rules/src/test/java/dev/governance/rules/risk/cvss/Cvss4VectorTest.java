package dev.governance.rules.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import dev.governance.core.GovernanceValidationException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Cvss4VectorTest {

  private static final String BASE =
      "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

  /**
   * A random valid vector: every base metric, each other metric half the time (X included), in the
   * specification's order.
   */
  static String randomVector(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder vector = new StringBuilder("CVSS:4.0");
    for (Cvss4Metric metric : Cvss4Metric.values()) {
      if (metric.mandatory || random.nextBoolean()) {
        vector
            .append('/')
            .append(metric.name())
            .append(':')
            .append(metric.spelled(metric.codes.charAt(random.nextInt(metric.codes.length()))));
      }
    }
    return vector.toString();
  }

  @Test
  void parsesAndWritesTheCanonicalForm() {
    Cvss4Vector vector = Cvss4Vector.parse(BASE + "/E:X/CR:H/MSI:S/U:Amber");
    assertThat(vector.toString()).isEqualTo(BASE + "/CR:H/MSI:S/U:Amber");
    assertThat(vector.version()).isEqualTo("4.0");
    assertThat(vector.metric("U")).isEqualTo("Amber");
    assertThat(vector.metric("E")).isEqualTo("X");
    assertThat(vector.metric("AV")).isEqualTo("N");
    assertThat(vector.with("VC", "L").with("U", "Red").toString())
        .isEqualTo(
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:H/VA:H/SC:N/SI:N/SA:N/CR:H/MSI:S/U:Red");
  }

  @Test
  void namesTheScoreByTheMetricGroupsUsed() {
    assertThat(Cvss4Vector.parse(BASE).nomenclature()).isEqualTo("CVSS-B");
    assertThat(Cvss4Vector.parse(BASE + "/E:X/S:P").nomenclature()).isEqualTo("CVSS-B");
    assertThat(Cvss4Vector.parse(BASE + "/E:P").nomenclature()).isEqualTo("CVSS-BT");
    assertThat(Cvss4Vector.parse(BASE + "/MSA:S").nomenclature()).isEqualTo("CVSS-BE");
    assertThat(Cvss4Vector.parse(BASE + "/E:U/CR:L").nomenclature()).isEqualTo("CVSS-BTE");
  }

  @Test
  void parseThenCanonicalThenParseIsTheIdentity() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Cvss4Vector vector = Cvss4Vector.parse(randomVector(seed));
              assertThat(Cvss4Vector.parse(vector.toString())).isEqualTo(vector);
              assertThat(Cvss4Vector.parse(vector.toString()).toString())
                  .isEqualTo(vector.toString());
            });
  }

  @Test
  void malformedVectorsAreAlwaysRejectedWithAMessage() {
    qt().forAll(longs().all())
        .checkAssert(
            seed ->
                VectorMutations.rejectedOrCanonical(
                    VectorMutations.mutate(
                        randomVector(seed), seed, "CVS:4.01/AVNLPHUIRXEMCTWSDYGmber"),
                    Cvss4Vector::parse));
  }

  @Test
  void rejectsWithTheOffendingMetric() {
    assertThatThrownBy(() -> Cvss4Vector.parse("CVSS:3.1/AV:N"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: vector = 'CVSS:3.1/AV:N': expected a CVSS v4.0 vector"
                + " starting with CVSS:4.0/");
    assertThatThrownBy(
            () -> Cvss4Vector.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith("expected every base metric, but SA is missing");
    assertThatThrownBy(() -> Cvss4Vector.parse(BASE + "/E:A/E:P"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith("expected each metric once, but E is repeated");
    assertThatThrownBy(
            () ->
                Cvss4Vector.parse(
                    "CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith(
            "expected metrics in the specification's order, but AV comes after AC");
    assertThatThrownBy(() -> Cvss4Vector.parse(BASE + "/U:Red/E:A"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith("expected metrics in the specification's order, but E comes after U");
    assertThatThrownBy(() -> Cvss4Vector.parse(BASE.replace("AV:N", "AV:Q")))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith("expected AV to be one of N, A, L, P, not 'Q'");
    assertThatThrownBy(() -> Cvss4Vector.parse(BASE + "/U:Purple"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith("expected U to be one of X, Clear, Green, Amber, Red, not 'Purple'");
    assertThatThrownBy(() -> Cvss4Vector.parse(BASE + "/U:C"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith("expected U to be one of X, Clear, Green, Amber, Red, not 'C'");
    assertThatThrownBy(() -> Cvss4Vector.parse(BASE + "/MSC:S"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith("expected MSC to be one of X, H, L, N, not 'S'");
    assertThatThrownBy(() -> Cvss4Vector.parse(BASE + "/S:X/AB:C"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith("expected CVSS v4.0 metrics only, not 'AB'");
    assertThatThrownBy(() -> Cvss4Vector.parse(BASE + "/RL:X"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith("expected CVSS v4.0 metrics only, not 'RL'");
    // 'L', U+0141 and 'V' would make MAV's key if a name's characters were not kept to a byte each
    assertThatThrownBy(() -> Cvss4Vector.parse(BASE + "/L\u0141V:N"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith("expected CVSS v4.0 metrics only, not 'L\u0141V'");
    assertThatThrownBy(() -> Cvss4Vector.parse(BASE + "/MSIX:S"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith(
            "expected metrics written as NAME:VALUE and separated by '/', not 'MSIX:S'");
    assertThatThrownBy(() -> Cvss4Vector.parse(BASE + "/"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith("expected no '/' at the end");
    assertThatThrownBy(() -> Cvss4Vector.parse(BASE + "/E"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith(
            "expected metrics written as NAME:VALUE and separated by '/', not 'E'");
    assertThatThrownBy(() -> Cvss4Vector.parse(BASE.replace("SA:N", "SA:")))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageEndingWith("expected SA to be one of H, L, N, not ''");
  }

  @Test
  void rejectsUnknownMetricsAndValuesWhenReadOrChanged() {
    Cvss4Vector vector = Cvss4Vector.parse(BASE);
    assertThatThrownBy(() -> vector.with("VC", "S"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: metric = 'VC:S': expected a CVSS v4.0 metric and one of its"
                + " values");
    assertThatThrownBy(() -> vector.with("RL", "X"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: metric = 'RL:X': expected a CVSS v4.0 metric and one of its"
                + " values");
    assertThatThrownBy(() -> vector.metric("RL"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: metric = 'RL': expected a CVSS v4.0 metric abbreviation");
    assertThatThrownBy(() -> vector.metric(""))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: metric = '': expected a CVSS v4.0 metric abbreviation");
    assertThatThrownBy(() -> vector.metric("MSIX"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: metric = 'MSIX': expected a CVSS v4.0 metric abbreviation");
  }

  @Test
  void equalityIsByMetrics() {
    new EqualsTester()
        .addEqualityGroup(Cvss4Vector.parse(BASE), Cvss4Vector.parse(BASE + "/E:X/U:X"))
        .addEqualityGroup(Cvss4Vector.parse(BASE + "/U:Clear"))
        .addEqualityGroup(Cvss4Vector.parse(BASE.replace("SA:N", "SA:L")))
        .testEquals();
  }
}
