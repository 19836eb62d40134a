package dev.governance.report;

/**
 * How good a value is, which every renderer shows the same way: a status word and, in HTML, a
 * colour of a colour-blind-safe palette (Okabe and Ito's), never colour alone.
 */
public enum Tone {
  /** On target, within appetite, on time: green. */
  GOOD,
  /** Needs attention: amber. */
  WARNING,
  /** Off target, outside tolerance, overdue, an error: red. */
  CRITICAL,
  /** No judgement: plain. */
  NEUTRAL,
  /** No data: grey. */
  MISSING
}
