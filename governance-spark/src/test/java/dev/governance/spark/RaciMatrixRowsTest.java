package dev.governance.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.raci.RaciScheme;
import dev.governance.core.raci.Responsibility;
import dev.governance.spark.GeneratedMatrices.Held;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matrices as rows: written, read back identically in any row order, and checked on reading. */
class RaciMatrixRowsTest {

  private static final RaciMatrix GO_LIVE =
      RaciMatrix.builder()
          .id("go-live")
          .name("Go-live")
          .scheme(RaciScheme.RASCI)
          .addRoles("program-manager", "system-owner", "dev-lead")
          .addActivities(
              RaciActivity.of("plan", "Plan the go-live"),
              RaciActivity.builder()
                  .id("migrate")
                  .name("Migrate the orders")
                  .critical(true)
                  .deliverable("order-store")
                  .build())
          .addAssignments(
              RaciAssignment.of("migrate", "system-owner", "A"),
              RaciAssignment.of("plan", "program-manager", "A/R"),
              RaciAssignment.of("migrate", "dev-lead", "R/S"))
          .build();

  private static final List<RoleAssignment> HOLDERS =
      List.of(
          RoleAssignment.of("program-manager", List.of("ana")),
          RoleAssignment.of("system-owner", List.of("kai", "lea")),
          RoleAssignment.of("release-board", List.of("zoe")));

  @Test
  void writesActivitiesThenRolesThenCells() {
    List<Row> rows = RaciMatrixRows.of(GO_LIVE, HOLDERS);

    assertThat(rows.stream().map(Row::toString))
        .containsExactly(
            "[go-live,Go-live,RASCI,1,plan,Plan the go-live,false,null,null,null,null]",
            "[go-live,Go-live,RASCI,2,migrate,Migrate the orders,true,order-store,null,null,null]",
            "[go-live,Go-live,RASCI,3,null,null,null,null,program-manager,null,ana]",
            "[go-live,Go-live,RASCI,4,null,null,null,null,system-owner,null,kai;lea]",
            "[go-live,Go-live,RASCI,5,null,null,null,null,dev-lead,null,]",
            "[go-live,Go-live,RASCI,6,migrate,null,null,null,system-owner,A,null]",
            "[go-live,Go-live,RASCI,7,plan,null,null,null,program-manager,A/R,null]",
            "[go-live,Go-live,RASCI,8,migrate,null,null,null,dev-lead,R/S,null]");
    assertThat(RaciMatrixRows.of(GO_LIVE).stream().map(r -> r.get(10))).containsOnlyNulls();
  }

  @Test
  void rowsRebuildTheMatrixAndItsHoldersInAnyOrder() {
    List<Row> rows = new ArrayList<>(RaciMatrixRows.of(GO_LIVE, HOLDERS));
    java.util.Collections.reverse(rows);

    RebuiltMatrix rebuilt = RebuiltMatrix.of(rows, null);

    assertThat(rebuilt.matrix()).isEqualTo(GO_LIVE);
    assertThat(rebuilt.holders())
        .containsExactly(
            RoleAssignment.of("program-manager", List.of("ana")),
            RoleAssignment.of("system-owner", List.of("kai", "lea")),
            RoleAssignment.of("dev-lead", List.of()));
    assertThat(RebuiltMatrix.of(RaciMatrixRows.of(GO_LIVE), null).holders()).isNull();
    ImmutableList<RoleAssignment> shared = ImmutableList.copyOf(HOLDERS);
    assertThat(RebuiltMatrix.of(RaciMatrixRows.of(GO_LIVE), shared).holders()).isEqualTo(shared);
  }

  @Test
  void generatedMatricesRebuildEqual() {
    for (Held held : GeneratedMatrices.raciCases(27, 1, 10)) {
      assertThat(RebuiltMatrix.of(held.rows(), null).matrix()).isEqualTo(held.matrix());
    }
  }

  @Test
  void onlyTheStandardSchemesCanBeWritten() {
    RaciMatrix custom =
        GO_LIVE.withScheme(RaciScheme.of("RAPID", ImmutableMap.of('D', Responsibility.DRIVER)));

    assertThatThrownBy(() -> RaciMatrixRows.of(custom))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "scheme of matrix 'go-live' = RAPID: expected one of the standard schemes RACI, RASCI,"
                + " RACI-VS, DACI");
  }

  @Test
  void peopleAreSplitAtSemicolons() {
    assertThat(RaciMatrixRows.people(" ana ; bo;;")).containsExactly("ana", "bo");
    assertThat(RaciMatrixRows.people("")).isEmpty();
  }

  @Test
  void columnsMustBeThereWithTheirTypes() {
    assertThatThrownBy(
            () ->
                RaciMatrixRows.checkColumns(
                    DataTypes.createStructType(
                        List.of(
                            DataTypes.createStructField("matrix", DataTypes.StringType, true),
                            DataTypes.createStructField("line", DataTypes.DoubleType, true),
                            DataTypes.createStructField("critical", DataTypes.IntegerType, true))),
                    "raci.parquet"))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data, 7 violations:\n"
                + "  - raci.parquet column matrix_name = <missing>: expected a column matrix_name"
                + " of strings (columns found: matrix, line, critical)\n"
                + "  - raci.parquet column line = double: expected a column of whole numbers (int,"
                + " long or string)\n"
                + "  - raci.parquet column activity = <missing>: expected a column activity of"
                + " strings (columns found: matrix, line, critical)\n"
                + "  - raci.parquet column activity_name = <missing>: expected a column"
                + " activity_name of strings (columns found: matrix, line, critical)\n"
                + "  - raci.parquet column critical = int: expected a column of true or false"
                + " (boolean or string)\n"
                + "  - raci.parquet column role = <missing>: expected a column role of strings"
                + " (columns found: matrix, line, critical)\n"
                + "  - raci.parquet column letters = <missing>: expected a column letters of"
                + " strings (columns found: matrix, line, critical)");
  }

  @Test
  void aCsvFileWithoutARequiredColumnIsRejected(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("raci.csv");
    Files.writeString(
        csv,
        "matrix,matrix_name,line,activity,activity_name,role\n" + "m1,Release,1,plan,Plan,pm\n");

    assertThatThrownBy(() -> RaciMatrixRows.readCsv(LocalSpark.session(), csv.toString()))
        .isInstanceOf(GovernanceValidationException.class)
        .hasMessage(
            "Invalid governance data: ["
                + csv
                + "] column letters = <missing>: expected a column letters of strings (columns"
                + " found: matrix, matrix_name, line, activity, activity_name, role)");
  }

  @Test
  void aCsvFileWithTheRequiredColumnsReadsAsText(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("raci.csv");
    Files.writeString(
        csv,
        "matrix,matrix_name,line,activity,activity_name,critical,role,letters,people\n"
            + "m1,Release,2,plan,Plan,TRUE,pm,A/R,\"\"\n"
            + "m1,,1,ship,Ship,,so,a,ana\n");

    List<Row> rows = RaciMatrixRows.readCsv(LocalSpark.session(), csv.toString()).collectAsList();
    RebuiltMatrix rebuilt =
        RebuiltMatrix.of(
            rows.stream()
                .map(
                    r ->
                        RowFactory.create(
                            r.get(0), r.get(1), null, r.get(2), r.get(3), r.get(4), r.get(5), null,
                            r.get(6), r.get(7), r.get(8)))
                .collect(Collectors.toList()),
            null);
    RaciMatrix matrix = rebuilt.matrix();

    assertThat(matrix.activities())
        .containsExactly(
            RaciActivity.of("ship", "Ship"),
            RaciActivity.builder().id("plan").name("Plan").critical(true).build());
    assertThat(matrix.roles()).containsExactly("so", "pm");
    // Spark reads the quoted empty field as null too: pm's people are not given, so no one holds pm
    assertThat(rebuilt.holders()).containsExactly(RoleAssignment.of("so", List.of("ana")));
  }
}
