package dev.governance.spark;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.governance.core.GovernanceValidationException;
import dev.governance.core.party.RoleAssignment;
import dev.governance.core.raci.RaciActivity;
import dev.governance.core.raci.RaciAssignment;
import dev.governance.core.raci.RaciMatrix;
import dev.governance.core.raci.RaciScheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * RACI matrices as rows, the input of {@link SparkRaciValidation}: one row per cell, or per
 * activity or role that needs a row of its own, with the matrix's id on every row and a line number
 * that puts a matrix's rows in order.
 *
 * <p>The columns of {@link #SCHEMA}, in order (the required ones must be in a file; an optional one
 * that is missing reads as null on every row; other columns are ignored):
 *
 * <table>
 *   <caption>Columns of a matrix row</caption>
 *   <tr><th>column</th><th>type</th><th>required</th><th>holds</th></tr>
 *   <tr><td>{@code matrix}</td><td>string</td><td>yes</td><td>the matrix's id, on every
 *       row</td></tr>
 *   <tr><td>{@code matrix_name}</td><td>string</td><td>yes</td><td>the matrix's title, on at
 *       least one of its rows</td></tr>
 *   <tr><td>{@code scheme}</td><td>string</td><td>no</td><td>{@code RACI} (when null on every
 *       row), {@code RASCI}, {@code RACI-VS} or {@code DACI}</td></tr>
 *   <tr><td>{@code line}</td><td>int, long or string</td><td>yes</td><td>the row's place in its
 *       matrix, a whole number no other row of the matrix has</td></tr>
 *   <tr><td>{@code activity}</td><td>string</td><td>yes</td><td>the activity's id (the
 *       matrix's row), or null on a row about a role only</td></tr>
 *   <tr><td>{@code activity_name}</td><td>string</td><td>yes</td><td>the activity's name, on at
 *       least one of its rows</td></tr>
 *   <tr><td>{@code critical}</td><td>boolean or string</td><td>no</td><td>whether the activity
 *       is critical ({@code true} or {@code false}); false when null on all its rows</td></tr>
 *   <tr><td>{@code deliverable}</td><td>string</td><td>no</td><td>the id of the deliverable the
 *       activity stands for</td></tr>
 *   <tr><td>{@code role}</td><td>string</td><td>yes</td><td>the role's id (the matrix's
 *       column), or null on a row about an activity only</td></tr>
 *   <tr><td>{@code letters}</td><td>string</td><td>yes</td><td>the cell's letters as people type
 *       them ({@code A/R}, {@code a, r}), on a row with an activity and a role; null or blank for
 *       an empty cell</td></tr>
 *   <tr><td>{@code people}</td><td>string</td><td>no</td><td>the ids of the people holding the
 *       row's role, separated by {@code ;} ({@code ana;bo}); an empty string for a role no one
 *       holds; null where not given</td></tr>
 * </table>
 *
 * <p><b>How a matrix is rebuilt.</b> Its rows are read in {@code line} order, whatever the
 * partitioning: the activities are the matrix's rows in the order of their first line, the roles
 * its columns in the order of their first line, and each row with letters fills the cell of its
 * activity and role, cells in line order. An attribute of the matrix ({@code matrix_name}, {@code
 * scheme}), an activity ({@code activity_name}, {@code critical}, {@code deliverable}) or a role
 * ({@code people}) may be given on one of its rows or repeated on several, but not given two
 * different values. A matrix is validated with role holders when any of its rows gives {@code
 * people} (a role whose rows give none is then held by no one) or when {@link
 * SparkRaciValidation#withRoleHolders} gives holders for every matrix; otherwise without, as {@link
 * dev.governance.rules.raci.RaciValidator#validate(RaciMatrix)} does. Spark's CSV reader reads an
 * empty field as null, quoted or not: in CSV a role no one holds reads as not given, which means
 * the same as long as another role of the matrix gives its people.
 *
 * <p><b>Bad rows are errors, not findings.</b> A row the matrix cannot be rebuilt from (a missing
 * id, letters that are not letters, a line given twice, a name given two values, ...) stops the job
 * with a {@link GovernanceValidationException} that names the matrix, the line and the column, the
 * value and what was expected, such as {@code matrix 'm1', line 7, letters = 'A?': expected letters
 * A-Z, optionally separated by / , + or spaces}, after the whole matrix has been read, with every
 * problem of that matrix. No row is dropped. Findings are kept for rule violations in valid
 * matrices, whose codes ({@code RACI-001} to {@code RACI-011}) scripts parse; a letter that is a
 * letter but outside the scheme ({@code Q}) is such a violation, {@code RACI-005}.
 *
 * <p>{@link #of(RaciMatrix, List)} writes a matrix in this form: a row per activity (lines 1 to
 * <i>a</i>), a row per role with its people (the next <i>r</i> lines), then a row per filled cell
 * in the matrix's order; the rows rebuild a matrix equal to the one written.
 */
public final class RaciMatrixRows {

  /** The column of the matrix's id. */
  public static final String MATRIX = "matrix";

  /** The column of the matrix's title. */
  public static final String MATRIX_NAME = "matrix_name";

  /** The column of the matrix's scheme's name. */
  public static final String SCHEME = "scheme";

  /** The column of the row's place in its matrix. */
  public static final String LINE = "line";

  /** The column of the activity's id. */
  public static final String ACTIVITY = "activity";

  /** The column of the activity's name. */
  public static final String ACTIVITY_NAME = "activity_name";

  /** The column of whether the activity is critical. */
  public static final String CRITICAL = "critical";

  /** The column of the id of the deliverable the activity stands for. */
  public static final String DELIVERABLE = "deliverable";

  /** The column of the role's id. */
  public static final String ROLE = "role";

  /** The column of the cell's letters. */
  public static final String LETTERS = "letters";

  /** The column of the people holding the role. */
  public static final String PEOPLE = "people";

  /** The separator of the ids in {@link #PEOPLE}. */
  public static final String PEOPLE_SEPARATOR = ";";

  /** The schema {@link #of} writes rows in; see the class description. */
  public static final StructType SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField(MATRIX, DataTypes.StringType, false),
              DataTypes.createStructField(MATRIX_NAME, DataTypes.StringType, true),
              DataTypes.createStructField(SCHEME, DataTypes.StringType, true),
              DataTypes.createStructField(LINE, DataTypes.IntegerType, false),
              DataTypes.createStructField(ACTIVITY, DataTypes.StringType, true),
              DataTypes.createStructField(ACTIVITY_NAME, DataTypes.StringType, true),
              DataTypes.createStructField(CRITICAL, DataTypes.BooleanType, true),
              DataTypes.createStructField(DELIVERABLE, DataTypes.StringType, true),
              DataTypes.createStructField(ROLE, DataTypes.StringType, true),
              DataTypes.createStructField(LETTERS, DataTypes.StringType, true),
              DataTypes.createStructField(PEOPLE, DataTypes.StringType, true)));

  /** The standard schemes by the name the {@link #SCHEME} column gives. */
  static final ImmutableMap<String, RaciScheme> SCHEMES =
      ImmutableMap.of(
          RaciScheme.RACI.name(), RaciScheme.RACI,
          RaciScheme.RASCI.name(), RaciScheme.RASCI,
          RaciScheme.RACI_VS.name(), RaciScheme.RACI_VS,
          RaciScheme.DACI.name(), RaciScheme.DACI);

  private static final ImmutableSet<String> OPTIONAL =
      ImmutableSet.of(SCHEME, CRITICAL, DELIVERABLE, PEOPLE);

  private RaciMatrixRows() {}

  /**
   * Returns the rows of a matrix without role holders: its {@link #PEOPLE} are null.
   *
   * @param matrix a matrix of one of the standard schemes
   * @return the rows, in line order
   * @throws IllegalArgumentException if the matrix's scheme is not one of the four standard ones,
   *     which the {@link #SCHEME} column cannot name
   */
  public static List<Row> of(RaciMatrix matrix) {
    return rows(matrix, null);
  }

  /**
   * Returns the rows of a matrix with who holds its roles: each role's row gives the people of
   * every assignment of that role in {@code holders}, and an empty {@link #PEOPLE} for a role no
   * one holds. Assignments of roles outside the matrix have no row; give them to {@link
   * SparkRaciValidation#withRoleHolders} where a policy's conflicting roles need them.
   *
   * @param matrix a matrix of one of the standard schemes
   * @param holders who holds each role
   * @return the rows, in line order
   * @throws IllegalArgumentException if the matrix's scheme is not one of the four standard ones
   */
  public static List<Row> of(RaciMatrix matrix, List<RoleAssignment> holders) {
    return rows(matrix, ImmutableList.copyOf(holders));
  }

  /**
   * Reads matrix rows from Parquet files, checking that they have the required columns.
   *
   * @param spark the session
   * @param paths the files or directories
   * @return the rows, with the columns of the files
   * @throws GovernanceValidationException if a required column is missing or has a type other than
   *     the class description's, naming the column and what was expected
   */
  public static Dataset<Row> readParquet(SparkSession spark, String... paths) {
    Dataset<Row> rows = spark.read().parquet(paths);
    checkColumns(rows.schema(), Arrays.toString(paths));
    return rows;
  }

  /**
   * Reads matrix rows from CSV files with a header line, every column as text, checking that they
   * have the required columns. An empty field reads as null.
   *
   * @param spark the session
   * @param paths the files or directories
   * @return the rows, with the columns of the files
   * @throws GovernanceValidationException if a required column is missing, naming the column and
   *     what was expected
   */
  public static Dataset<Row> readCsv(SparkSession spark, String... paths) {
    Dataset<Row> rows = spark.read().option("header", "true").csv(paths);
    checkColumns(rows.schema(), Arrays.toString(paths));
    return rows;
  }

  /**
   * Checks that {@code schema} has every required column with a type the class description allows.
   *
   * @param schema the schema of the rows
   * @param source what the rows are, for the message, such as the files' names
   * @throws GovernanceValidationException naming each column missing or of another type
   */
  static void checkColumns(StructType schema, String source) {
    Columns.check(
        schema, SCHEMA, OPTIONAL, RaciMatrixRows::accepts, RaciMatrixRows::typeWords, source);
  }

  /**
   * Returns the rows' columns of {@link #SCHEMA} in its order, an optional column that is missing
   * as nulls.
   */
  static Dataset<Row> columns(Dataset<Row> rows, String source) {
    checkColumns(rows.schema(), source);
    Set<String> present = new LinkedHashSet<>(Arrays.asList(rows.schema().fieldNames()));
    Column[] columns =
        Arrays.stream(SCHEMA.fields())
            .map(
                f ->
                    present.contains(f.name())
                        ? functions.col(f.name())
                        : functions.lit(null).cast(f.dataType()).as(f.name()))
            .toArray(Column[]::new);
    return rows.select(columns);
  }

  private static boolean accepts(DataType wanted, DataType found) {
    if (found.equals(wanted) || found.equals(DataTypes.StringType)) {
      return true;
    }
    return wanted.equals(DataTypes.IntegerType)
        && (found.equals(DataTypes.LongType) || found.equals(DataTypes.ShortType));
  }

  private static String typeWords(DataType type) {
    if (type.equals(DataTypes.IntegerType)) {
      return "whole numbers (int, long or string)";
    }
    if (type.equals(DataTypes.BooleanType)) {
      return "true or false (boolean or string)";
    }
    return "strings";
  }

  private static List<Row> rows(
      RaciMatrix matrix, @Nullable ImmutableList<RoleAssignment> holders) {
    String scheme = matrix.scheme().name();
    if (!matrix.scheme().equals(SCHEMES.get(scheme))) {
      throw new IllegalArgumentException(
          "scheme of matrix '"
              + matrix.id()
              + "' = "
              + scheme
              + ": expected one of the standard schemes "
              + schemeNames());
    }
    List<Row> rows = new ArrayList<>();
    for (RaciActivity a : matrix.activities()) {
      rows.add(
          row(
              matrix,
              rows.size() + 1,
              a.id(),
              a.name(),
              a.critical(),
              a.deliverable().orElse(null),
              null,
              null,
              null));
    }
    for (String role : matrix.roles()) {
      String people =
          holders == null
              ? null
              : holders.stream()
                  .filter(h -> h.role().equals(role))
                  .flatMap(h -> h.people().stream())
                  .distinct()
                  .collect(Collectors.joining(PEOPLE_SEPARATOR));
      rows.add(row(matrix, rows.size() + 1, null, null, null, null, role, null, people));
    }
    for (RaciAssignment cell : matrix.assignments()) {
      rows.add(
          row(
              matrix,
              rows.size() + 1,
              cell.activity(),
              null,
              null,
              null,
              cell.role(),
              cell.cell().toString(),
              null));
    }
    return rows;
  }

  private static Row row(
      RaciMatrix matrix,
      int line,
      @Nullable String activity,
      @Nullable String activityName,
      @Nullable Boolean critical,
      @Nullable String deliverable,
      @Nullable String role,
      @Nullable String letters,
      @Nullable String people) {
    return RowFactory.create(
        matrix.id(),
        matrix.name(),
        matrix.scheme().name(),
        line,
        activity,
        activityName,
        critical,
        deliverable,
        role,
        letters,
        people);
  }

  /** Returns the ids of {@link #PEOPLE}: split at {@code ;}, each trimmed, empty ones skipped. */
  static ImmutableList<String> people(String text) {
    return Arrays.stream(text.split(PEOPLE_SEPARATOR, -1))
        .map(String::trim)
        .filter(id -> !id.isEmpty())
        .collect(toImmutableList());
  }

  /** Returns the scheme names for a message. */
  static String schemeNames() {
    return String.join(", ", SCHEMES.keySet());
  }

  /** Returns the standard scheme named {@code name}, or null. */
  static @Nullable RaciScheme scheme(String name) {
    return SCHEMES.get(name);
  }
}
