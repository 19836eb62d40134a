package dev.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.kpi.KpiSource;
import dev.governance.core.kpi.Observation;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.raci.RaciCell;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.time.ReportingPeriod;
import dev.governance.json.fixture.Circle;
import dev.governance.json.fixture.Shape;
import dev.governance.json.fixture.Square;
import dev.governance.json.fixture.Team;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ValueShapeTest {

  @Test
  void readsAttributesIdNameThenAlphabeticalLeavingOutDerivedOnes() {
    assertThat(ValueShape.of(RaciMatrix.class).attributes())
        .extracting(Attribute::name)
        .containsExactly("id", "name", "activities", "assignments", "roles", "scheme");
  }

  @Test
  void knowsWhatIsRequiredOptionalNullableListOrMap() {
    ValueShape observation = ValueShape.of(Observation.class);
    assertThat(observation.attribute("kpi").required()).isTrue();
    assertThat(observation.attribute("period").kind()).isEqualTo(Attribute.Kind.NULLABLE);
    assertThat(observation.attribute("period").required()).isFalse();
    assertThat(observation.attribute("weight").required()).as("a default").isFalse();
    assertThat(ValueShape.of(GovernanceModel.class).attribute("risks").kind())
        .isEqualTo(Attribute.Kind.LIST);
  }

  @Test
  void listsEveryTypeADocumentHoldsRootFirst() {
    assertThat(ValueShape.typesOf(GovernanceModel.class))
        .startsWith(GovernanceModel.class)
        .contains(
            RaciMatrix.class,
            RaciCell.class,
            Observation.class,
            ReportingPeriod.class,
            KpiSource.class,
            LocalDate.class,
            String.class)
        .doesNotHaveDuplicates();
    assertThat(ValueShape.typesOf(Team.class))
        .as("set, list and map elements and map keys")
        .containsExactly(Team.class, String.class, Integer.class);
  }

  @Test
  void findsTheValueTypesOfASealedInterface() {
    assertThat(ValueShape.variants(Shape.class)).containsExactly(Circle.class, Square.class);
  }

  @Test
  void setsAreArraysAndCollectionsWithDefaultsAreSetWhole() throws Throwable {
    ValueShape team = ValueShape.of(Team.class);
    assertThat(team.attributes())
        .extracting(Attribute::name)
        .containsExactly("members", "sizes", "tags");
    assertThat(team.attributes())
        .extracting(Attribute::kind)
        .containsExactly(Attribute.Kind.LIST, Attribute.Kind.MAP, Attribute.Kind.LIST);
    Object builder = team.newBuilder();
    team.attribute("members").set(builder, java.util.List.of("ann", "bo", "ann"));
    team.attribute("tags").set(builder, new java.util.ArrayList<>(java.util.List.of("ops")));
    team.attribute("sizes")
        .set(builder, new java.util.LinkedHashMap<>(java.util.Map.of("lyon", 4)));
    assertThat(team.build(builder))
        .isEqualTo(
            Team.builder()
                .addMembers("ann", "bo")
                .tags(com.google.common.collect.ImmutableList.of("ops"))
                .sizes(com.google.common.collect.ImmutableMap.of("lyon", 4))
                .build());
  }

  @Test
  void aTypeWithAStaticParseReadsText() {
    ValueShape period = ValueShape.of(ReportingPeriod.class);
    assertThat(period.readsText()).isTrue();
    assertThat(period.parse("2025-03")).isEqualTo(ReportingPeriod.month(YearMonth.of(2025, 3)));
    assertThatThrownBy(() -> period.parse("March"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessageContaining("period = 'March'");
    ValueShape team = ValueShape.of(Team.class);
    assertThat(team.readsText()).isFalse();
    assertThatThrownBy(() -> team.parse("x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("has no text form");
  }

  @Test
  void rejectsATypeThatIsNotADomainValue() {
    assertThatThrownBy(() -> ValueShape.of(String.class))
        .hasMessage("java.lang.String has no method builder()");
  }
}
