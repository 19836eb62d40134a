package dev.governance.report.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableMap;
import com.google.common.hash.Hashing;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.governance.report.Block;
import dev.governance.report.Report;
import dev.governance.report.Table;
import dev.governance.report.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders each block of a report as one CSV file (RFC 4180: comma separated, CRLF line ends, cells
 * with a comma, quote or line break quoted and quotes doubled), named after the block's id: {@code
 * risk-top.csv} (characters a file name must not hold percent-encoded: {@code
 * raci-grid-ops%2Fit.csv}). The first row holds the column headings. A cell that a spreadsheet
 * would take for a formula (one starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
 * a carriage return, followed by more, and not a number: {@link Texts#formulaLike}) is prefixed
 * with {@code '} and quoted, as the OWASP guidance on CSV injection advises, so opening an export
 * never runs what the data holds. Cells are otherwise the data as it is, control characters
 * included, but for NUL and unpaired surrogates, which are written as U+FFFD ({@link
 * Texts#wellFormed}): UTF-8 cannot encode an unpaired surrogate, and a NUL ends a string in many
 * readers.
 */
public final class CsvRenderer {

  private CsvRenderer() {}

  /**
   * Renders every block.
   *
   * @param report the report
   * @return the CSV text of each block by file name, in report order
   */
  public static ImmutableMap<String, String> render(Report report) {
    ImmutableMap.Builder<String, String> files = ImmutableMap.builder();
    for (Block block : report.blocks()) {
      files.put(fileName(block.id()) + ".csv", csv(block.asTable()));
    }
    return files.buildOrThrow();
  }

  /**
   * Returns the file name of the block {@code id}: the id, its letters, digits, marks, {@code .},
   * {@code _} and {@code -} kept, other characters percent-encoded as UTF-8 ({@code /} as {@code
   * %2F}, {@code :} as {@code %3A}), so that an id taken from a model ({@code
   * raci-grid-ops/../../x}) names a file in the directory written, and ids never share a name (they
   * cannot hold {@code %}). A name longer than {@value #MOST_NAME_BYTES} bytes of UTF-8 (file
   * systems take 255) is cut there and ends in {@code ~} and 16 hex digits of the id's SHA-256.
   *
   * @param id a block's id
   * @return its file name, without the {@code .csv}
   */
  public static String fileName(String id) {
    StringBuilder name = new StringBuilder(id.length());
    int bytes = 0;
    int cut = -1;
    for (int i = 0; i < id.length(); i += Character.charCount(id.codePointAt(i))) {
      int c = id.codePointAt(i);
      String part = kept(c) ? Character.toString(c) : percentEncoded(c);
      bytes += part.getBytes(UTF_8).length;
      if (cut < 0 && bytes > MOST_NAME_BYTES - HASHED_SUFFIX_BYTES) {
        cut = name.length();
      }
      name.append(part);
    }
    if (bytes <= MOST_NAME_BYTES) {
      return name.toString();
    }
    return name.substring(0, cut)
        + "~"
        + Hashing.sha256().hashString(id, UTF_8).toString().substring(0, 16);
  }

  /** The longest file name written, in bytes of UTF-8, {@code .csv} left aside. */
  private static final int MOST_NAME_BYTES = 200;

  /** The bytes of {@code ~} and 16 hex digits. */
  private static final int HASHED_SUFFIX_BYTES = 17;

  private static boolean kept(int c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || c == '.'
        || c == '_'
        || c == '-';
  }

  private static String percentEncoded(int c) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : Character.toString(c).getBytes(UTF_8)) {
      encoded.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
    }
    return encoded.toString();
  }

  /**
   * Writes every block's CSV file into {@code directory}, creating it if needed.
   *
   * @param report the report
   * @param directory where to write
   * @return the files written, in report order
   * @throws IOException if writing fails
   */
  @CanIgnoreReturnValue
  public static List<Path> write(Report report, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (var file : render(report).entrySet()) {
      written.add(Files.write(directory.resolve(file.getKey()), file.getValue().getBytes(UTF_8)));
    }
    return written;
  }

  /** Returns {@code table} as CSV. */
  static String csv(Table table) {
    StringBuilder csv = new StringBuilder();
    line(csv, table.columns());
    table.rows().forEach(r -> line(csv, r.cells()));
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      String cell = Texts.wellFormed(cells.get(i));
      if (Texts.formulaLike(cell)) {
        csv.append("\"'").append(cell.replace("\"", "\"\"")).append('"');
      } else if (cell.indexOf(',') >= 0
          || cell.indexOf('"') >= 0
          || cell.indexOf('\n') >= 0
          || cell.indexOf('\r') >= 0) {
        csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        csv.append(cell);
      }
    }
    csv.append("\r\n");
  }
}
