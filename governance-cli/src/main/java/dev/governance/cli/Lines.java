package dev.governance.cli;

import dev.governance.report.Texts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * The batch modes' loop over standard input: one output line per input line, streamed as it is read
 * (memory bounded by one line, whatever the input's length), a failed line printed as an error line
 * instead of stopping the batch. A UTF-8 byte order mark before the first line is ignored.
 */
final class Lines {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private Lines() {}

  /**
   * Answers each line of standard input on {@code out}.
   *
   * @param out where the answers go
   * @param answer the answer to a line; it throws for a line it cannot answer
   * @param error the error line of an input line and the failure's message (control characters
   *     escaped)
   * @return {@link GovernanceCli#OK}, or {@link GovernanceCli#FINDINGS} if any line failed
   */
  static int answer(PrintWriter out, UnaryOperator<String> answer, BinaryOperator<String> error) {
    int code = GovernanceCli.OK;
    try {
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      boolean first = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (first && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
          line = line.substring(1);
        }
        first = false;
        try {
          out.println(answer.apply(line));
        } catch (RuntimeException e) {
          // a batch never stops: whatever one line does, the next still gets its answer
          String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
          out.println(error.apply(line, Texts.oneLine(message)));
          code = GovernanceCli.FINDINGS;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
    out.flush();
    return code;
  }
}
