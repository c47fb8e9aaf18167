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
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Checks an xlsx package before its sheets are read, with the caller's limits and no global state:
 * every entry is inflated once while its bytes and compression ratio are counted, except the
 * workbook's shared strings, which are checked as they are read ({@link ByteScan#guarding}) so that
 * the largest part of a workbook Excel saved is inflated once, not twice. XML parts in UTF-8 are
 * scanned byte by byte ({@link ByteScan}): markup declarations (DOCTYPE, ENTITY) are refused
 * everywhere and entity references other than the five predefined ones in every part but worksheets
 * and shared strings (whose parser refuses them as it reads); text runs too long for any cell are
 * refused in those two; worksheets' merged ranges are collected (they follow the rows in the part,
 * so the single pass that reads the rows could not expand them). Relationship parts, the workbook
 * part (for its sheet names) and parts in other encodings are parsed by a StAX parser that refuses
 * a DOCTYPE. The workbook part is the package's office document, its sheets and shared strings are
 * found through its own relationships. Rows, cells and text lengths are checked as the sheets are
 * read ({@link SheetRows}) through {@link #inflate}, which counts again. Stateless.
 */
final class ZipGuard {
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /**
   * A worksheet as the scan found it: its name, its part (empty if none), its merges, its print
   * area (null if none) and whether the workbook hides it.
   */
  record SheetInfo(
      String name, String part, List<int[]> merges, int @Nullable [] printArea, boolean hidden) {}

  /**
   * What the scan found in a package: its sheets in workbook order, its shared strings, and whether
   * its date serials count from 1904-01-01 ({@code <workbookPr date1904="1"/>}, as Mac Excel saves)
   * rather than from 1899-12-30.
   */
  record Contents(
      List<SheetInfo> sheets,
      @Nullable String sharedStrings,
      @Nullable String styles,
      boolean date1904) {}

  /** A {@code <sheet>} of the workbook part: its name and relationship id. */
  record SheetRef(String name, String relId, boolean hidden) {}

  /** A relationship: its target and type. */
  record Rel(String target, String type) {}

  private ZipGuard() {}

  /**
   * Scans an opened xlsx package; returns its sheets in workbook order with their merged ranges,
   * and the parts of its shared strings and styles.
   *
   * @throws WorkbookRejectedException if the package breaks a limit or rule
   */
  static Contents scan(ZipFile zip, ReadLimits limits) throws IOException {
    Map<String, PartInfo> parts = new HashMap<>();
    Set<String> names = new HashSet<>();
    int mergesLeft = limits.getMaxMergeRanges();
    List<ZipEntry> deferred = new ArrayList<>();
    try {
      int entries = 0;
      Enumeration<? extends ZipEntry> en = zip.entries();
      while (en.hasMoreElements()) {
        ZipEntry e = en.nextElement();
        if (++entries > limits.getMaxEntries()) {
          throw new WorkbookRejectedException(
              Reason.LIMIT_EXCEEDED, "more than " + limits.getMaxEntries() + " zip entries");
        }
        if (!names.add(e.getName())) {
          // readers differ on which of two same-named entries they take: the file means two things
          throw new WorkbookRejectedException(
              Reason.MALFORMED, "two zip entries are named " + e.getName());
        }
        if (isSharedStrings(e.getName())) {
          deferred.add(e); // checked as it is read, if it is the workbook's shared strings
        } else if (!e.isDirectory()) {
          mergesLeft -= checkInto(parts, zip, e, limits, mergesLeft);
        }
      }
    } catch (ZipException | EOFException ex) {
      throw new WorkbookRejectedException(Reason.TRUNCATED, String.valueOf(ex.getMessage()), ex);
    } catch (IllegalArgumentException ex) {
      throw undecodable(ex);
    }
    String workbookPart = workbookPart(parts);
    List<SheetRef> sheetRefs = Objects.requireNonNull(parts.get(workbookPart)).sheets;
    if (sheetRefs.size() > limits.getMaxSheets()) {
      throw new WorkbookRejectedException(
          Reason.LIMIT_EXCEEDED, sheetRefs.size() + " sheets, limit " + limits.getMaxSheets());
    }
    String base = folder(workbookPart);
    PartInfo relsPart =
        parts.get(base + "_rels/" + workbookPart.substring(base.length()) + ".rels");
    Map<String, Rel> rels = relsPart == null ? Map.of() : relsPart.rels;
    String sharedStrings = sharedStringsPart(base, rels, deferred, parts);
    Set<String> otherRoles = new HashSet<>(); // a part read as more than shared strings is checked
    for (Rel rel : rels.values()) {
      if (!rel.type().endsWith("/sharedStrings")) {
        otherRoles.add(resolve(base, rel.target()));
      }
    }
    try {
      for (ZipEntry e : deferred) {
        if (!e.getName().equals(sharedStrings) || otherRoles.contains(e.getName())) {
          mergesLeft -= checkInto(parts, zip, e, limits, mergesLeft);
        }
      }
    } catch (ZipException | EOFException ex) {
      throw new WorkbookRejectedException(Reason.TRUNCATED, String.valueOf(ex.getMessage()), ex);
    }
    List<SheetInfo> sheets = new ArrayList<>();
    Map<String, String> sheetOfPart = new HashMap<>();
    for (SheetRef s : sheetRefs) {
      Rel rel = rels.get(s.relId());
      String part = rel == null ? "" : resolve(base, rel.target());
      String other = part.isEmpty() ? null : sheetOfPart.putIfAbsent(part, s.name());
      if (other != null) {
        // one part read as many sheets would multiply its rows past every per-sheet limit
        throw new WorkbookRejectedException(
            Reason.MALFORMED, "sheets " + other + " and " + s.name() + " share the part " + part);
      }
      PartInfo info = parts.get(part);
      PartInfo book = Objects.requireNonNull(parts.get(workbookPart));
      sheets.add(
          new SheetInfo(
              s.name(),
              part,
              info == null ? List.of() : info.merges,
              printArea(book.printAreas.get(sheets.size())),
              s.hidden()));
    }
    String styles = null;
    for (Rel rel : rels.values()) {
      if (rel.type().endsWith("/styles")) {
        styles = resolve(base, rel.target());
      }
    }
    return new Contents(
        sheets, sharedStrings, styles, Objects.requireNonNull(parts.get(workbookPart)).date1904);
  }

  /** Checks one entry and keeps what it told; returns the number of merged ranges it declared. */
  private static int checkInto(
      Map<String, PartInfo> parts, ZipFile zip, ZipEntry e, ReadLimits limits, int mergesLeft)
      throws IOException {
    PartInfo info = check(zip, e, limits, mergesLeft);
    parts.put(e.getName(), info);
    return info.merges.size();
  }

  /** Tells whether an entry is named like a shared strings part, whose check may wait. */
  private static boolean isSharedStrings(String entry) {
    return entry.toLowerCase(Locale.ROOT).endsWith("/sharedstrings.xml");
  }

  /**
   * The workbook's shared strings part, by its relationship, else {@code sharedStrings.xml} beside
   * the workbook part (some tools write it without the relationship); null for none. The part is
   * not checked by the package scan when its check was deferred: it is read through {@link
   * ByteScan#guarding}, which checks it as it is parsed.
   */
  private static @Nullable String sharedStringsPart(
      String base, Map<String, Rel> rels, List<ZipEntry> deferred, Map<String, PartInfo> parts) {
    for (Rel rel : rels.values()) {
      if (rel.type().endsWith("/sharedStrings")) {
        return resolve(base, rel.target());
      }
    }
    String beside = base + "sharedStrings.xml";
    boolean present =
        parts.containsKey(beside) || deferred.stream().anyMatch(e -> e.getName().equals(beside));
    return present ? beside : null;
  }

  /**
   * The range of a print area ({@code 司法局!$C$4:$H$9}) as {@link CellRefs#range} gives it; null for
   * none, or for an area of several ranges.
   */
  static int @Nullable [] printArea(@Nullable String area) {
    if (area == null || area.indexOf(',') >= 0) {
      return null;
    }
    String ref = area.substring(area.lastIndexOf('!') + 1).replace("$", "");
    return CellRefs.range(ref);
  }

  /** Inflates and checks one entry; returns what its XML told, if it is XML. */
  private static PartInfo check(ZipFile zip, ZipEntry e, ReadLimits limits, int mergesLeft)
      throws IOException {
    String name = e.getName();
    try (Counting in = inflate(zip, e, limits).verifying(e.getCrc())) {
      if (!isXml(name)) {
        in.transferTo(OutputSink.INSTANCE);
        return new PartInfo();
      }
      PartInfo info = ByteScan.scan(in, name, limits, mergesLeft);
      if (!info.root.isEmpty() && !"workbook".equals(info.root) && !name.endsWith(".rels")) {
        return info;
      }
    }
    // the workbook part and the relationships, whose attributes the parser reads, once the scan
    // has bounded every value they hold
    try (Counting again = inflate(zip, e, limits)) {
      return parse(again, name, mergesLeft);
    }
  }

  /**
   * The workbook part: the package's office document, or else its only part with a workbook root.
   */
  private static String workbookPart(Map<String, PartInfo> parts) throws WorkbookRejectedException {
    PartInfo packageRels = parts.get("_rels/.rels");
    if (packageRels != null) {
      for (Rel rel : packageRels.rels.values()) {
        String target = resolve("", rel.target());
        PartInfo part = parts.get(target);
        if (rel.type().endsWith("/officeDocument") && part != null && isWorkbook(part)) {
          return target;
        }
      }
    }
    List<String> workbooks = new ArrayList<>();
    parts.forEach(
        (name, info) -> {
          if (isWorkbook(info)) {
            workbooks.add(name);
          }
        });
    if (workbooks.size() != 1) {
      throw new WorkbookRejectedException(
          Reason.NOT_A_WORKBOOK,
          workbooks.isEmpty()
              ? "no workbook part in the package"
              : "no office document relationship, and several workbook parts: " + workbooks);
    }
    return workbooks.get(0);
  }

  private static boolean isWorkbook(PartInfo part) {
    return "workbook".equals(part.root);
  }

  private static String folder(String part) {
    return part.contains("/") ? part.substring(0, part.lastIndexOf('/') + 1) : "";
  }

  /**
   * Looks an entry up by name; a directory record the JDK cannot decode (a name or comment that is
   * not valid in the zip's charset) is refused as malformed. The zip's lookup also finds an entry
   * named like a folder ({@code sheet1.xml/}) when asked for the name without its slash; the scan
   * skips folders, so such an entry holding bytes is refused rather than read unchecked.
   */
  static @Nullable ZipEntry entry(ZipFile zip, String name) throws WorkbookRejectedException {
    ZipEntry e;
    try {
      e = zip.getEntry(name);
    } catch (IllegalArgumentException ex) {
      throw undecodable(ex);
    }
    if (e != null && !e.getName().equals(name)) {
      throw new WorkbookRejectedException(
          Reason.MALFORMED, "the part " + name + " is a folder entry " + e.getName());
    }
    return e;
  }

  private static WorkbookRejectedException undecodable(IllegalArgumentException ex) {
    return new WorkbookRejectedException(
        Reason.MALFORMED,
        "damaged zip directory: an entry's name or comment cannot be decoded ("
            + ex.getMessage()
            + ")",
        ex);
  }

  /**
   * Opens the zip of an xlsx file, refusing a damaged one and one whose directory disagrees with
   * its entries ({@link CentralDirectory}).
   */
  static ZipFile open(Path file) throws IOException {
    CentralDirectory.check(file);
    try {
      return new ZipFile(file.toFile());
    } catch (ZipException ex) {
      throw new WorkbookRejectedException(Reason.TRUNCATED, "damaged zip: " + ex.getMessage(), ex);
    }
  }

  /**
   * Opens an entry for reading through the size and compression-ratio checks, with the entry size
   * limit (or, for a part named like shared strings, the shared strings limit).
   *
   * @throws WorkbookRejectedException if the entry declares more bytes than allowed
   */
  static Counting inflate(ZipFile zip, ZipEntry e, ReadLimits limits) throws IOException {
    boolean sst = e.getName().toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml");
    return inflate(
        zip, e, sst ? limits.getMaxSharedStringsBytes() : limits.getMaxEntryBytes(), limits);
  }

  /**
   * Opens an entry for reading through the compression-ratio check and the given size limit.
   *
   * @throws WorkbookRejectedException if the entry declares more bytes than allowed
   */
  static Counting inflate(ZipFile zip, ZipEntry e, long max, ReadLimits limits) throws IOException {
    String name = e.getName();
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

    /** The workbook's sheets in order. */
    final List<SheetRef> sheets = new ArrayList<>();

    /** Relationships by id. */
    final Map<String, Rel> rels = new HashMap<>();

    /** Whether a workbook part says its date serials count from 1904-01-01. */
    boolean date1904;

    /** A workbook part's print areas by the 0-based index of their sheet. */
    final Map<Integer, String> printAreas = new HashMap<>();
  }

  /**
   * Adds a merged range to a part, or refuses the workbook when it declares more than the limit:
   * merged ranges are held for every sheet at once.
   */
  static void addMerge(PartInfo info, int[] range, int mergesLeft, String part)
      throws WorkbookRejectedException {
    if (info.merges.size() >= mergesLeft) {
      throw new WorkbookRejectedException(
          Reason.LIMIT_EXCEEDED, part + ": more merged ranges than the workbook's limit");
    }
    info.merges.add(range);
  }

  private static PartInfo parse(Counting in, String name, int mergesLeft) throws IOException {
    PartInfo info = new PartInfo();
    XMLStreamReader r = null;
    try {
      r = XmlParts.open(in, name);
      int depth = 0;
      while (r.hasNext()) {
        int ev = r.next();
        switch (ev) {
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
                  addMerge(info, range, mergesLeft, name);
                }
                break;
              case "sheet":
                if ("workbook".equals(info.root)) {
                  String id = r.getAttributeValue(REL_NS, "id");
                  String sheet = r.getAttributeValue(null, "name");
                  String state = r.getAttributeValue(null, "state");
                  info.sheets.add(
                      new SheetRef(
                          sheet == null ? "Sheet" + (info.sheets.size() + 1) : sheet,
                          String.valueOf(id),
                          "hidden".equals(state) || "veryHidden".equals(state)));
                }
                break;
              case "definedName":
                if ("workbook".equals(info.root)
                    && "_xlnm.Print_Area".equals(r.getAttributeValue(null, "name"))) {
                  String at = r.getAttributeValue(null, "localSheetId");
                  String text = r.getElementText(); // stands on the end tag now
                  depth--;
                  if (at != null && at.strip().matches("\\d{1,5}") && text.length() < 256) {
                    info.printAreas.put(Integer.parseInt(at.strip()), text.strip());
                  }
                }
                break;
              case "workbookPr":
                if ("workbook".equals(info.root)) {
                  String d = r.getAttributeValue(null, "date1904");
                  info.date1904 = d != null && ("1".equals(d.strip()) || "true".equals(d.strip()));
                }
                break;
              case "Relationship":
                info.rels.put(
                    String.valueOf(r.getAttributeValue(null, "Id")),
                    new Rel(
                        String.valueOf(r.getAttributeValue(null, "Target")),
                        String.valueOf(r.getAttributeValue(null, "Type"))));
                break;
              default:
                break;
            }
            break;
          case XMLStreamConstants.END_ELEMENT:
            depth--;
            break;
          default:
            XmlParts.refuseDeclarations(r, name);
            break;
        }
      }
      return info;
    } catch (XMLStreamException | RuntimeException ex) {
      throw XmlParts.rejection(name, ex);
    } finally {
      XmlParts.close(r);
    }
  }

  /** Counts inflated bytes of one entry and refuses past the size or below the ratio. */
  static final class Counting extends FilterInputStream {
    private final String name;
    private final long compressed;
    private final long max;
    private final ReadLimits limits;
    private long count;
    private long expectedCrc = -1;
    private @Nullable CRC32 crc;

    Counting(InputStream in, String name, long compressed, long max, ReadLimits limits) {
      super(in);
      this.name = name;
      this.compressed = compressed;
      this.max = max;
      this.limits = limits;
    }

    /**
     * Checks, once the entry has been read to its end, that its bytes have the CRC-32 the zip
     * declares; a mismatch is refused as {@link Reason#TRUNCATED}. The package scan reads every
     * entry to its end with it; later reads of the same entry need not.
     */
    Counting verifying(long declaredCrc) {
      if (declaredCrc >= 0) {
        this.expectedCrc = declaredCrc;
        this.crc = new CRC32();
      }
      return this;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
        if (crc != null) {
          crc.update(b);
        }
      } else {
        ended();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        add(n);
        if (crc != null) {
          crc.update(b, off, n);
        }
      } else if (n < 0) {
        ended();
      }
      return n;
    }

    private void ended() throws WorkbookRejectedException {
      if (crc != null && crc.getValue() != expectedCrc) {
        throw new WorkbookRejectedException(
            Reason.TRUNCATED, name + ": damaged, its bytes do not match the zip's CRC-32");
      }
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
      return new WorkbookRejectedException(Reason.ZIP_BOMB, message);
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
