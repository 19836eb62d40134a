package dev.governance.spark;

import static com.google.common.collect.ImmutableList.toImmutableList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.model.GovernanceModel;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.report.findings.FindingsJson;
import dev.governance.rules.FindingLocator;
import dev.governance.rules.Severity;
import dev.governance.rules.raci.RaciPolicy;
import dev.governance.rules.raci.RaciRule;
import dev.governance.rules.raci.RaciValidator;
import dev.governance.spark.GeneratedMatrices.Held;
import dev.governance.testkit.RaciDefect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The RACI validation job against the local validator, on the testkit's generated matrices: the
 * same findings per matrix, in the same order, whatever the partitioning; JSON lines that read as
 * {@code governance validate --format json} findings; Parquet and CSV in and out; bad input.
 */
class SparkRaciValidationTest {

  private static final SparkSession SPARK = LocalSpark.session();

  /** Not the standard policy, so that equal findings show the policy reached the executors. */
  private static final RaciValidator VALIDATOR =
      RaciValidator.of(
          RaciPolicy.builder()
              .consultedLimit(2)
              .accountableLimit(4)
              .putSeverities(RaciRule.IDLE_ROLE, Severity.ERROR)
              .addDisabled(RaciRule.UNSTAFFED_ROLE)
              .build());

  private static final SparkRaciValidation JOB = SparkRaciValidation.of(VALIDATOR);

  /** 3 cases of each of the 11 defects and 20 valid ones: 53 matrices. */
  private static final List<Held> CASES = GeneratedMatrices.raciCases(25, 3, 20);

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} partitions")
  @ValueSource(ints = {1, 3, 7})
  void findingsEqualTheLocalValidatorsPerMatrixInOrder(int partitions) {
    Dataset<Row> rows = matrices(GeneratedMatrices.rows(CASES)).repartition(partitions);

    List<Row> findings = JOB.validate(rows, partitions).collectAsList();

    assertThat(byMatrix(findings)).isEqualTo(byMatrix(local(CASES, VALIDATOR)));
    assertThat(findings.stream().map(f -> f.getString(1)).distinct())
        .containsAll(
            Arrays.stream(RaciDefect.values())
                .filter(d -> !d.code().equals(RaciRule.UNSTAFFED_ROLE.code()))
                .map(RaciDefect::code)
                .collect(toImmutableList()));
  }

  @Test
  void modelMatricesWithSharedHoldersEqualTheLocalValidators() {
    for (GovernanceModel model : GeneratedMatrices.models(26, 2)) {
      List<Row> rows =
          model.raciMatrices().stream()
              .flatMap(m -> RaciMatrixRows.of(m).stream())
              .collect(toImmutableList());

      List<Row> findings =
          JOB.withRoleHolders(model.roleAssignments()).validate(matrices(rows), 3).collectAsList();

      List<Held> held =
          model.raciMatrices().stream()
              .map(m -> new Held(m, model.roleAssignments()))
              .collect(toImmutableList());
      assertThat(byMatrix(findings)).isEqualTo(byMatrix(local(held, VALIDATOR))).isNotEmpty();
    }
  }

  @Test
  void matricesWithoutHoldersAreValidatedWithoutThem() {
    List<RaciMatrix> matrices = CASES.subList(0, 12).stream().map(Held::matrix).toList();
    List<Row> rows =
        matrices.stream().flatMap(m -> RaciMatrixRows.of(m).stream()).collect(toImmutableList());

    List<Row> findings = JOB.validate(matrices(rows)).collectAsList();

    List<Row> expected =
        matrices.stream()
            .flatMap(
                m ->
                    VALIDATOR.validate(m).findings().findings().stream()
                        .map(f -> FindingRows.of(m.id(), f)))
            .collect(toImmutableList());
    assertThat(byMatrix(findings)).isEqualTo(byMatrix(normalized(expected)));
    assertThat(findings.stream().map(f -> f.getString(3)))
        .contains(
            "RACI-008 skipped: no role assignments were given, so who holds each role is"
                + " unknown");
  }

  @Test
  void jsonLinesReadAsTheFindingsJsonOfGovernanceValidate(@TempDir Path dir) throws IOException {
    String out = dir.resolve("findings").toString();

    JOB.validate(matrices(GeneratedMatrices.rows(CASES)), 3).write().json(out);

    Map<String, List<String>> spark = new LinkedHashMap<>();
    for (String line : jsonLines(Path.of(out))) {
      ObjectNode finding = (ObjectNode) JSON.readTree(line);
      assertThat(finding.fieldNames().next()).isEqualTo("matrix");
      String matrix = finding.remove("matrix").asText();
      spark.computeIfAbsent(matrix, m -> new ArrayList<>()).add(JSON.writeValueAsString(finding));
    }
    Map<String, List<String>> cli = new LinkedHashMap<>();
    for (Held held : CASES) {
      JsonNode document =
          JSON.readTree(
              FindingsJson.render(
                  VALIDATOR.validate(held.matrix(), held.holders()).findings(),
                  FindingLocator.NOWHERE));
      List<String> findings = new ArrayList<>();
      for (JsonNode finding : document.get("findings")) {
        findings.add(JSON.writeValueAsString(finding));
      }
      if (!findings.isEmpty()) {
        cli.put(held.matrix().id(), findings);
      }
    }
    assertThat(spark).isEqualTo(cli);
    assertThat(String.join("\n", spark.values().stream().flatMap(List::stream).toList()))
        .contains("\"explanation\":{\"quantity\":")
        .contains("\"notify\":[\"program-manager\"]");
  }

  @Test
  void parquetInAndOut(@TempDir Path dir) {
    String in = dir.resolve("matrices").toString();
    String out = dir.resolve("findings").toString();
    matrices(GeneratedMatrices.rows(CASES)).write().parquet(in);

    Dataset<Row> findings = JOB.validate(RaciMatrixRows.readParquet(SPARK, in), 3);
    findings.write().parquet(out);

    Dataset<Row> read = SPARK.read().parquet(out);
    assertThat(read.schema().fieldNames()).isEqualTo(FindingRows.SCHEMA.fieldNames());
    assertThat(read.collectAsList())
        .containsExactlyInAnyOrderElementsOf(local(CASES, VALIDATOR))
        .isNotEmpty();
  }

  @Test
  void csvIn(@TempDir Path dir) {
    String in = dir.resolve("matrices").toString();
    matrices(GeneratedMatrices.rows(CASES)).write().option("header", "true").csv(in);

    List<Row> findings = JOB.validate(RaciMatrixRows.readCsv(SPARK, in), 7).collectAsList();

    assertThat(byMatrix(findings)).isEqualTo(byMatrix(local(CASES, VALIDATOR)));
  }

  @Test
  void aBadCellFailsTheJobNamingMatrixLineAndValue() {
    List<Row> rows = new ArrayList<>(GeneratedMatrices.rows(CASES.subList(0, 2)));
    rows.add(
        RowFactory.create(
            "case-2", null, null, 99, "activity-1", null, null, null, "role-1", "A?", null));
    rows.add(RowFactory.create("case-2", null, null, 100, null, null, null, null, null, "R", null));

    assertThatThrownBy(() -> JOB.validate(matrices(rows), 3).collectAsList())
        .hasRootCauseInstanceOf(GovernanceValidationException.class)
        .rootCause()
        .hasMessage(
            "Invalid governance data, 3 violations:\n"
                + "  - matrix 'case-2', line 99, letters = 'A?': expected letters A-Z, optionally"
                + " separated by / , + or spaces\n"
                + "  - matrix 'case-2', line 100, activity, role = <missing>: expected an"
                + " activity, a role or both on each row\n"
                + "  - matrix 'case-2', line 100, letters = 'R': expected no letters on a row"
                + " without an activity and a role");
  }

  @Test
  void rowsWithoutARequiredColumnAreRejectedBeforeTheJobRuns() {
    Dataset<Row> rows = matrices(GeneratedMatrices.rows(CASES.subList(0, 1))).drop("letters");

    assertThatThrownBy(() -> JOB.validate(rows))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: matrix rows column letters = <missing>: expected a column"
                + " letters of strings (columns found: matrix, matrix_name, scheme, line,"
                + " activity, activity_name, critical, deliverable, role, people)");
    assertThatThrownBy(() -> JOB.validate(rows, 0))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage("Invalid governance data: partitions = 0: expected an integer >= 1");
  }

  @Test
  void theJobKeepsItsValidator() {
    assertThat(JOB.validator()).isSameAs(VALIDATOR);
    assertThat(SparkRaciValidation.standard().validator()).isSameAs(RaciValidator.standard());
    assertThatThrownBy(() -> SparkRaciValidation.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("validator");
  }

  /** Returns the rows as a dataset of {@link RaciMatrixRows#SCHEMA}. */
  static Dataset<Row> matrices(List<Row> rows) {
    return SPARK.createDataFrame(rows, RaciMatrixRows.SCHEMA);
  }

  /** Returns the local validator's findings of every matrix, as the job's rows come back. */
  private static List<Row> local(List<Held> matrices, RaciValidator validator) {
    return normalized(
        matrices.stream()
            .flatMap(m -> m.localFindings(validator).stream())
            .collect(toImmutableList()));
  }

  /** Returns rows made on the driver as Spark returns them (Scala sequences and maps). */
  private static List<Row> normalized(List<Row> rows) {
    return SPARK.createDataFrame(rows, FindingRows.SCHEMA).collectAsList();
  }

  /** Returns each matrix's findings in the order they come. */
  private static Map<String, List<Row>> byMatrix(List<Row> findings) {
    return findings.stream()
        .collect(
            Collectors.groupingBy(f -> f.getString(0), LinkedHashMap::new, Collectors.toList()));
  }

  private static List<String> jsonLines(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> lines = new ArrayList<>();
      for (Path part :
          files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part));
      }
      return lines;
    }
  }
}
