package dev.governance.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.rules.Explanation;
import dev.governance.rules.Finding;
import dev.governance.rules.Severity;
import dev.governance.rules.Subject;
import dev.governance.rules.Waived;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Findings as rows: the findings JSON's fields, null where the JSON leaves a field out. */
class FindingRowsTest {

  private static final Finding BARE =
      Finding.builder()
          .code("RACI-006")
          .severity(Severity.WARNING)
          .subject(Subject.builder().role("pm").matrix("m1").build())
          .message("Role 'pm' has no letter on any activity")
          .build();

  @Test
  void columnsFollowTheFindingsJsonAfterTheMatrix() {
    assertThat(FindingRows.SCHEMA.fieldNames())
        .containsExactly(
            "matrix",
            "code",
            "severity",
            "message",
            "subject",
            "notify",
            "notifyPeople",
            "people",
            "fix",
            "explanation",
            "waived");
  }

  @Test
  void aFindingWithEveryFieldFillsEveryColumn() {
    Finding full =
        BARE.withSuggestedFix("Give the role a letter")
            .withNotifyRoles("program-manager", "system-owner")
            .withNotifyPeople("ana")
            .withPeople("ana", "bo")
            .withExplanation(
                Explanation.builder()
                    .quantity("accountable activities")
                    .result(16)
                    .formula("count of activities")
                    .putInputs("limit", 15.0)
                    .putInputs("extra", 1.0)
                    .build())
            .withWaived(Waived.of("w-1", LocalDate.of(2026, 3, 31)));

    Row row = FindingRows.of("m1", full);

    assertThat(row.getString(0)).isEqualTo("m1");
    assertThat(row.getString(1)).isEqualTo("RACI-006");
    assertThat(row.getString(2)).isEqualTo("WARNING");
    assertThat(row.getString(3)).isEqualTo("Role 'pm' has no letter on any activity");
    assertThat(row.<String, String>getJavaMap(4))
        .containsExactly(Map.entry("role", "pm"), Map.entry("matrix", "m1"));
    assertThat(row.<String>getList(5)).containsExactly("program-manager", "system-owner");
    assertThat(row.<String>getList(6)).containsExactly("ana");
    assertThat(row.<String>getList(7)).containsExactly("ana", "bo");
    assertThat(row.getString(8)).isEqualTo("Give the role a letter");
    Row explanation = row.getStruct(9);
    assertThat(explanation.getString(0)).isEqualTo("accountable activities");
    assertThat(explanation.getDouble(1)).isEqualTo(16.0);
    assertThat(explanation.getString(2)).isEqualTo("count of activities");
    assertThat(explanation.getString(3))
        .isEqualTo("accountable activities = 16.0 = count of activities");
    assertThat(explanation.<String, Double>getJavaMap(4))
        .containsExactly(Map.entry("limit", 15.0), Map.entry("extra", 1.0));
    assertThat(row.getStruct(10).getString(0)).isEqualTo("w-1");
    assertThat(row.getStruct(10).getString(1)).isEqualTo("2026-03-31");
  }

  @Test
  void columnsAreNullWhereTheFindingsJsonLeavesTheFieldOut() {
    Row row = FindingRows.of("m1", BARE);

    assertThat(Arrays.asList(5, 6, 7, 8, 9, 10))
        .allSatisfy(i -> assertThat(row.isNullAt(i)).isTrue());
    assertThat(
            FindingRows.of("m1", BARE.withSubject(Subject.model())).<String, String>getJavaMap(4))
        .isEmpty();
  }

  @Test
  void anExplanationWithChildrenIsRejectedRatherThanCut() {
    Explanation child = Explanation.of("impact", 6.42, "1 - (1 - 0.56) * (1 - 0.22)");
    Finding nested =
        BARE.withExplanation(
            Explanation.builder()
                .quantity("base score")
                .result(5.0)
                .formula("roundup(min(impact + exploitability, 10))")
                .addChildren(child)
                .build());

    assertThatThrownBy(() -> FindingRows.of("m1", nested))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "explanation.children of finding WARNING RACI-006 [role=pm, matrix=m1] Role 'pm' has no"
                + " letter on any activity: expected none, as a findings row has no column for"
                + " them (found 1)");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> FindingRows.of(null, BARE)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FindingRows.of("m1", null)).isInstanceOf(NullPointerException.class);
  }
}
