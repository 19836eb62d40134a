package dev.governance.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetNamesTest {

  /** Excel's rules (support.microsoft.com, "Rename a worksheet"), one case each. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Risks|Risks",
        "RACI: Mobile app launch|RACI- Mobile app launch",
        "a[b]c*d?e/f\\g|a-b-c-d-e-f-g",
        "'quoted'|quoted",
        "Compliance calendar: the next 90 days and everything overdue|Compliance calendar- the next"
            + " 9",
        "history|History sheet",
        "'   '|Sheet",
        "tab\there|tab here",
      })
  void namesAreValidForExcel(String wanted, String name) {
    assertThat(SheetNames.valid(wanted)).isEqualTo(name);
    assertThat(name.length()).isLessThanOrEqualTo(SheetNames.MOST_CHARACTERS);
  }

  @Test
  void aSurrogatePairIsNeverCut() {
    String name = SheetNames.valid("x".repeat(30) + "\uD83D\uDE00");
    assertThat(name).isEqualTo("x".repeat(30));
    assertThat(SheetNames.valid("\uD800 lone")).isEqualTo("\uFFFD lone");
  }

  @Test
  void namesAreUniqueInAnyCase() {
    SheetNames names = new SheetNames();
    assertThat(names.take("Risks")).isEqualTo("Risks");
    assertThat(names.take("RISKS")).isEqualTo("RISKS (2)");
    assertThat(names.take("risks")).isEqualTo("risks (3)");
    String longName = "y".repeat(40);
    assertThat(names.take(longName)).isEqualTo("y".repeat(31));
    assertThat(names.take(longName)).isEqualTo("y".repeat(27) + " (2)");
  }
}
