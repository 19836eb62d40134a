package dev.governance.io;

import com.fasterxml.jackson.core.JsonLocation;
import dev.governance.rules.SourceRegion;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong in loaded data, with where it is: the source (a file name), the line and column
 * (both from 1; in a workbook the row and the column's number, with the sheet), the path inside the
 * document ({@code $.risks[3].likelihood} in JSON, {@code column 'Impact'} in a spreadsheet) and
 * what was expected.
 */
@Value.Immutable
abstract class AbstractLoadProblem {

  /** Returns the source, such as the file name. */
  public abstract String source();

  /** Returns the line (the row in a workbook), from 1. */
  public abstract int line();

  /** Returns the column, from 1. */
  public abstract int column();

  /** Returns the sheet of a workbook; empty in a text file. */
  public abstract Optional<String> sheet();

  /** Returns the place in the source: {@code LINE:COLUMN}, or the cell ({@code Risks!C7}). */
  public SourceRegion region() {
    return SourceRegion.of(line(), column()).withSheet(sheet());
  }

  /** Returns the path of the offending value inside the document. */
  public abstract String path();

  /** Returns what is wrong and what was expected. */
  public abstract String message();

  /**
   * Returns the problem at a place a JSON parser reports; a place it does not know (no location, or
   * line or column 0) is taken as the document's start.
   *
   * @param source the document's name
   * @param at where the parser was, or null
   * @param path the JSON path of the value
   * @param message what is wrong and what was expected
   * @return the problem
   */
  public static LoadProblem at(
      String source, @Nullable JsonLocation at, String path, String message) {
    return LoadProblem.builder()
        .source(source)
        .line(at == null ? 1 : Math.max(1, at.getLineNr()))
        .column(at == null ? 1 : Math.max(1, at.getColumnNr()))
        .path(path)
        .message(message)
        .build();
  }

  /**
   * Returns the problem at a place in a text file or a cell of a workbook.
   *
   * @param source the file's name
   * @param at the line and column, or the sheet's cell
   * @param path what is there, such as {@code column 'Impact'}
   * @param message what is wrong and what was expected
   * @return the problem
   */
  public static LoadProblem at(String source, SourceRegion at, String path, String message) {
    return LoadProblem.builder()
        .source(source)
        .line(at.line())
        .column(at.column())
        .sheet(at.sheet())
        .path(path)
        .message(message)
        .build();
  }

  /**
   * Returns {@code source:line:column: path: message}, the form compilers and editors link, or in a
   * workbook {@code source: Sheet!C7: path: message}.
   */
  @Override
  public String toString() {
    return sheet().isPresent()
        ? source() + ": " + region().a1() + ": " + path() + ": " + message()
        : source() + ":" + line() + ":" + column() + ": " + path() + ": " + message();
  }
}
