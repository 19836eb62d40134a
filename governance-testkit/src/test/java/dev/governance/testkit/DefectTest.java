package dev.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DefectTest {

  @Test
  void everyDefectDescribesItself() {
    assertThat(Arrays.stream(Defect.values()).map(Defect::description))
        .doesNotHaveDuplicates()
        .allSatisfy(d -> assertThat(d).isNotBlank());
    assertThat(Defect.UNKNOWN_RISK_SYSTEM_OWNER.description())
        .isEqualTo("a risk's system-side owner is no defined person");
  }
}
