package dev.governance.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/**
 * The loaders' one check that a file is UTF-8: a strict decoder (which rejects overlong forms and
 * encoded surrogates) run over the bytes into a small reused buffer, so the check costs no memory
 * proportional to the file; the first byte that is not UTF-8 is a {@link LoadException} at its line
 * and column. Public for the spreadsheet loaders of {@code dev.governance.io.sheet}, which read CSV
 * files through it.
 */
public final class Utf8Text {

  /** What a loader says of the first byte that is not UTF-8. */
  @FunctionalInterface
  public interface Complaint {
    /**
     * Returns the message for the byte {@code value} at {@code offset} (from 1) of the file.
     *
     * @param value the byte, from 0 to 255
     * @param offset where it is, counting bytes from 1
     * @return the message
     */
    String about(int value, int offset);
  }

  private Utf8Text() {}

  /**
   * Checks that {@code bytes} are UTF-8.
   *
   * @param source the file's name for errors
   * @param bytes the file
   * @param path the path the error names, such as {@code $}
   * @param complaint the message about the first byte that is not UTF-8
   * @throws LoadException at the first byte that is not UTF-8
   */
  public static void check(String source, byte[] bytes, String path, Complaint complaint) {
    CharsetDecoder decoder =
        UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(4096);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        int at = in.position();
        throw at(source, bytes, at, path, complaint.about(bytes[at] & 0xff, at + 1));
      }
      if (result.isUnderflow()) {
        return;
      }
      out.clear();
    }
  }

  /**
   * Returns the error at the byte {@code offset} (from 0) of a document: its line is one more than
   * the line ends before it, its column the bytes since the last line end, plus one, as the JSON
   * parser counts them.
   *
   * @param source the document's name for errors
   * @param bytes the document, or as much of it as was read: at least its first {@code offset}
   *     bytes
   * @param offset where the error is, counting bytes from 0; at most {@code bytes.length}
   * @param path the path the error names, such as {@code $}
   * @param message what is wrong and what was expected
   * @return the exception to throw
   */
  static LoadException at(String source, byte[] bytes, int offset, String path, String message) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new LoadException(
        List.of(
            LoadProblem.builder()
                .source(source)
                .line(line)
                .column(offset - lineStart + 1)
                .path(path)
                .message(message)
                .build()));
  }
}
