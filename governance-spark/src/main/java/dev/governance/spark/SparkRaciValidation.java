package dev.governance.spark;

import com.google.common.collect.ImmutableList;
import dev.governance.core.party.RoleAssignment;
import dev.governance.rules.Finding;
import dev.governance.rules.raci.RaciReport;
import dev.governance.rules.raci.RaciValidator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.jspecify.annotations.Nullable;

/**
 * Validates many RACI matrices (one per deliverable across an enterprise, say) as a Spark job: the
 * rows of {@link RaciMatrixRows} in, the findings as rows of {@link FindingRows} out, each matrix
 * judged by the library's own {@link RaciValidator}, so that a matrix's findings are those of a
 * local {@code validator.validate(matrix, holders)}, in the same order, whatever the partitioning.
 *
 * <p>The job shuffles the rows by matrix id into partitions (so a matrix's rows meet in one), sorts
 * each partition by matrix id, and validates each partition with {@code mapPartitions}: it rebuilds
 * one matrix at a time from its rows (in {@code line} order), validates it and emits its findings.
 * A partition's rows are streamed, one matrix held at a time, so a partition may be larger than
 * memory. In the result a matrix's findings are consecutive and in report order (errors first, then
 * by code, subject and message); matrices follow each other by id within a partition, and the
 * dataset has no order across partitions.
 *
 * <p>The validator (its {@link dev.governance.rules.raci.RaciPolicy}) and any shared role holders
 * reach the executors with the job's function by Java serialization; both are serializable, and
 * checked again as they are read back.
 *
 * <p>The job is lazy, as Spark's are: it runs when the findings are used ({@code
 * write().parquet(dir)}, {@code write().json(dir)}, {@code collectAsList()}). A row the matrix
 * cannot be rebuilt from fails the job then, with a {@link
 * dev.governance.core.GovernanceValidationException} naming the matrix, the line, the column and
 * the value (see {@link RaciMatrixRows}), which Spark reports as the cause of its {@code
 * SparkException}.
 *
 * <p>For example, validating matrices from Parquet and writing the findings as JSON lines:
 *
 * <pre>{@code
 * Dataset<Row> matrices = RaciMatrixRows.readParquet(spark, matricesPath);
 * Dataset<Row> findings = SparkRaciValidation.standard().validate(matrices);
 * findings.write().json(findingsPath); // {"matrix":"m1","code":"RACI-001",...} per line
 * }</pre>
 */
public final class SparkRaciValidation {

  private final RaciValidator validator;
  private final @Nullable ImmutableList<RoleAssignment> holders;

  private SparkRaciValidation(
      RaciValidator validator, @Nullable ImmutableList<RoleAssignment> holders) {
    this.validator = validator;
    this.holders = holders;
  }

  /** Returns the job with {@link RaciValidator#standard()}, without shared role holders. */
  public static SparkRaciValidation standard() {
    return of(RaciValidator.standard());
  }

  /**
   * Returns the job that validates with {@code validator}, without shared role holders.
   *
   * @param validator the validator, with its policy
   * @return the job
   */
  public static SparkRaciValidation of(RaciValidator validator) {
    return new SparkRaciValidation(Objects.requireNonNull(validator, "validator"), null);
  }

  /**
   * Returns this job with role holders that apply to every matrix, as a model's role assignments
   * apply to each of its matrices: every matrix is then validated with holders, these and those its
   * rows give ({@link RaciMatrixRows#PEOPLE}), several assignments of one role counting as one with
   * all their people.
   *
   * @param holders who holds each role
   * @return a job with those holders
   */
  public SparkRaciValidation withRoleHolders(List<RoleAssignment> holders) {
    return new SparkRaciValidation(validator, ImmutableList.copyOf(holders));
  }

  /** Returns the validator the job applies. */
  public RaciValidator validator() {
    return validator;
  }

  /**
   * Validates the matrices of {@code matrices}, shuffled into {@code spark.sql.shuffle.partitions}
   * partitions by matrix id.
   *
   * @param matrices rows of {@link RaciMatrixRows}'s columns; other columns are ignored
   * @return the findings, rows of {@link FindingRows#SCHEMA}
   * @throws dev.governance.core.GovernanceValidationException if a required column is missing or of
   *     another type, naming it; a bad value fails the job when it runs (see the class description)
   */
  public Dataset<Row> validate(Dataset<Row> matrices) {
    Dataset<Row> rows = RaciMatrixRows.columns(matrices, "matrix rows");
    return findings(rows.repartition(functions.col(RaciMatrixRows.MATRIX)));
  }

  /**
   * Validates the matrices of {@code matrices}, shuffled into {@code partitions} partitions by
   * matrix id.
   *
   * @param matrices rows of {@link RaciMatrixRows}'s columns; other columns are ignored
   * @param partitions the number of partitions to validate in, at least 1
   * @return the findings, rows of {@link FindingRows#SCHEMA}
   * @throws dev.governance.core.GovernanceValidationException if a required column is missing or of
   *     another type, naming it, or {@code partitions} is not positive
   */
  public Dataset<Row> validate(Dataset<Row> matrices, int partitions) {
    dev.governance.core.ArgChecker.positive(partitions, "partitions");
    Dataset<Row> rows = RaciMatrixRows.columns(matrices, "matrix rows");
    return findings(rows.repartition(partitions, functions.col(RaciMatrixRows.MATRIX)));
  }

  private Dataset<Row> findings(Dataset<Row> shuffled) {
    return shuffled
        .sortWithinPartitions(functions.col(RaciMatrixRows.MATRIX))
        .mapPartitions(new ValidatePartition(validator, holders), Encoders.row(FindingRows.SCHEMA));
  }

  /** The function run on each partition: what the executors receive, serialized. */
  private static final class ValidatePartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final RaciValidator validator;
    private final @Nullable ImmutableList<RoleAssignment> holders;

    ValidatePartition(RaciValidator validator, @Nullable ImmutableList<RoleAssignment> holders) {
      this.validator = validator;
      this.holders = holders;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return new Findings(rows, validator, holders);
    }
  }

  /** The findings of a partition sorted by matrix id, one matrix validated at a time. */
  private static final class Findings implements Iterator<Row> {
    private final Iterator<Row> rows;
    private final RaciValidator validator;
    private final @Nullable ImmutableList<RoleAssignment> holders;
    private final ArrayDeque<Row> ready = new ArrayDeque<>();
    private @Nullable Row next;

    Findings(
        Iterator<Row> rows,
        RaciValidator validator,
        @Nullable ImmutableList<RoleAssignment> holders) {
      this.rows = rows;
      this.validator = validator;
      this.holders = holders;
      this.next = rows.hasNext() ? rows.next() : null;
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && next != null) {
        validateNextMatrix(next);
      }
      return !ready.isEmpty();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more findings in this partition");
      }
      return ready.removeFirst();
    }

    private void validateNextMatrix(Row first) {
      String id = first.getString(0);
      List<Row> matrixRows = new ArrayList<>();
      matrixRows.add(first);
      next = null;
      while (rows.hasNext()) {
        Row row = rows.next();
        if (!Objects.equals(row.getString(0), id)) {
          next = row;
          break;
        }
        matrixRows.add(row);
      }
      RebuiltMatrix rebuilt = RebuiltMatrix.of(matrixRows, holders);
      ImmutableList<RoleAssignment> matrixHolders = rebuilt.holders();
      RaciReport report =
          matrixHolders == null
              ? validator.validate(rebuilt.matrix())
              : validator.validate(rebuilt.matrix(), matrixHolders);
      for (Finding finding : report.findings().findings()) {
        ready.addLast(FindingRows.of(rebuilt.matrix().id(), finding));
      }
    }
  }
}
