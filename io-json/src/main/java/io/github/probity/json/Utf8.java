package io.github.probity.json;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 for JSON input: only the well-formed sequences of the Unicode standard (no overlong
 * forms, no surrogates, nothing above U+10FFFF, no sequence cut short) and no NUL byte, which JSON
 * text never holds and which would otherwise let the parser take the input for UTF-16 or UTF-32.
 * Stateless, or one instance per stream.
 */
final class Utf8 {
  private Utf8() {}

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /**
   * Returns the offset of the first byte that is not part of well-formed UTF-8 JSON text, the
   * length if the input ends inside a character, or {@code -1} if there is none.
   */
  static int invalidAt(byte[] b) {
    int n = b.length;
    Decoder d = new Decoder();
    int i = 0;
    while (i < n) {
      if (d.complete()) {
        i = asciiRun(b, i, n);
        // the common three-byte characters (CJK among them), whose second byte may be any
        // continuation byte, in one step each
        while (i + 2 < n
            && commonThreeByte(b[i] & 0xFF)
            && continuation(b[i + 1])
            && continuation(b[i + 2])) {
          i = asciiRun(b, i + 3, n);
        }
        if (i >= n) {
          break;
        }
      }
      if (!d.accept(b[i])) {
        return i;
      }
      i++;
    }
    return d.complete() ? -1 : n;
  }

  private static boolean commonThreeByte(int lead) {
    return lead >= 0xE1 && lead <= 0xEC || lead == 0xEE || lead == 0xEF;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /**
   * Returns the offset of the first byte from {@code from} that is not ASCII other than NUL, or
   * {@code to}: eight bytes at a time.
   */
  private static int asciiRun(byte[] b, int from, int to) {
    int i = from;
    while (i + 8 <= to) {
      long w = (long) LONGS.get(b, i);
      // every byte below 0x80 and none zero: no high bit in w, and none borrowed by w - ONES
      if (((w | (w - ONES)) & HIGHS) != 0) {
        break;
      }
      i += 8;
    }
    while (i < to && b[i] > 0) {
      i++;
    }
    return i;
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
      int i = off;
      int end = off + Math.max(n, 0);
      while (i < end) {
        if (decoder.complete()) {
          int run = asciiRun(buf, i, end);
          offset += run - i;
          i = run;
          if (i == end) {
            break;
          }
        }
        check(buf[i++]);
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
