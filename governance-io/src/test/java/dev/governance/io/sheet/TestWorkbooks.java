package dev.governance.io.sheet;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Workbooks written part by part, for the cases no spreadsheet program writes. */
final class TestWorkbooks {

  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private TestWorkbooks() {}

  /** Returns the parts of a workbook of one sheet {@code Risks} holding {@code sheetData}. */
  static Map<String, byte[]> parts(String workbookPr, String sheetData) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
             + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
             + " Extension=\"rels\""
             + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
             + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
             + " PartName=\"/xl/workbook.xml\""
             + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override"
             + " PartName=\"/xl/styles.xml\""
             + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/><Override"
             + " PartName=\"/xl/sharedStrings.xml\""
             + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>")
            .getBytes(UTF_8));
    parts.put(
        "xl/workbook.xml",
        ("<workbook xmlns=\""
                + MAIN
                + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + workbookPr
                + "<sheets><sheet name=\"Risks\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
            .getBytes(UTF_8));
    parts.put(
        "xl/_rels/workbook.xml.rels",
        ("<Relationships"
             + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
             + " Id=\"rId1\""
             + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
             + " Target=\"worksheets/sheet1.xml\"/></Relationships>")
            .getBytes(UTF_8));
    parts.put(
        "xl/styles.xml",
        ("<styleSheet xmlns=\""
                + MAIN
                + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\""
                + " formatCode=\"yyyy-mm-dd\"/></numFmts><cellXfs count=\"2\"><xf"
                + " numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>")
            .getBytes(UTF_8));
    parts.put(
        "xl/sharedStrings.xml",
        ("<sst xmlns=\"" + MAIN + "\"><si><t>Id</t></si></sst>").getBytes(UTF_8));
    parts.put(
        "xl/worksheets/sheet1.xml",
        ("<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + sheetData + "</sheetData></worksheet>")
            .getBytes(UTF_8));
    return parts;
  }

  /** Writes the parts as a ZIP file, deflated. */
  static Path zip(Path file, Map<String, byte[]> parts) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  /**
   * Writes the parts with one more, a zip bomb: {@code head}, then {@code repeated} {@code times}
   * over, then {@code tail}, deflated once and its compressed block repeated, so that gigabytes
   * cost milliseconds to write. Its ZIP headers declare a size of 1,024 bytes: the reader must
   * count what it inflates, not believe them.
   */
  static Path bomb(
      Path file,
      Map<String, byte[]> parts,
      String name,
      String head,
      String repeated,
      long times,
      String tail)
      throws IOException {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    data.write(deflate(deflater, head.getBytes(UTF_8), Deflater.FULL_FLUSH));
    byte[] block = deflate(deflater, repeated.getBytes(UTF_8), Deflater.FULL_FLUSH);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, byte[]> all = new LinkedHashMap<>(parts);
    all.remove(name);
    // the normal parts first, stored
    ByteArrayOutputStream central = new ByteArrayOutputStream();
    int count = 0;
    for (Map.Entry<String, byte[]> part : all.entrySet()) {
      CRC32 crc = new CRC32();
      crc.update(part.getValue());
      entry(
          out,
          central,
          part.getKey(),
          0,
          crc.getValue(),
          part.getValue().length,
          part.getValue().length,
          part.getValue());
      count++;
    }
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    compressed.write(data.toByteArray());
    for (long i = 0; i < times; i++) {
      compressed.write(block);
    }
    deflater.setInput(tail.getBytes(UTF_8));
    deflater.finish();
    byte[] buffer = new byte[4096];
    while (!deflater.finished()) {
      compressed.write(buffer, 0, deflater.deflate(buffer));
    }
    byte[] bytes = compressed.toByteArray();
    entry(out, central, name, 8, 0, bytes.length, 1024, bytes);
    count++;
    int centralAt = out.size();
    out.write(central.toByteArray());
    ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
    end.putShort((short) count).putShort((short) count).putInt(central.size()).putInt(centralAt);
    end.putShort((short) 0);
    out.write(end.array());
    Files.write(file, out.toByteArray());
    return file;
  }

  private static byte[] deflate(Deflater deflater, byte[] input, int flush) {
    deflater.setInput(input);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    int n;
    do {
      n = deflater.deflate(buffer, 0, buffer.length, flush);
      out.write(buffer, 0, n);
    } while (n == buffer.length || !deflater.needsInput());
    return out.toByteArray();
  }

  private static void entry(
      ByteArrayOutputStream out,
      ByteArrayOutputStream central,
      String name,
      int method,
      long crc,
      int compressedSize,
      int size,
      byte[] data) {
    byte[] n = name.getBytes(UTF_8);
    int offset = out.size();
    ByteBuffer local = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
    local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) method);
    local.putShort((short) 0).putShort((short) 0).putInt((int) crc).putInt(compressedSize);
    local.putInt(size).putShort((short) n.length).putShort((short) 0);
    out.writeBytes(local.array());
    out.writeBytes(n);
    out.writeBytes(data);
    ByteBuffer dir = ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN);
    dir.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0);
    dir.putShort((short) method).putShort((short) 0).putShort((short) 0).putInt((int) crc);
    dir.putInt(compressedSize).putInt(size).putShort((short) n.length).putShort((short) 0);
    dir.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset);
    central.writeBytes(dir.array());
    central.writeBytes(n);
  }
}
