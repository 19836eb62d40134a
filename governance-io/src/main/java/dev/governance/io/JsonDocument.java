package dev.governance.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of one JSON document, as every JSON loader of this package takes them: from a file, a
 * stream or the UTF-8 form of a reader's characters, at most {@link
 * GovernanceJson#MAX_DOCUMENT_BYTES} of them. A longer document is a {@link LoadException} at its
 * first byte past the limit, found having read that one byte more: no file or stream is read
 * further (a reader at most one buffer of 4096 characters), nor held whole in memory.
 */
final class JsonDocument {

  private static final int FIRST_BUFFER = 8192;

  private JsonDocument() {}

  /**
   * Reads {@code file}, closing it.
   *
   * @param file the file
   * @return its bytes
   * @throws LoadException if it has more than {@link GovernanceJson#MAX_DOCUMENT_BYTES} bytes
   * @throws UncheckedIOException if it cannot be read: {@code cannot read FILE}, with the cause
   */
  static byte[] read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in, GovernanceJson.MAX_DOCUMENT_BYTES);
    } catch (IOException e) {
      throw cannotRead(file.toString(), e);
    }
  }

  /**
   * Reads {@code in} to its end, leaving it open.
   *
   * @param source the document's name for errors
   * @param in the document's bytes
   * @return the bytes
   * @throws LoadException if it has more than {@link GovernanceJson#MAX_DOCUMENT_BYTES} bytes
   * @throws UncheckedIOException if it cannot be read: {@code cannot read SOURCE}, with the cause
   */
  static byte[] read(String source, InputStream in) {
    return read(source, in, GovernanceJson.MAX_DOCUMENT_BYTES);
  }

  /**
   * Reads {@code in} to its end, leaving it open, and returns the UTF-8 form of its characters.
   *
   * @param source the document's name for errors
   * @param in the document's characters
   * @return their UTF-8 bytes
   * @throws LoadException if they have more than {@link GovernanceJson#MAX_DOCUMENT_BYTES} UTF-8
   *     bytes, or an unpaired surrogate, which has no UTF-8 form
   * @throws UncheckedIOException if it cannot be read: {@code cannot read SOURCE}, with the cause
   */
  static byte[] read(String source, Reader in) {
    return read(source, new Utf8Encoding(in), GovernanceJson.MAX_DOCUMENT_BYTES);
  }

  /**
   * Reads {@code in} to its end, or to its byte {@code limit + 1}, leaving it open.
   *
   * @param source the document's name for errors
   * @param in the document's bytes
   * @param limit the most bytes a document may have
   * @return the bytes
   * @throws LoadException if it has more than {@code limit} bytes
   * @throws UncheckedIOException if it cannot be read: {@code cannot read SOURCE}, with the cause
   */
  static byte[] read(String source, InputStream in, int limit) {
    // grown by doubling as it fills, never past limit + 1: the one byte that proves the document
    // too long is the last one read
    byte[] buffer = new byte[(int) Math.min(FIRST_BUFFER, limit + 1L)];
    int size = 0;
    try {
      while (true) {
        if (size == buffer.length) {
          if (size > limit) {
            throw tooLong(source, buffer, limit);
          }
          buffer = Arrays.copyOf(buffer, (int) Math.min(limit + 1L, 2L * buffer.length));
        }
        int n = in.read(buffer, size, buffer.length - size);
        if (n < 0) {
          return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
        }
        size += n;
      }
    } catch (Unencodable e) {
      throw Utf8Text.at(source, buffer, size, "$", e.complaint);
    } catch (IOException e) {
      throw cannotRead(source, e);
    }
  }

  /**
   * Checks the length of a document given whole, with the error a stream of the same bytes gives.
   *
   * @param source the document's name for errors
   * @param document the document
   * @throws LoadException if it has more than {@link GovernanceJson#MAX_DOCUMENT_BYTES} bytes
   */
  static void checkLength(String source, byte[] document) {
    if (document.length > GovernanceJson.MAX_DOCUMENT_BYTES) {
      throw tooLong(source, document, GovernanceJson.MAX_DOCUMENT_BYTES);
    }
  }

  private static LoadException tooLong(String source, byte[] document, int limit) {
    return Utf8Text.at(
        source,
        document,
        limit,
        "$",
        String.format(
            Locale.ROOT,
            "expected a JSON document of at most %d bytes, but found more: byte %d is here",
            limit,
            limit + 1L));
  }

  private static UncheckedIOException cannotRead(String source, IOException e) {
    return new UncheckedIOException("cannot read " + source, e);
  }

  /**
   * A character that has no UTF-8 form, thrown by {@link Utf8Encoding} after every byte before it,
   * so that the bytes read so far say where it is.
   */
  private static final class Unencodable extends CharConversionException {

    private static final long serialVersionUID = 1L;

    /** What the error says, at the place of the bytes read so far. */
    final String complaint;

    Unencodable(char unit, long index) {
      this(
          String.format(
              Locale.ROOT,
              "expected text of Unicode characters, but found the unpaired surrogate U+%04X at"
                  + " character %d, which has no UTF-8 form",
              (int) unit,
              index));
    }

    private Unencodable(String complaint) {
      super(complaint);
      this.complaint = complaint;
    }
  }

  /**
   * The UTF-8 bytes of a reader's characters, encoded strictly as they are read: an unpaired
   * surrogate is an {@link Unencodable} once every byte before it has been read.
   */
  private static final class Utf8Encoding extends InputStream {

    private static final int CHARS = 4096;

    private final Reader in;
    private final CharsetEncoder encoder =
        UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer chars = CharBuffer.allocate(CHARS);
    // a character is at most 3 bytes, a surrogate pair 4 for its 2: a buffer of chars fits
    private final ByteBuffer bytes = ByteBuffer.allocate(3 * CHARS).flip();
    private long encoded;
    private boolean endOfInput;
    private boolean done;
    private @Nullable Unencodable pending;

    Utf8Encoding(Reader in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (!bytes.hasRemaining()) {
        if (pending != null) {
          throw pending;
        }
        if (done) {
          return -1;
        }
        encode();
      }
      int n = Math.min(len, bytes.remaining());
      bytes.get(b, off, n);
      return n;
    }

    private void encode() throws IOException {
      if (!endOfInput && in.read(chars) < 0) {
        endOfInput = true;
      }
      chars.flip();
      bytes.clear();
      CoderResult result = encoder.encode(chars, bytes, endOfInput);
      encoded += chars.position();
      if (result.isError()) {
        pending = new Unencodable(chars.get(), encoded + 1);
      } else if (endOfInput && !chars.hasRemaining()) {
        encoder.flush(bytes);
        done = true;
      }
      chars.compact();
      bytes.flip();
    }
  }
}
