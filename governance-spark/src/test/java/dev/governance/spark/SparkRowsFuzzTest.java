package dev.governance.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.collect.ImmutableList;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.kpi.Observation;
import dev.governance.core.party.RoleAssignment;
import dev.governance.rules.raci.RaciReport;
import dev.governance.rules.raci.RaciValidator;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Fuzz tests (Jazzer) of the rows the Spark jobs read: an observation row and the rows of a RACI
 * matrix. The only exception allowed is the documented {@link GovernanceValidationException}; an
 * observation read makes its row again, and a matrix rebuilt validates. No Spark session is needed:
 * each job's executors call these. In {@code verify} they run their seed corpus (regression mode);
 * docs/development.md says how to fuzz.
 */
class SparkRowsFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void observationRows(FuzzedDataProvider data) {
    Row row =
        RowFactory.create(
            data.consumeBoolean() ? null : data.consumeString(40),
            data.consumeBoolean() ? null : data.consumeString(12),
            data.consumeBoolean() ? null : new Timestamp(data.consumeLong()),
            data.consumeBoolean() ? null : data.consumeDouble(),
            data.consumeBoolean() ? null : data.consumeDouble());
    Observation observation;
    try {
      observation = ObservationRows.observation(row);
    } catch (GovernanceValidationException rejected) {
      return;
    }
    assertThat(ObservationRows.observation(ObservationRows.row(observation)))
        .isEqualTo(observation);
  }

  @FuzzTest(maxDuration = "10m")
  void matrixRows(FuzzedDataProvider data) {
    List<Row> rows = new ArrayList<>();
    int count = data.consumeInt(1, 12);
    for (int i = 0; i < count; i++) {
      rows.add(
          RowFactory.create(
              "m",
              data.consumeBoolean() ? "Matrix" : null,
              data.consumeBoolean() ? null : data.consumeString(8),
              data.consumeBoolean() ? (Object) data.consumeInt(-2, 20) : data.consumeString(4),
              data.consumeBoolean() ? null : data.consumeString(6),
              data.consumeBoolean() ? null : data.consumeString(6),
              data.consumeBoolean() ? null : data.consumeBoolean(),
              data.consumeBoolean() ? null : data.consumeString(6),
              data.consumeBoolean() ? null : data.consumeString(6),
              data.consumeBoolean() ? null : data.consumeString(6),
              data.consumeBoolean() ? null : data.consumeString(12)));
    }
    RebuiltMatrix matrix;
    try {
      matrix = RebuiltMatrix.of(rows, null);
    } catch (GovernanceValidationException rejected) {
      return;
    }
    ImmutableList<RoleAssignment> holders = matrix.holders();
    RaciReport report =
        holders == null
            ? RaciValidator.standard().validate(matrix.matrix())
            : RaciValidator.standard().validate(matrix.matrix(), holders);
    assertThat(report.findings().findings()).allMatch(f -> f.code().startsWith("RACI-"));
  }
}
