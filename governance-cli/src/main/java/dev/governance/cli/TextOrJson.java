package dev.governance.cli;

/** The output formats of the commands that print either words or JSON. */
enum TextOrJson {
  /** Lines for people. */
  text,
  /** JSON for programs. */
  json
}
