package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CvssDefectTest {

  @Test
  void theSimplestDefectComesFirst() {
    assertThat(CvssDefect.values()[0]).isEqualTo(CvssDefect.MISSING_METRIC);
  }

  @Test
  void everyDefectIsGeneratedForV40AndAllButOrderForV31() {
    SplittableRandom random = new SplittableRandom(5);
    EnumSet<CvssDefect> v40 = EnumSet.noneOf(CvssDefect.class);
    EnumSet<CvssDefect> v31 = EnumSet.noneOf(CvssDefect.class);
    for (int i = 0; i < 500; i++) {
      v40.add(CvssVectorGenerator.v40().invalid().generate(random).defect());
      v31.add(CvssVectorGenerator.v31().invalid().generate(random).defect());
    }
    assertThat(v40).isEqualTo(EnumSet.allOf(CvssDefect.class));
    assertThat(v31).isEqualTo(EnumSet.complementOf(EnumSet.of(CvssDefect.OUT_OF_ORDER)));
  }

  @ParameterizedTest
  @EnumSource(value = CvssDefect.class, names = "OUT_OF_ORDER", mode = EnumSource.Mode.EXCLUDE)
  void eachDefectChangesTheVector(CvssDefect defect) {
    SplittableRandom random = new SplittableRandom(9);
    for (int i = 0; i < 100; i++) {
      InvalidCvssVector v = CvssVectorGenerator.v31().invalid(defect).generate(random);
      assertThat(v.defect()).isEqualTo(defect);
      assertThat(v.vector()).isNotEqualTo(v.valid());
    }
  }
}
