package io.github.probity.excel;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Checks an xlsx package before its sheets are read, with the caller's limits and no global state:
 * every entry is inflated once while its bytes and compression ratio are counted. XML parts in
 * UTF-8 are scanned byte by byte ({@link ByteScan}): markup declarations (DOCTYPE, ENTITY) and
 * entity references other than the five predefined ones are refused, over-long text runs refused,
 * and worksheets' merged ranges collected (they follow the rows in the part, so the single pass
 * that reads the rows could not expand them). Relationship parts, the workbook part (for its sheet
 * names) and parts in other encodings are parsed by a StAX parser that refuses a DOCTYPE. Rows,
 * cells and text lengths are checked as the sheets are read ({@link SheetRows}) through {@link
 * #inflate}, which counts again. Stateless.
 */
final class ZipGuard {
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** A worksheet as the scan found it. */
  static final class SheetInfo {
    final String name;
    final String part;
    final List<int[]> merges;

    SheetInfo(String name, String part, List<int[]> merges) {
      this.name = name;
      this.part = part;
      this.merges = merges;
    }
  }

  /** What the scan found in a package: its sheets in workbook order and its shared strings. */
  static final class Contents {
    final List<SheetInfo> sheets;
    final @Nullable String sharedStrings;

    Contents(List<SheetInfo> sheets, @Nullable String sharedStrings) {
      this.sheets = sheets;
      this.sharedStrings = sharedStrings;
    }
  }

  private ZipGuard() {}

  /**
   * Scans an xlsx file; returns its sheets in workbook order with their merged ranges.
   *
   * @throws WorkbookRejectedException if the package breaks a limit or rule
   */
  static Contents scan(Path file, ReadLimits limits) throws IOException {
    Map<String, List<int[]>> mergesByPart = new HashMap<>();
    Map<String, String[]> rels = new HashMap<>();
    List<String[]> sheetRels = new ArrayList<>();
    Set<String> names = new HashSet<>();
    String workbookPart = null;
    try (ZipFile zip = open(file)) {
      int entries = 0;
      Enumeration<? extends ZipEntry> en = zip.entries();
      while (en.hasMoreElements()) {
        ZipEntry e = en.nextElement();
        if (++entries > limits.getMaxEntries()) {
          throw new WorkbookRejectedException(
              Reason.LIMIT_EXCEEDED, "more than " + limits.getMaxEntries() + " zip entries");
        }
        if (e.isDirectory()) {
          continue;
        }
        String name = e.getName();
        names.add(name);
        try (Counting in = inflate(zip, e, limits)) {
          if (isXml(name)) {
            PartInfo info;
            if (name.endsWith(".rels")) {
              info = parse(in, name);
            } else {
              info = ByteScan.scan(in, name, limits);
              if (info.root.isEmpty() || "workbook".equals(info.root)) {
                // not plain UTF-8, or the workbook part, whose sheet names need the parser
                try (Counting again = inflate(zip, e, limits)) {
                  info = parse(again, name);
                }
              }
            }
            if ("worksheet".equals(info.root)) {
              mergesByPart.put(name, info.merges);
            } else if ("workbook".equals(info.root)) {
              workbookPart = name;
              sheetRels.addAll(info.sheets);
            } else if (name.endsWith("workbook.xml.rels")) {
              rels.putAll(info.rels);
            }
          } else {
            in.transferTo(OutputSink.INSTANCE);
          }
        }
      }
    } catch (ZipException | EOFException ex) {
      throw new WorkbookRejectedException(Reason.TRUNCATED, String.valueOf(ex.getMessage()), ex);
    }
    if (workbookPart == null) {
      throw new WorkbookRejectedException(Reason.NOT_A_WORKBOOK, "no workbook part in the package");
    }
    if (sheetRels.size() > limits.getMaxSheets()) {
      throw new WorkbookRejectedException(
          Reason.LIMIT_EXCEEDED, sheetRels.size() + " sheets, limit " + limits.getMaxSheets());
    }
    String base =
        workbookPart.contains("/")
            ? workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1)
            : "";
    List<SheetInfo> sheets = new ArrayList<>();
    for (String[] s : sheetRels) {
      String[] rel = rels.get(s[1]);
      String part = rel == null ? "" : resolve(base, rel[0]);
      sheets.add(new SheetInfo(s[0], part, mergesByPart.getOrDefault(part, List.of())));
    }
    String sharedStrings = null;
    for (String[] rel : rels.values()) {
      if (rel[1].endsWith("/sharedStrings")) {
        sharedStrings = resolve(base, rel[0]);
      }
    }
    if (sharedStrings == null && names.contains(base + "sharedStrings.xml")) {
      sharedStrings = base + "sharedStrings.xml"; // written without its relationship by some tools
    }
    return new Contents(sheets, sharedStrings);
  }

  /** Opens the zip of an xlsx file, refusing a damaged one. */
  static ZipFile open(Path file) throws IOException {
    try {
      return new ZipFile(file.toFile());
    } catch (ZipException ex) {
      throw new WorkbookRejectedException(Reason.TRUNCATED, "damaged zip: " + ex.getMessage(), ex);
    }
  }

  /**
   * Opens an entry for reading through the size and compression-ratio checks.
   *
   * @throws WorkbookRejectedException if the entry declares more bytes than allowed
   */
  static Counting inflate(ZipFile zip, ZipEntry e, ReadLimits limits) throws IOException {
    String name = e.getName();
    boolean sst = name.toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml");
    long max = sst ? limits.getMaxSharedStringsBytes() : limits.getMaxEntryBytes();
    if (e.getSize() > max) {
      throw new WorkbookRejectedException(
          Reason.ZIP_BOMB, name + " declares " + e.getSize() + " bytes, limit " + max);
    }
    return new Counting(zip.getInputStream(e), name, e.getCompressedSize(), max, limits);
  }

  private static String resolve(String base, String target) {
    String t = target.startsWith("/") ? target.substring(1) : base + target;
    List<String> parts = new ArrayList<>();
    for (String p : t.split("/")) {
      if ("..".equals(p)) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else if (!p.isEmpty() && !".".equals(p)) {
        parts.add(p);
      }
    }
    return String.join("/", parts);
  }

  private static boolean isXml(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml");
  }

  /** What one XML part told. */
  static final class PartInfo {
    String root = "";
    final List<int[]> merges = new ArrayList<>();

    /** The workbook's sheets in order: name and relationship id. */
    final List<String[]> sheets = new ArrayList<>();

    /** Relationships by id: target and type. */
    final Map<String, String[]> rels = new HashMap<>();
  }

  private static PartInfo parse(Counting in, String name) throws IOException {
    PartInfo info = new PartInfo();
    XMLStreamReader r = null;
    try {
      r = XmlParts.FACTORY.createXMLStreamReader(in);
      int depth = 0;
      while (r.hasNext()) {
        int ev = r.next();
        switch (ev) {
          case XMLStreamConstants.DTD:
            throw new WorkbookRejectedException(Reason.DOCTYPE, name + " declares a DOCTYPE");
          case XMLStreamConstants.ENTITY_REFERENCE:
            throw new WorkbookRejectedException(
                Reason.DOCTYPE, name + " refers to entity &" + r.getLocalName() + ";");
          case XMLStreamConstants.START_ELEMENT:
            depth++;
            String local = r.getLocalName();
            if (depth == 1) {
              info.root = local;
            }
            switch (local) {
              case "mergeCell":
                String ref = r.getAttributeValue(null, "ref");
                int[] range = ref == null ? null : CellRefs.range(ref);
                if (range != null) {
                  info.merges.add(range);
                }
                break;
              case "sheet":
                if ("workbook".equals(info.root)) {
                  String id = r.getAttributeValue(REL_NS, "id");
                  String sheet = r.getAttributeValue(null, "name");
                  info.sheets.add(
                      new String[] {
                        sheet == null ? "Sheet" + (info.sheets.size() + 1) : sheet,
                        String.valueOf(id)
                      });
                }
                break;
              case "Relationship":
                info.rels.put(
                    String.valueOf(r.getAttributeValue(null, "Id")),
                    new String[] {
                      String.valueOf(r.getAttributeValue(null, "Target")),
                      String.valueOf(r.getAttributeValue(null, "Type"))
                    });
                break;
              default:
                break;
            }
            break;
          case XMLStreamConstants.END_ELEMENT:
            depth--;
            break;
          default:
            break;
        }
      }
      return info;
    } catch (XMLStreamException | RuntimeException ex) {
      WorkbookRejectedException cause = in.rejection;
      if (cause != null) {
        throw cause;
      }
      throw new WorkbookRejectedException(Reason.MALFORMED, name + ": " + ex.getMessage(), ex);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing to release beyond the stream, which the caller closes
        }
      }
    }
  }

  /** Counts inflated bytes of one entry and refuses past the size or below the ratio. */
  static final class Counting extends FilterInputStream {
    private final String name;
    private final long compressed;
    private final long max;
    private final ReadLimits limits;
    private long count;
    @Nullable WorkbookRejectedException rejection;

    Counting(InputStream in, String name, long compressed, long max, ReadLimits limits) {
      super(in);
      this.name = name;
      this.compressed = compressed;
      this.max = max;
      this.limits = limits;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(int n) throws WorkbookRejectedException {
      count += n;
      if (count > max) {
        throw reject(name + " inflates beyond " + max + " bytes");
      }
      if (count > limits.getRatioGraceBytes()
          && compressed >= 0
          && (double) compressed / count < limits.getMinInflateRatio()) {
        throw reject(
            name
                + " inflates "
                + compressed
                + " bytes to more than "
                + count
                + ", a ratio below "
                + limits.getMinInflateRatio());
      }
    }

    private WorkbookRejectedException reject(String message) {
      rejection = new WorkbookRejectedException(Reason.ZIP_BOMB, message);
      return rejection;
    }
  }

  /** Discards bytes. */
  private static final class OutputSink extends java.io.OutputStream {
    static final OutputSink INSTANCE = new OutputSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
