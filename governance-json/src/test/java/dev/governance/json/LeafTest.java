package dev.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.kpi.Direction;
import dev.governance.core.raci.RaciCell;
import dev.governance.json.fixture.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class LeafTest {

  @Test
  void parsesKeysAndRejectsMalformedOnesWithNull() {
    assertThat(Leaf.of(LocalDate.class).key("2026-03-02")).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(Leaf.of(LocalDate.class).key("2026-02-30")).isNull();
    assertThat(Leaf.of(Period.class).key("P6M")).isEqualTo(Period.ofMonths(6));
    assertThat(Leaf.of(RaciCell.class).key("a / r")).isEqualTo(RaciCell.parse("A/R"));
    assertThat(Leaf.of(RaciCell.class).key("A?")).isNull();
    assertThat(Leaf.of(Character.class).key("AB")).isNull();
    assertThat(Leaf.of(Direction.class).key("HIGHER_IS_BETTER"))
        .isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(Leaf.of(Direction.class).expected()).startsWith("one of HIGHER_IS_BETTER, ");
    assertThat(Leaf.of(RaciMatrixLike.class)).isNull();
  }

  @Test
  void datesAndInstantsAreInTheYears1To9999() {
    Leaf date = Leaf.of(LocalDate.class);
    assertThat(date.key("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(date.key("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(date.key("+999999999-12-31")).isNull();
    assertThat(date.key("+10000-01-01")).isNull();
    assertThat(date.key("0000-12-31")).isNull();
    assertThat(date.key("-0001-01-01")).isNull();
    assertThat(date.expected())
        .isEqualTo("an ISO-8601 date in the years 1 to 9999, such as 2026-03-31");
    Leaf instant = Leaf.of(Instant.class);
    assertThat(instant.key("9999-12-31T23:59:59Z"))
        .isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
    assertThat(instant.key("+10000-01-01T00:00:00Z")).isNull();
    assertThat(instant.key("0000-12-31T23:59:59Z")).isNull();
    assertThat(instant.expected())
        .isEqualTo("an ISO-8601 instant in the years 1 to 9999, such as 2026-03-31T09:30:00Z");
  }

  /** Not a leaf: a type that is neither scalar nor enum. */
  private static final class RaciMatrixLike {}

  @Test
  void anEnumWithCodesIsReadAndWrittenByItsCodes() {
    Leaf stage = Leaf.of(Stage.class);
    assertThat(stage.key("ST-002")).isEqualTo(Stage.APPROVED);
    assertThat(stage.key("APPROVED")).as("not by the Java name").isNull();
    assertThat(stage.keyText(Stage.DRAFT)).isEqualTo("ST-001");
    assertThat(stage.expected()).isEqualTo("one of ST-001, ST-002");
    assertThat(stage.schema()).isEqualTo("{\"enum\":[\"ST-001\",\"ST-002\"]}");
    assertThat(Leaf.of(Direction.class).keyText(Direction.HIGHER_IS_BETTER))
        .isEqualTo("HIGHER_IS_BETTER");
  }
}
