package dev.governance.io.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an OLE2 compound file (MS-CFB) holds, told apart without reading it as a whole: an Excel
 * 97-2003 workbook, or an Office Open XML workbook encrypted with a password, which Office stores
 * as a compound file with an {@code EncryptionInfo} stream beside the {@code EncryptedPackage}
 * (MS-OFFCRYPTO §2.3.4.1).
 */
final class Ole2 {

  private static final int HEADER = 512;
  private static final int ENTRY = 128;
  private static final byte[] ENCRYPTION_INFO = name("EncryptionInfo");

  private Ole2() {}

  private static byte[] name(String name) {
    return (name + "\0").getBytes(StandardCharsets.UTF_16LE);
  }

  /**
   * Returns whether the compound file holds an {@code EncryptionInfo} stream: a directory entry
   * (MS-CFB §2.6.1: 128 bytes, the name in UTF-16LE with its terminating null, the name's length in
   * bytes at offset 64 and the object type, 2 for a stream, at offset 66) at a 128-byte slot of any
   * sector, whatever the chain of directory sectors.
   *
   * @param file the file, an OLE2 compound file
   * @return whether it is an encrypted workbook
   * @throws IOException if it cannot be read
   */
  static boolean isEncryptedPackage(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] header = in.readNBytes(HEADER);
      if (header.length < HEADER) {
        return false;
      }
      int shift = ByteBuffer.wrap(header, 30, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
      int sector = shift == 12 ? 4096 : 512;
      // a 4096-byte sector file pads its header to the sector's size
      if (in.readNBytes(sector - HEADER).length < sector - HEADER) {
        return false; // cut short: not a readable compound file, so no encrypted workbook
      }
      byte[] block = new byte[sector];
      while (in.readNBytes(block, 0, sector) == sector) {
        for (int slot = 0; slot < sector; slot += ENTRY) {
          if (isEntry(block, slot, ENCRYPTION_INFO)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private static boolean isEntry(byte[] block, int slot, byte[] name) {
    for (int i = 0; i < name.length; i++) {
      if (block[slot + i] != name[i]) {
        return false;
      }
    }
    int length = (block[slot + 64] & 0xFF) | (block[slot + 65] & 0xFF) << 8;
    return length == name.length && block[slot + 66] == 2;
  }
}
