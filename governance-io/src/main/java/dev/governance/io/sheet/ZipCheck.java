package dev.governance.io.sheet;

import dev.governance.io.LoadException;
import dev.governance.io.LoadProblem;
import dev.governance.rules.SourceRegion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.jspecify.annotations.Nullable;

/**
 * The check of a workbook's ZIP package before anything in it is parsed: every entry is inflated
 * once, with the ZIP reader the workbook is then read with (Apache Commons Compress, so that both
 * see the same entries), and the file is refused as soon as the bytes inflated pass {@link
 * SheetLimits#maxUncompressedBytes()} or an entry inflates more than {@link
 * SheetLimits#maxCompressionRatio()} times the bytes it takes (counted as inflated, as Apache POI's
 * {@code ZipSecureFile} does, since the sizes a ZIP declares can lie).
 *
 * <p>The XML entries are scanned as they inflate, without being parsed, for what would make the
 * streaming reader allocate without bound before any limit of a row could be checked: text or a tag
 * longer than {@link SheetLimits#maxCellCharacters()} characters between two markup characters, a
 * cell ({@code <c r="...">}) beyond {@link SheetLimits#maxColumns()}, and a row of more cells than
 * that. The scan also reads the workbook's date system ({@code workbookPr date1904}, an {@code
 * xsd:boolean}: {@code 1} or {@code true}), which fastexcel-reader 0.19.0 reads with {@code
 * Boolean.parseBoolean} and so misses in the {@code 1} that Excel writes.
 */
final class ZipCheck {

  private static final int BUFFER = 64 * 1024;

  /** What the check learnt of the workbook. */
  record Result(boolean date1904) {}

  private ZipCheck() {}

  /**
   * Checks the workbook in {@code file}.
   *
   * @param source the file's name for problems
   * @param file the file, a ZIP file
   * @param limits the limits
   * @return what the check read
   * @throws LoadException at a damaged ZIP file, a package without content types, an entry that
   *     cannot be read or past a limit
   */
  static Result check(String source, Path file, SheetLimits limits) {
    Scan scan = new Scan(source, limits);
    try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
      if (zip.getEntry("[Content_Types].xml") == null) {
        throw problem(
            source,
            "file",
            "expected an .xlsx workbook, found a ZIP file without [Content_Types].xml (not an"
                + " Office Open XML package)");
      }
      long total = 0;
      byte[] buffer = new byte[BUFFER];
      for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
        ZipArchiveEntry entry = entries.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        String part = "part '" + entry.getName() + "'";
        if (!zip.canReadEntryData(entry)) {
          throw problem(
              source,
              part,
              "expected a stored or deflated ZIP entry, found one that is encrypted or compressed"
                  + " with method "
                  + entry.getMethod());
        }
        scan.start(part);
        long inflated = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          int n;
          while ((n = in.read(buffer)) > 0) {
            inflated += n;
            total += n;
            if (total > limits.maxUncompressedBytes()) {
              throw problem(
                  source,
                  part,
                  "expected the workbook's entries to inflate to at most "
                      + limits.maxUncompressedBytes()
                      + " bytes (the reader's limit), found more");
            }
            long compressed =
                in instanceof InputStreamStatistics
                    ? ((InputStreamStatistics) in).getCompressedCount()
                    : entry.getCompressedSize();
            if (inflated > SheetLimits.RATIO_GRACE_BYTES
                && inflated > Math.max(compressed, 1) * limits.maxCompressionRatio()) {
              throw problem(
                  source,
                  part,
                  "expected an entry inflating at most "
                      + limits.maxCompressionRatio()
                      + " times its compressed size (the reader's limit), found "
                      + inflated
                      + " bytes from "
                      + compressed
                      + ": a zip bomb?");
            }
            scan.bytes(buffer, n);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof LoadException) {
        throw (LoadException) e;
      }
      throw problem(
          source,
          "file",
          "expected an .xlsx workbook, found a damaged ZIP file (truncated?): " + e.getMessage());
    }
    return new Result(scan.date1904);
  }

  private static LoadException problem(String source, String path, String message) {
    return new LoadException(List.of(LoadProblem.at(source, SourceRegion.of(1, 1), path, message)));
  }

  /** The scan of one entry after another, byte by byte. */
  private static final class Scan {

    private static final int MOST_ENTITY_BYTES = 32;

    private static final byte[] ROW = "row".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CELL = "c".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WORKBOOK_PROPERTIES =
        "workbookPr".getBytes(StandardCharsets.US_ASCII);

    /** The most characters of a tag, its attributes included. */
    static final int MOST_TAG_CHARACTERS = 65_536;

    private final String source;
    private final SheetLimits limits;
    private String part = "";
    private boolean xml;
    private boolean started;
    private boolean markup;
    private byte quote;
    private int entity = -1;
    private long run;
    private long cellsInRow;
    private byte[] tag = new byte[256];
    private int tagLength;
    boolean date1904;

    Scan(String source, SheetLimits limits) {
      this.source = source;
      this.limits = limits;
    }

    void start(String name) {
      part = name;
      xml = false;
      started = false;
      markup = false;
      quote = 0;
      entity = -1;
      run = 0;
      cellsInRow = 0;
      tagLength = 0;
    }

    void bytes(byte[] buffer, int length) {
      for (int i = 0; i < length; i++) {
        byte b = buffer[i];
        if (!started) {
          // an XML entry starts with '<' after an optional byte-order mark and white space; any
          // other entry (an image, a printer's settings) is not parsed by the reader
          if (b == '<') {
            started = true;
            xml = true;
          } else if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || (b & 0x80) != 0) {
            continue;
          } else {
            started = true;
            xml = false;
          }
        }
        if (xml) {
          next(b);
        }
      }
    }

    private void next(byte b) {
      if (markup && quote != 0) {
        if (b == quote) {
          quote = 0;
        }
        keep(b);
        count(b);
        return;
      }
      if (b == '<') {
        markup = true;
        run = 0;
        entity = -1;
        tagLength = 0;
        return;
      }
      if (b == '>' && markup) {
        markup = false;
        run = 0;
        tag();
        return;
      }
      if (markup) {
        if (b == '"' || b == '\'') {
          quote = b;
        }
        keep(b);
        count(b);
        return;
      }
      if (entity >= 0) {
        entity++;
        if (b == ';' || entity > MOST_ENTITY_BYTES) {
          entity = -1;
        }
        return;
      }
      if (b == '&') {
        entity = 0;
      }
      count(b);
    }

    /** Counts a byte of text: one character per UTF-8 lead byte, two for a four-byte one. */
    private void count(byte b) {
      if ((b & 0xC0) == 0x80) {
        return;
      }
      run += (b & 0xF8) == 0xF0 ? 2 : 1;
      if (markup && run > MOST_TAG_CHARACTERS) {
        throw problem(
            source,
            part,
            "expected a tag of at most " + MOST_TAG_CHARACTERS + " characters, found more");
      }
      if (!markup && run > limits.maxCellCharacters()) {
        throw problem(
            source,
            part,
            "expected at most "
                + limits.maxCellCharacters()
                + " characters between two tags (the reader's limit on a cell), found more");
      }
    }

    private void keep(byte b) {
      if (tagLength == tag.length) {
        byte[] longer = new byte[tag.length * 2];
        System.arraycopy(tag, 0, longer, 0, tag.length);
        tag = longer;
      }
      tag[tagLength++] = b;
    }

    /**
     * Looks at a tag: a row, a cell and its reference, the workbook's properties. The name is read
     * from the bytes, and only those three tags are decoded, so the scan makes no string of the
     * many other tags ({@code <v>}, {@code </c>}, {@code <t>}).
     */
    private void tag() {
      if (tagLength == 0 || tag[0] == '/' || tag[0] == '?' || tag[0] == '!') {
        return;
      }
      int nameEnd = 0;
      int local = 0;
      while (nameEnd < tagLength && !isSpace(tag[nameEnd]) && tag[nameEnd] != '/') {
        if (tag[nameEnd] == ':') {
          local = nameEnd + 1;
        }
        nameEnd++;
      }
      if (isName(local, nameEnd, ROW)) {
        cellsInRow = 0;
      } else if (isName(local, nameEnd, CELL)) {
        // the name is ASCII, so its end is at the same index in the decoded text
        cell(new String(tag, 0, tagLength, StandardCharsets.UTF_8), nameEnd);
      } else if (isName(local, nameEnd, WORKBOOK_PROPERTIES)) {
        String value =
            attribute(new String(tag, 0, tagLength, StandardCharsets.UTF_8), nameEnd, "date1904");
        if (value != null) {
          date1904 = value.trim().equals("1") || value.trim().equals("true");
        }
      }
    }

    private boolean isName(int from, int to, byte[] name) {
      if (to - from != name.length) {
        return false;
      }
      for (int i = 0; i < name.length; i++) {
        if (tag[from + i] != name[i]) {
          return false;
        }
      }
      return true;
    }

    private static boolean isSpace(byte b) {
      return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private void cell(String text, int nameEnd) {
      cellsInRow++;
      if (cellsInRow > limits.maxColumns()) {
        throw problem(
            source,
            part,
            "expected at most " + limits.maxColumns() + " cells in a row (the reader's limit)");
      }
      String reference = attribute(text, nameEnd, "r");
      if (reference == null) {
        return;
      }
      long column = 0;
      for (int i = 0; i < reference.length(); i++) {
        char c = Character.toUpperCase(reference.charAt(i));
        if (c < 'A' || c > 'Z') {
          break;
        }
        column = column * 26 + (c - 'A' + 1);
        if (column > limits.maxColumns()) {
          throw problem(
              source,
              part,
              "cell '"
                  + (reference.length() > 20 ? reference.substring(0, 20) + "..." : reference)
                  + "': expected a column up to "
                  + SourceRegion.columnLetters(limits.maxColumns())
                  + " (column "
                  + limits.maxColumns()
                  + ", the reader's limit)");
        }
      }
    }

    /** Returns the value of the attribute of that local name, or null. */
    private static @Nullable String attribute(String tag, int from, String wanted) {
      int i = from;
      int n = tag.length();
      while (i < n) {
        while (i < n && (Character.isWhitespace(tag.charAt(i)) || tag.charAt(i) == '/')) {
          i++;
        }
        int nameStart = i;
        while (i < n && tag.charAt(i) != '=' && !Character.isWhitespace(tag.charAt(i))) {
          i++;
        }
        String name = tag.substring(nameStart, i);
        while (i < n && (Character.isWhitespace(tag.charAt(i)) || tag.charAt(i) == '=')) {
          i++;
        }
        if (i >= n || (tag.charAt(i) != '"' && tag.charAt(i) != '\'')) {
          return null;
        }
        char q = tag.charAt(i);
        int end = tag.indexOf(q, i + 1);
        if (end < 0) {
          return null;
        }
        if (localName(name).equals(wanted)) {
          return tag.substring(i + 1, end);
        }
        i = end + 1;
      }
      return null;
    }

    private static String localName(String name) {
      return name.substring(name.indexOf(':') + 1);
    }
  }
}
