package dev.governance.spark;

import static scala.jdk.javaapi.CollectionConverters.asScala;

import com.google.common.collect.ImmutableList;
import dev.governance.rules.Explanation;
import dev.governance.rules.Finding;
import dev.governance.rules.Waived;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Findings as Spark rows: the findings JSON shape of {@code governance validate --format json}
 * (governance-report's {@code FindingsJson}), one row per finding, after a leading column naming
 * the matrix (or other unit) the finding was found in.
 *
 * <p>The columns of {@link #SCHEMA}, in order:
 *
 * <table>
 *   <caption>Columns of a findings row</caption>
 *   <tr><th>column</th><th>type</th><th>holds</th></tr>
 *   <tr><td>{@code matrix}</td><td>string</td><td>the id of the matrix validated</td></tr>
 *   <tr><td>{@code code}</td><td>string</td><td>the rule code, such as {@code RACI-001}</td></tr>
 *   <tr><td>{@code severity}</td><td>string</td><td>{@code ERROR}, {@code WARNING} or
 *       {@code INFO}</td></tr>
 *   <tr><td>{@code message}</td><td>string</td><td>the plain-English message</td></tr>
 *   <tr><td>{@code subject}</td><td>map&lt;string,string&gt;</td><td>the subject's ids by key
 *       ({@code activity}, {@code role}, {@code person}, ..., {@code matrix}), present ids only, in
 *       {@link dev.governance.rules.Subject#ids()} order</td></tr>
 *   <tr><td>{@code notify}</td><td>array&lt;string&gt;</td><td>the roles to tell; null when
 *       none</td></tr>
 *   <tr><td>{@code notifyPeople}</td><td>array&lt;string&gt;</td><td>the people the rule names;
 *       null when none</td></tr>
 *   <tr><td>{@code people}</td><td>array&lt;string&gt;</td><td>everyone to tell, by person id;
 *       null when none</td></tr>
 *   <tr><td>{@code fix}</td><td>string</td><td>the suggested fix; null when none</td></tr>
 *   <tr><td>{@code explanation}</td><td>struct</td><td>{@code quantity}, {@code result} (double),
 *       {@code formula}, {@code text} ({@code quantity = result = formula}) and {@code inputs}
 *       (map&lt;string,double&gt;, in the formula's order); null when none</td></tr>
 *   <tr><td>{@code waived}</td><td>struct</td><td>{@code id} and {@code until}
 *       ({@code YYYY-MM-DD}) of the waiver that accepted the finding; null when none</td></tr>
 * </table>
 *
 * <p>A column is null exactly where the findings JSON leaves its field out, and Spark's JSON writer
 * leaves null fields out (its default, {@code ignoreNullFields}), so {@code
 * findings.write().json(dir)} writes each row as the findings JSON object of the same finding with
 * {@code "matrix"} first: the same field names, in the same order, with the same values. Two fields
 * of the findings JSON have no column: {@code "location"}, as rows come from no file lines, and an
 * explanation's {@code "children"}, as a Spark schema cannot nest itself; the RACI engine's
 * explanations are counts without children, and {@link #of} rejects a finding whose explanation has
 * children rather than write it without them.
 */
public final class FindingRows {

  /** The explanation struct: the findings JSON's explanation without {@code children}. */
  private static final StructType EXPLANATION =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("quantity", DataTypes.StringType, false),
              DataTypes.createStructField("result", DataTypes.DoubleType, false),
              DataTypes.createStructField("formula", DataTypes.StringType, false),
              DataTypes.createStructField("text", DataTypes.StringType, false),
              DataTypes.createStructField(
                  "inputs",
                  DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false),
                  false)));

  private static final StructType WAIVED =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("id", DataTypes.StringType, false),
              DataTypes.createStructField("until", DataTypes.StringType, false)));

  /** The schema of a findings row; see the class description. */
  public static final StructType SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("matrix", DataTypes.StringType, false),
              DataTypes.createStructField("code", DataTypes.StringType, false),
              DataTypes.createStructField("severity", DataTypes.StringType, false),
              DataTypes.createStructField("message", DataTypes.StringType, false),
              DataTypes.createStructField(
                  "subject",
                  DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false),
                  false),
              ids("notify"),
              ids("notifyPeople"),
              ids("people"),
              DataTypes.createStructField("fix", DataTypes.StringType, true),
              DataTypes.createStructField("explanation", EXPLANATION, true),
              DataTypes.createStructField("waived", WAIVED, true)));

  private FindingRows() {}

  /**
   * Returns {@code finding} as a row of {@link #SCHEMA}. Its maps and arrays are Scala views of the
   * finding's collections (what a Spark row holds), in the finding's order.
   *
   * @param matrix the id of the matrix the finding was found in, the row's first column
   * @param finding the finding
   * @return the row
   * @throws IllegalArgumentException if the finding's explanation has children, which the row has
   *     no column for
   */
  public static Row of(String matrix, Finding finding) {
    Objects.requireNonNull(matrix, "matrix");
    return RowFactory.create(
        matrix,
        finding.code(),
        finding.severity().name(),
        finding.message(),
        asScala(finding.subject().ids()),
        orNull(finding.notifyRoles()),
        orNull(finding.notifyPeople()),
        orNull(finding.people().asList()),
        finding.suggestedFix().orElse(null),
        finding.explanation().map(e -> explanation(finding, e)).orElse(null),
        finding.waived().map(FindingRows::waived).orElse(null));
  }

  private static StructField ids(String name) {
    return DataTypes.createStructField(
        name, DataTypes.createArrayType(DataTypes.StringType, false), true);
  }

  /**
   * Returns the ids as a Scala sequence, or null for none: a Spark row holds an array as a Scala
   * sequence.
   */
  private static scala.collection.mutable.@Nullable Buffer<String> orNull(
      ImmutableList<String> ids) {
    return ids.isEmpty() ? null : asScala(ids);
  }

  private static Row explanation(Finding finding, Explanation e) {
    if (!e.children().isEmpty()) {
      throw new IllegalArgumentException(
          "explanation.children of finding "
              + finding
              + ": expected none, as a findings row has no column for them (found "
              + e.children().size()
              + ")");
    }
    return RowFactory.create(
        e.quantity(), e.result(), e.formula(), e.toString(), asScala(e.inputs()));
  }

  private static Row waived(Waived w) {
    return RowFactory.create(w.id(), w.until().toString());
  }
}
