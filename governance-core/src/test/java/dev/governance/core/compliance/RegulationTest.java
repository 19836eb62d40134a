package dev.governance.core.compliance;

import static dev.governance.core.ValueContract.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.governance.core.ValueContract;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RegulationTest {

  @Test
  void wellKnownRegulationsHaveDistinctIds() {
    assertThat(
            Stream.of(
                    Regulation.GDPR,
                    Regulation.HIPAA,
                    Regulation.SOX,
                    Regulation.PCI_DSS,
                    Regulation.NIS2,
                    Regulation.DORA,
                    Regulation.CCPA,
                    Regulation.NYDFS,
                    Regulation.ISO_27001,
                    Regulation.COBIT)
                .map(Regulation::id))
        .doesNotHaveDuplicates()
        .hasSize(10);
    assertThat(Regulation.COBIT.kind()).isEqualTo(RegulationKind.FRAMEWORK);
    assertThat(Regulation.PCI_DSS.kind()).isEqualTo(RegulationKind.STANDARD);
    assertThat(Regulation.GDPR.kind()).isEqualTo(RegulationKind.LAW);
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            Regulation.GDPR, Regulation.of("GDPR", Regulation.GDPR.name(), RegulationKind.LAW))
        .addEqualityGroup(Regulation.of("GDPR", Regulation.GDPR.name(), RegulationKind.STANDARD))
        .addEqualityGroup(
            Regulation.of("LGPD", "Lei Geral de Proteção de Dados", RegulationKind.LAW))
        .testEquals();
  }

  @Test
  void rejectsBadInput() {
    rejects(
        () -> Regulation.of("", "X", RegulationKind.LAW),
        "Invalid governance data: id = '': expected an id of 1 to 128 letters, digits or . _ : / +"
            + " - starting with a letter or digit");
    rejects(
        () -> Regulation.of("X", " ", RegulationKind.LAW),
        "Invalid governance data: name = ' ': expected a non-blank text");
  }

  @Test
  void rejectsNulls() {
    ValueContract.nullTester().testAllPublicStaticMethods(Regulation.class);
    ValueContract.nullTester().testAllPublicInstanceMethods(Regulation.builder());
  }
}
