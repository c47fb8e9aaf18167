package io.github.probity.json;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Strict UTF-8 for JSON input: only the well-formed sequences of the Unicode standard (no overlong
 * forms, no surrogates, nothing above U+10FFFF, no sequence cut short) and no NUL byte, which JSON
 * text never holds and which would otherwise let the parser take the input for UTF-16 or UTF-32.
 * Stateless, or one instance per stream.
 */
final class Utf8 {
  private Utf8() {}

  /**
   * Returns the offset of the first byte that is not part of well-formed UTF-8 JSON text, or {@code
   * -1} if there is none.
   */
  static int invalidAt(byte[] b) {
    Decoder d = new Decoder();
    for (int i = 0; i < b.length; i++) {
      if (!d.accept(b[i])) {
        return i;
      }
    }
    return d.complete() ? -1 : b.length;
  }

  /** Returns the stream, failing with a {@link CharConversionException} at the first bad byte. */
  static InputStream checked(InputStream in) {
    return new Checked(in);
  }

  /** The state of a decoder between bytes: the continuation bytes still due and their range. */
  private static final class Decoder {
    private int due;
    private int lo = 0x80;
    private int hi = 0xBF;

    boolean accept(byte value) {
      int b = value & 0xFF;
      if (due > 0) {
        if (b < lo || b > hi) {
          return false;
        }
        due--;
        lo = 0x80;
        hi = 0xBF;
        return true;
      }
      if (b < 0x80) {
        return b != 0;
      }
      if (b >= 0xC2 && b <= 0xDF) {
        due = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        due = 2;
        lo = b == 0xE0 ? 0xA0 : 0x80;
        hi = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        due = 3;
        lo = b == 0xF0 ? 0x90 : 0x80;
        hi = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        return false;
      }
      return true;
    }

    boolean complete() {
      return due == 0;
    }
  }

  /** A stream that checks every byte it passes on. */
  private static final class Checked extends FilterInputStream {
    private final Decoder decoder = new Decoder();
    private long offset;

    Checked(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b < 0) {
        end();
      } else {
        check((byte) b);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n < 0) {
        end();
      }
      for (int i = 0; i < n; i++) {
        check(buf[off + i]);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = 0;
      while (skipped < n && read() >= 0) {
        skipped++;
      }
      return skipped;
    }

    private void check(byte b) throws CharConversionException {
      if (!decoder.accept(b)) {
        throw new CharConversionException(
            String.format("Invalid UTF-8 byte 0x%02X at offset %d", b & 0xFF, offset));
      }
      offset++;
    }

    private void end() throws CharConversionException {
      if (!decoder.complete()) {
        throw new CharConversionException("Invalid UTF-8: the input ends inside a character");
      }
    }
  }
}
