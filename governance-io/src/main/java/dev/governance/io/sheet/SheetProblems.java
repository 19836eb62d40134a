package dev.governance.io.sheet;

import dev.governance.io.LoadException;
import dev.governance.io.LoadProblem;
import dev.governance.rules.SourceRegion;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems a loader finds in one file, gathered so that a file's every problem is reported at
 * once, in one {@link LoadException}. It keeps the first {@value #MOST_LISTED} and counts the rest,
 * which the last problem then names, so that a file wrong on every row cannot fill the memory.
 */
public final class SheetProblems {

  /** The problems listed one by one; more are counted. */
  public static final int MOST_LISTED = 1_000;

  private final String source;
  private final List<LoadProblem> problems = new ArrayList<>();
  private int unlisted;

  /**
   * Starts an empty list for a file.
   *
   * @param source the file's name, as problems name it
   */
  public SheetProblems(String source) {
    this.source = source;
  }

  /** Returns the file's name. */
  public String source() {
    return source;
  }

  /**
   * Adds a problem at a cell.
   *
   * @param at the cell
   * @param path what the cell is, such as {@code column 'Impact'}
   * @param message what is wrong and what was expected
   */
  public void add(SheetCell at, String path, String message) {
    add(at.location(), path, message);
  }

  /**
   * Adds a problem at a place.
   *
   * @param at the cell, or the line and column
   * @param path what is there, such as {@code column 'Impact'}
   * @param message what is wrong and what was expected
   */
  public void add(SourceRegion at, String path, String message) {
    if (problems.size() < MOST_LISTED) {
      problems.add(LoadProblem.at(source, at, path, message));
    } else {
      unlisted++;
    }
  }

  /** Returns how many problems were found, listed or not. */
  int count() {
    return problems.size() + unlisted;
  }

  /** Returns whether no problem was found. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /**
   * Throws every problem found, if any.
   *
   * @throws LoadException with the problems in the order found, the last counting those not listed
   */
  public void throwIfAny() {
    if (problems.isEmpty()) {
      return;
    }
    List<LoadProblem> all = new ArrayList<>(problems);
    if (unlisted > 0) {
      LoadProblem last = problems.get(problems.size() - 1);
      all.add(
          LoadProblem.at(
              source,
              last.region(),
              "file",
              unlisted + " more problems not listed (the first " + MOST_LISTED + " are)"));
    }
    throw new LoadException(all);
  }
}
