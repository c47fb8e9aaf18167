package io.github.probity.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Opens written workbooks as zip files, for tests that look inside the parts. */
final class Zips {
  private Zips() {}

  /** Every entry of a zip, decompressed, by name, in zip order. */
  static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Path tmp = Files.createTempFile("probity-test-", ".zip");
    try {
      Files.write(tmp, zip);
      Map<String, byte[]> out = new LinkedHashMap<>();
      try (ZipFile z = new ZipFile(tmp.toFile())) {
        Enumeration<? extends ZipEntry> e = z.entries();
        while (e.hasMoreElements()) {
          ZipEntry entry = e.nextElement();
          try (InputStream in = z.getInputStream(entry)) {
            out.put(entry.getName(), in.readAllBytes());
          }
        }
      }
      return out;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Rewrites a zip with each entry's bytes changed by a function of its name. */
  static byte[] rewrite(byte[] zip, java.util.function.Function<String, UnaryOperator<byte[]>> f)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries(zip).entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(f.apply(e.getKey()).apply(e.getValue()));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Decodes the XML character references and predefined entities of a part's text. */
  static String unescapeXml(String xml) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(xml);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
      m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(Character.toString(cp)));
    }
    m.appendTail(sb);
    return sb.toString()
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
