package dev.governance.core.portfolio;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import dev.governance.core.service.ServiceTargets;
import org.junit.jupiter.api.Test;

class InformationSystemTest {

  static InformationSystem.Builder platform() {
    return InformationSystem.builder()
        .id("commerce")
        .name("Commerce platform")
        .criticality(Criticality.MISSION_CRITICAL);
  }

  @Test
  void holdsOwnerRegulationsAndVendor() {
    InformationSystem s =
        platform().owner("cy").addRegulations("GDPR", "PCI-DSS").vendor("Acme").build();
    assertThat(s.owner()).contains("cy");
    assertThat(s.regulations()).containsExactly("GDPR", "PCI-DSS");
    assertThat(s.vendor()).contains("Acme");
  }

  @Test
  void holdsOptionalServiceTargets() {
    ServiceTargets sla = ServiceTargets.builder().availability(99.95).mttrMinutes(240.0).build();
    assertThat(platform().build().serviceTargets()).isEmpty();
    assertThat(platform().serviceTargets(sla).build().serviceTargets()).contains(sla);
    assertThat(platform().build().withServiceTargets(sla)).isNotEqualTo(platform().build());
  }

  @Test
  void criticalityIsOrderedFromLeastToMost() {
    assertThat(Criticality.values())
        .containsExactly(
            Criticality.LOW, Criticality.MEDIUM, Criticality.HIGH, Criticality.MISSION_CRITICAL);
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(platform().build(), platform().build())
        .addEqualityGroup(platform().owner("cy").build())
        .addEqualityGroup(
            InformationSystem.builder()
                .id("commerce")
                .name("Commerce platform")
                .criticality(Criticality.LOW)
                .build())
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> platform().addRegulations("GDPR", "GDPR").build(),
        "Invalid governance data: regulations[1] = 'GDPR': expected no repeated entries");
    rejects(
        () -> platform().vendor(" ").build(),
        "Invalid governance data: vendor = ' ': expected a non-blank text");
    rejects(
        () -> InformationSystem.builder().id("s").name("S").build(),
        "Invalid governance data: criticality = <missing>: expected a value (required attribute)");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicInstanceMethods(InformationSystem.builder());
    ValueContract.nullTester().testAllPublicInstanceMethods(platform().build());
  }
}
