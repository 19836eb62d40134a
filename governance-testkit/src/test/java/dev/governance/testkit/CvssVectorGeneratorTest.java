package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CvssVectorGeneratorTest {

  private static final List<String> V31_ORDER =
      List.of(
          "AV", "AC", "PR", "UI", "S", "C", "I", "A", "E", "RL", "RC", "CR", "IR", "AR", "MAV",
          "MAC", "MPR", "MUI", "MS", "MC", "MI", "MA");
  private static final List<String> V40_ORDER =
      List.of(
          "AV", "AC", "AT", "PR", "UI", "VC", "VI", "VA", "SC", "SI", "SA", "E", "CR", "IR", "AR",
          "MAV", "MAC", "MAT", "MPR", "MUI", "MVC", "MVI", "MVA", "MSC", "MSI", "MSA", "S", "AU",
          "R", "V", "RE", "U");

  private static List<String> names(String vector) {
    return Arrays.stream(vector.substring(9).split("/"))
        .map(m -> m.substring(0, m.indexOf(':')))
        .collect(Collectors.toList());
  }

  @Test
  void theSimplestVectorsHoldTheBaseMetricsAtTheirFirstValues() {
    assertThat(CvssVectorGenerator.v31().generate(ChoiceRandom.replaying(new long[0])))
        .isEqualTo("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    assertThat(CvssVectorGenerator.v40().generate(ChoiceRandom.replaying(new long[0])))
        .isEqualTo("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H");
    assertThat(CvssVectorGenerator.v31().version()).isEqualTo("3.1");
    assertThat(CvssVectorGenerator.v40().baseOnly().version()).isEqualTo("4.0");
  }

  @Test
  void vectorsHoldEveryBaseMetricAndOthersInTheTablesOrder() {
    SplittableRandom random = new SplittableRandom(1);
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      List<String> v31 = names(CvssVectorGenerator.v31().generate(random));
      assertThat(v31).startsWith(V31_ORDER.subList(0, 8).toArray(String[]::new));
      assertThat(V31_ORDER).containsSubsequence(v31);
      List<String> v40 = names(CvssVectorGenerator.v40().generate(random));
      assertThat(v40).startsWith(V40_ORDER.subList(0, 11).toArray(String[]::new));
      assertThat(V40_ORDER).containsSubsequence(v40);
      seen.addAll(v40);
      assertThat(names(CvssVectorGenerator.v40().baseOnly().generate(random)))
          .isEqualTo(V40_ORDER.subList(0, 11));
    }
    assertThat(seen).containsAll(V40_ORDER);
  }

  @Test
  void theSameSeedGivesTheSameVectors() {
    Generator<List<String>> vectors = CvssVectorGenerator.v40().listOf(20);
    assertThat(vectors.generate(new SplittableRandom(7)))
        .isEqualTo(vectors.generate(new SplittableRandom(7)));
    Generator<List<InvalidCvssVector>> invalid = CvssVectorGenerator.v31().invalid().listOf(20);
    assertThat(invalid.generate(new SplittableRandom(7)))
        .isEqualTo(invalid.generate(new SplittableRandom(7)));
  }

  @Test
  void theSimplestInvalidVectorMissesItsFirstMetric() {
    InvalidCvssVector simplest =
        CvssVectorGenerator.v31().invalid().generate(ChoiceRandom.replaying(new long[0]));
    assertThat(simplest)
        .isEqualTo(
            new InvalidCvssVector(
                "CVSS:3.1/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                CvssDefect.MISSING_METRIC,
                "AV",
                ""));
  }

  @Test
  void eachDefectChangesTheVectorAsDocumented() {
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 200; i++) {
      InvalidCvssVector v =
          CvssVectorGenerator.v40().invalid(CvssDefect.DUPLICATED_METRIC).generate(random);
      assertThat(v.vector()).contains("/" + v.metric() + ":");
      assertThat(v.vector().length()).isGreaterThan(v.valid().length());
      v = CvssVectorGenerator.v31().invalid(CvssDefect.UNKNOWN_METRIC).generate(random);
      assertThat(V31_ORDER).doesNotContain(v.detail());
      assertThat(v.vector()).contains(v.detail() + ":N");
      v = CvssVectorGenerator.v40().invalid(CvssDefect.UNKNOWN_VALUE).generate(random);
      assertThat(v.vector()).contains(v.metric() + ":" + v.detail());
      v = CvssVectorGenerator.v31().invalid(CvssDefect.WRONG_PREFIX).generate(random);
      assertThat(v.vector()).startsWith(v.detail()).doesNotStartWith("CVSS:3.1/");
      v = CvssVectorGenerator.v31().invalid(CvssDefect.MISSING_PREFIX).generate(random);
      assertThat(v.vector()).isEqualTo(v.valid().substring(9));
      v = CvssVectorGenerator.v40().invalid(CvssDefect.TRAILING_SLASH).generate(random);
      assertThat(v.vector()).isEqualTo(v.valid() + "/");
      v = CvssVectorGenerator.v40().invalid(CvssDefect.OUT_OF_ORDER).generate(random);
      assertThat(v.vector()).contains(v.detail() + ":").contains("/" + v.metric() + ":");
      assertThat(v.vector().indexOf("/" + v.detail() + ":"))
          .isLessThan(v.vector().indexOf("/" + v.metric() + ":"));
      v = CvssVectorGenerator.v40().invalid(CvssDefect.MISSING_VALUE).generate(random);
      assertThat(v.vector() + "/").contains(v.metric() + ":/");
    }
  }

  @Test
  void aV31VectorCannotBeOutOfOrder() {
    assertThatThrownBy(() -> CvssVectorGenerator.v31().invalid(CvssDefect.OUT_OF_ORDER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "defect: expected a defect of a CVSS 3.1 vector, not OUT_OF_ORDER (CVSS v3.1 section"
                + " 6 allows the metrics in any order)");
  }
}
