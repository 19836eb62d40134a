package dev.governance.spark;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.GovernanceValidationException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rows a matrix cannot be rebuilt from: every problem named by matrix, line, column and value. */
class RebuiltMatrixTest {

  /** A row of matrix {@code m1} of the RACI scheme, the columns of the schema in order. */
  private static Row row(
      Object line, String activity, String name, Object critical, String role, String letters) {
    return RowFactory.create(
        "m1", "Release", "RACI", line, activity, name, critical, null, role, letters, null);
  }

  private static final Row PLAN = row(1, "plan", "Plan", null, "pm", "A/R");

  static Stream<Arguments> badRows() {
    return Stream.of(
        Arguments.of(
            "letters that are not letters",
            List.of(PLAN, row(2, "plan", null, null, "so", "A1")),
            "matrix 'm1', line 2, letters = 'A1': expected letters A-Z, optionally separated by /"
                + " , + or spaces"),
        Arguments.of(
            "a repeated letter",
            List.of(PLAN, row(2, "plan", null, null, "so", "A/a")),
            "matrix 'm1', line 2, letters = 'A/a': expected no repeated entries"),
        Arguments.of(
            "a cell filled twice",
            List.of(PLAN, row(2, "plan", null, null, "pm", "C")),
            "matrix 'm1', line 2, letters = 'C': expected one row with letters per cell (line 1"
                + " fills activity 'plan', role 'pm')"),
        Arguments.of(
            "a line given twice",
            List.of(PLAN, row(1, "ship", "Ship", null, "so", "A/R")),
            "matrix 'm1', line 1, line = 1: expected a line no other row of the matrix has (rows"
                + " [m1,Release,RACI,1,plan,Plan,null,null,pm,A/R,null] and"
                + " [m1,Release,RACI,1,ship,Ship,null,null,so,A/R,null])"),
        Arguments.of(
            "a line that is not a number",
            List.of(PLAN, row("2b", "ship", "Ship", null, "so", "A/R")),
            "matrix 'm1', row [m1,Release,RACI,2b,ship,Ship,null,null,so,A/R,null], line = '2b':"
                + " expected a whole number, the row's place"),
        Arguments.of(
            "no line",
            List.of(PLAN, row(null, "ship", "Ship", null, "so", "A/R")),
            "matrix 'm1', row [m1,Release,RACI,null,ship,Ship,null,null,so,A/R,null], line ="
                + " <missing>: expected a whole number, the row's place"),
        Arguments.of(
            "an activity named twice differently",
            List.of(PLAN, row(2, "plan", "Planning", null, "so", "C")),
            "matrix 'm1', line 2, activity_name = 'Planning': expected 'Plan' as line 1 gives, or"
                + " null"),
        Arguments.of(
            "an activity without a name",
            List.of(PLAN, row(2, "ship", null, null, "so", "A/R")),
            "matrix 'm1', line 2, activity_name = <missing>: expected the name of activity 'ship'"
                + " on at least one of its rows"),
        Arguments.of(
            "critical neither true nor false",
            List.of(row(1, "plan", "Plan", "yes", "pm", "A/R")),
            "matrix 'm1', line 1, critical = 'yes': expected true or false"),
        Arguments.of(
            "an id with a space",
            List.of(row(1, "plan", "Plan", null, "program manager", "A/R")),
            "matrix 'm1', line 1, role = 'program manager': expected an id of 1 to 128 letters,"
                + " digits or . _ : / + - starting with a letter or digit"),
        Arguments.of(
            "a row about nothing",
            List.of(PLAN, row(2, null, null, null, null, null)),
            "matrix 'm1', line 2, activity, role = <missing>: expected an activity, a role or both"
                + " on each row"),
        Arguments.of(
            "an activity's name on a row without one",
            List.of(PLAN, row(2, null, "Ship", null, "so", null)),
            "matrix 'm1', line 2, activity_name = 'Ship': expected null on a row without an"
                + " activity"),
        Arguments.of(
            "critical on a row without an activity",
            List.of(PLAN, row(2, null, null, true, "so", null)),
            "matrix 'm1', line 2, critical = true: expected null on a row without an activity"),
        Arguments.of(
            "an unknown scheme",
            List.of(
                RowFactory.create(
                    "m1", "Release", "RAPID", 1, "plan", "Plan", null, null, "pm", "A", null)),
            "matrix 'm1', line 1, scheme = 'RAPID': expected one of RACI, RASCI, RACI-VS, DACI"),
        Arguments.of(
            "no title",
            List.of(
                RowFactory.create(
                    "m1", null, null, 1, "plan", "Plan", null, null, "pm", "A", null)),
            "matrix 'm1', matrix_name = <missing>: expected the matrix's title on at least one of"
                + " its rows"),
        Arguments.of(
            "people with a repeat",
            List.of(
                RowFactory.create(
                    "m1", "Release", null, 1, "plan", "Plan", null, null, "pm", "A", "ana;ana")),
            "matrix 'm1', line 1, people[1] = 'ana': expected no repeated entries"),
        Arguments.of(
            "no matrix id",
            List.of(
                RowFactory.create(
                    null, "Release", null, 1, "plan", "Plan", null, null, "pm", "A", null)),
            "matrix <missing>, row [null,Release,null,1,plan,Plan,null,null,pm,A,null], matrix ="
                + " <missing>: expected the id of the row's matrix (1 rows have none)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRows")
  void isRejectedNamingMatrixLineColumnAndValue(String name, List<Row> rows, String problem) {
    assertThatThrownBy(() -> RebuiltMatrix.of(rows, null))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: " + problem);
  }

  @Test
  void everyProblemOfTheMatrixIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                RebuiltMatrix.of(
                    List.of(
                        row(1, "plan", "Plan", "maybe", "pm", "A?"),
                        row(2, "bad id", "Ship", null, "so", "A")),
                    null))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data, 3 violations:\n"
                + "  - matrix 'm1', line 1, critical = 'maybe': expected true or false\n"
                + "  - matrix 'm1', line 1, letters = 'A?': expected letters A-Z, optionally"
                + " separated by / , + or spaces\n"
                + "  - matrix 'm1', line 2, activity = 'bad id': expected an id of 1 to 128"
                + " letters, digits or . _ : / + - starting with a letter or digit");
  }
}
