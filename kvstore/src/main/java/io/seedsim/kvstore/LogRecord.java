package io.seedsim.kvstore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * One executed write in the durable server's log: the request and the checksum of the record
 * before it (the reply follows from replaying the log in order). Each encoded record ends with a CRC32C of everything before it, so a torn or
 * bit-flipped record does not decode; the chain of checksums means a stale record left behind by
 * an earlier crash never passes for the successor of a newer one.
 */
record LogRecord(long previousChecksum, long clerkId, long seq, KvOp op, String key, String value) {

  byte[] encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeLong(previousChecksum);
      out.writeLong(clerkId);
      out.writeLong(seq);
      out.writeByte(op.ordinal());
      writeString(out, key);
      writeString(out, value);
      out.writeLong(crc(bytes.toByteArray(), bytes.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The record, or null if {@code bytes} is not a whole record with a matching checksum. */
  static LogRecord decode(byte[] bytes) {
    if (bytes.length < 8) {
      return null;
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8))) {
      long stored = new DataInputStream(new ByteArrayInputStream(bytes, bytes.length - 8, 8)).readLong();
      if (stored != crc(bytes, bytes.length - 8)) {
        return null;
      }
      LogRecord r = new LogRecord(in.readLong(), in.readLong(), in.readLong(), KvOp.values()[in.readByte()],
          readString(in), readString(in));
      return in.available() == 0 ? r : null;
    } catch (IOException | RuntimeException e) {
      return null; // a checksum collision over garbage: as good as torn
    }
  }

  /** The checksum the next record names as its predecessor's. */
  static long checksumOf(byte[] encoded) {
    return crc(encoded, encoded.length);
  }

  private static long crc(byte[] bytes, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, length);
    return crc.getValue();
  }

  /** Length-prefixed UTF-8 (-1 for null): values outgrow writeUTF's 64 KiB. */
  private static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    if (n > in.available()) {
      throw new IOException("string longer than the record");
    }
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }
}
