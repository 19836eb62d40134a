package dev.governance.spark;

import dev.governance.core.GovernanceValidationException;
import dev.governance.core.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Checks, before a job runs, that rows have the columns an input schema asks for. */
final class Columns {

  private Columns() {}

  /**
   * Checks that {@code found} has each column of {@code wanted} but the {@code optional} ones, with
   * a type {@code accepts} takes for the wanted one.
   *
   * @param found the schema of the rows
   * @param wanted the input schema
   * @param optional the columns that may be missing
   * @param accepts whether a column of the second type may stand for one of the first
   * @param words what the message calls the values of a wanted type, such as {@code strings}
   * @param source what the rows are, for the message, such as the files' names
   * @throws GovernanceValidationException naming each column missing or of another type
   */
  static void check(
      StructType found,
      StructType wanted,
      Set<String> optional,
      BiPredicate<DataType, DataType> accepts,
      Function<DataType, String> words,
      String source) {
    List<String> names = Arrays.asList(found.fieldNames());
    List<Violation> violations = new ArrayList<>();
    for (StructField column : wanted.fields()) {
      String name = column.name();
      int index = names.indexOf(name);
      if (index < 0) {
        if (!optional.contains(name)) {
          violations.add(
              Violation.of(
                  source + " column " + name,
                  "<missing>",
                  "a column "
                      + name
                      + " of "
                      + words.apply(column.dataType())
                      + " (columns found: "
                      + String.join(", ", names)
                      + ")"));
        }
      } else {
        DataType type = found.fields()[index].dataType();
        if (!accepts.test(column.dataType(), type)) {
          violations.add(
              Violation.of(
                  source + " column " + name,
                  type.simpleString(),
                  "a column of " + words.apply(column.dataType())));
        }
      }
    }
    if (!violations.isEmpty()) {
      throw new GovernanceValidationException(violations);
    }
  }
}
