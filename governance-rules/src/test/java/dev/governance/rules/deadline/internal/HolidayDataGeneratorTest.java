package dev.governance.rules.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class HolidayDataGeneratorTest {

  private static byte[] shipped(String code) throws IOException {
    try (InputStream in =
        PrecompiledHolidays.class.getResourceAsStream(
            "/" + PrecompiledHolidays.DIRECTORY + code + ".bin")) {
      return Objects.requireNonNull(in, code).readAllBytes();
    }
  }

  /** The build's output is reproducible: computing a code again writes the same bytes. */
  @Test
  void writesTheBytesTheBuildShipped() throws IOException {
    for (String code : new String[] {"DE", "US", "JP", "SA"}) {
      assertThat(HolidayDataGenerator.country(code).encode()).as(code).isEqualTo(shipped(code));
    }
  }

  @Test
  void rejectsOtherArguments() {
    assertThatThrownBy(() -> HolidayDataGenerator.main(new String[] {"target/classes"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("arguments = [target/classes]: expected the output root and the data's source");
  }
}
