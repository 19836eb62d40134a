package dev.governance.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the command in this JVM, as {@code main} would, with the given standard input. */
final class Cli {

  /** What a run gave: its exit code and what it printed. */
  record Result(int code, String out, String err) {}

  private Cli() {}

  static Result run(String... args) {
    return runWithInput("", args);
  }

  static synchronized Result runWithInput(String stdin, String... args) {
    InputStream original = System.in;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try {
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      int code = GovernanceCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
      return new Result(code, out.toString(), err.toString());
    } finally {
      System.setIn(original);
    }
  }
}
