package dev.governance.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void knowsTheLineAndColumnOfEveryCellEvenAfterAMultiLineCell() {
    List<CsvTable.Row> rows = CsvTable.parse("t.csv", "a,\"b\nc\",d\r\ne,\"f\"\"g\"\n");
    assertThat(rows).hasSize(2);
    assertThat(
            rows.get(0).cells().stream()
                .map(c -> c.text() + "@" + c.line() + ":" + c.column())
                .collect(Collectors.toList()))
        .containsExactly("a@1:1", "b\nc@1:3", "d@2:4");
    assertThat(rows.get(1).line()).isEqualTo(3);
    assertThat(rows.get(1).cells().get(1).text()).isEqualTo("f\"g");
  }

  @Test
  void readsSemicolonsWhenTheHeaderHasNoCommas() {
    assertThat(CsvTable.parse("t.csv", "a;b\n1,5;2\n").get(1).cells())
        .extracting(CsvTable.Cell::text)
        .containsExactly("1,5", "2");
  }
}
