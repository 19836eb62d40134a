package dev.governance.io.sheet;

/** What a cell holds, as the workbook stores it. */
public enum CellKind {
  /** Nothing: an absent cell, an empty one, or an empty CSV field. */
  BLANK,
  /** Text: a shared or inline string, a formula's text result, or any CSV field. */
  TEXT,
  /** A number without a date format. */
  NUMBER,
  /** A number with a date or time format: an Excel serial date in the workbook's date system. */
  DATE,
  /** {@code TRUE} or {@code FALSE}. */
  BOOLEAN,
  /** An error value such as {@code #DIV/0!} or {@code #REF!}. */
  ERROR,
  /** A formula the program that saved the workbook did not calculate: no cached value to read. */
  UNCALCULATED
}
