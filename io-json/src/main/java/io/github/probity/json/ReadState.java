package io.github.probity.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.github.probity.finding.Finding;
import io.github.probity.finding.InputRejectedException;
import io.github.probity.finding.Location;
import io.github.probity.finding.Severity;
import io.github.probity.model.Coded;
import io.github.probity.model.InvalidCodeException;
import io.github.probity.model.LedgerIntegrityException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The state of one read: its mode, the warnings so far and the unknown properties kept aside; and
 * the typed, located accessors the model readers use. One instance per read; not thread-safe.
 */
final class ReadState {
  /** The attribute under which a read's state travels through a Jackson deserialization. */
  static final String ATTRIBUTE = ReadState.class.getName();

  /** The most warnings kept; further ones are counted. */
  static final int MAX_FINDINGS = 1000;

  /**
   * The most characters of unknown properties one lenient read keeps aside; the rest are skipped.
   */
  static final int MAX_UNKNOWN_CHARS = 1 << 20;

  private final ReadMode mode;
  private final @Nullable JsonFactory factory;
  private final List<Finding> warnings = new ArrayList<>();
  private final Map<String, String> unknown = new LinkedHashMap<>();
  private int unknownChars;
  private int dropped;

  ReadState(ReadMode mode, @Nullable JsonFactory factory) {
    this.mode = mode;
    this.factory = factory;
  }

  /**
   * Returns the state of a read through a host's mapper: the one {@link ProbityJson} attached, or a
   * fresh one that is strict exactly when the mapper fails on unknown properties.
   */
  static ReadState from(DeserializationContext ctxt) {
    Object attached = ctxt.getAttribute(ATTRIBUTE);
    if (attached instanceof ReadState) {
      return (ReadState) attached;
    }
    ReadState state =
        new ReadState(
            ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                ? ReadMode.STRICT
                : ReadMode.LENIENT,
            null);
    ctxt.setAttribute(ATTRIBUTE, state);
    return state;
  }

  ReadMode mode() {
    return mode;
  }

  List<Finding> warnings() {
    List<Finding> out = new ArrayList<>(warnings);
    if (dropped > 0) {
      out.add(
          JsonFindingCode.finding(
              JsonFindingCode.FINDINGS_TRUNCATED, "", -1, -1, "" + MAX_FINDINGS));
    }
    return out;
  }

  Map<String, String> unknownProperties() {
    return unknown;
  }

  // ---- locations and findings

  static String pointer(JsonParser p) {
    JsonStreamContext c = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && c.getParent() != null) {
      c = c.getParent();
    }
    return c.pathAsPointer().toString();
  }

  static Finding finding(
      JsonParser p, @Nullable JsonLocation at, JsonFindingCode code, String... args) {
    JsonLocation loc = at != null ? at : p.currentTokenLocation();
    return JsonFindingCode.finding(code, pointer(p), line(loc), column(loc), args);
  }

  static int line(@Nullable JsonLocation loc) {
    return loc == null || loc.getLineNr() < 1 ? -1 : loc.getLineNr();
  }

  static int column(@Nullable JsonLocation loc) {
    return loc == null || loc.getColumnNr() < 1 ? -1 : loc.getColumnNr();
  }

  DocumentProblem fail(JsonParser p, JsonFindingCode code, String... args) {
    return failAt(p, null, code, args);
  }

  DocumentProblem failAt(
      JsonParser p, @Nullable JsonLocation at, JsonFindingCode code, String... args) {
    Finding f = finding(p, at, code, args);
    return new DocumentProblem(List.of(f), at != null ? at : p.currentTokenLocation());
  }

  void warn(JsonParser p, JsonFindingCode code, String... args) {
    if (warnings.size() < MAX_FINDINGS) {
      warnings.add(finding(p, null, code, args));
    } else {
      dropped++;
    }
  }

  /** Adds a prepared finding as a warning. */
  void warn(Finding finding) {
    if (warnings.size() < MAX_FINDINGS) {
      warnings.add(finding);
    } else {
      dropped++;
    }
  }

  /**
   * Reports a problem with the data as a whole, located by pointer: an error in strict mode, a
   * warning in lenient mode (where the reader's own resolution stands).
   */
  void problem(String pointer, JsonLocation at, JsonFindingCode code, String... args)
      throws DocumentProblem {
    int line = line(at);
    int column = column(at);
    if (mode == ReadMode.STRICT) {
      throw new DocumentProblem(
          List.of(JsonFindingCode.finding(code, pointer, line, column, args)), at);
    }
    warn(
        Finding.builder()
            .code(code)
            .severity(Severity.WARNING)
            .location(Location.jsonPointer(pointer, line, column))
            .addArguments((Object[]) args)
            .build());
  }

  // ---- property names, checked for duplicates

  /** The names seen in each open object, innermost last; frames are reused. */
  private String[][] frames = new String[8][];

  private int[] sizes = new int[8];
  private int depth;

  /**
   * Enters an object (the parser on its start) and returns its first property name, or {@code null}
   * if it is empty. Duplicate keys are detected here rather than by the parser: the names of one
   * object are few, so a scan of an array beats the parser's hash set per object.
   */
  @Nullable String firstName(JsonParser p) throws IOException {
    if (depth == frames.length) {
      frames = java.util.Arrays.copyOf(frames, depth * 2);
      sizes = java.util.Arrays.copyOf(sizes, depth * 2);
    }
    if (frames[depth] == null) {
      frames[depth] = new String[16];
    }
    sizes[depth] = 0;
    depth++;
    return nextName(p);
  }

  /**
   * Returns the next property name of the current object, or {@code null} at its end, which leaves
   * the object.
   */
  @Nullable String nextName(JsonParser p) throws IOException {
    String name = p.nextFieldName();
    int d = depth - 1;
    if (name == null) {
      depth = d;
      return null;
    }
    String[] names = frames[d];
    int n = sizes[d];
    for (int i = 0; i < n; i++) {
      if (names[i].equals(name)) {
        throw fail(p, JsonFindingCode.DUPLICATE_KEY, name);
      }
    }
    if (n == names.length) {
      names = java.util.Arrays.copyOf(names, n * 2);
      frames[d] = names;
    }
    names[n] = name;
    sizes[d] = n + 1;
    return name;
  }

  // ---- typed accessors; each expects the parser on the value's token

  void expect(JsonParser p, JsonToken token, String what) throws DocumentProblem {
    if (p.currentToken() != token) {
      throw wrongType(p, what);
    }
  }

  DocumentProblem wrongType(JsonParser p, String what) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL && mode == ReadMode.STRICT) {
      return fail(p, JsonFindingCode.NULL_VALUE);
    }
    return fail(p, JsonFindingCode.WRONG_TYPE, what, describe(t));
  }

  private static String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "end of input";
    }
    switch (t) {
      case START_OBJECT:
        return "object";
      case START_ARRAY:
        return "array";
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER_INT:
        return "integer";
      case VALUE_NUMBER_FLOAT:
        return "number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.name();
    }
  }

  /**
   * Tells whether an optional value is present: {@code false} for {@code null} in lenient mode
   * (with a warning); an error for {@code null} in strict mode.
   */
  boolean present(JsonParser p) throws DocumentProblem {
    if (p.currentToken() != JsonToken.VALUE_NULL) {
      return true;
    }
    if (mode == ReadMode.STRICT) {
      throw fail(p, JsonFindingCode.NULL_VALUE);
    }
    warn(p, JsonFindingCode.NULL_IGNORED);
    return false;
  }

  String text(JsonParser p) throws IOException {
    expect(p, JsonToken.VALUE_STRING, "string");
    return p.getText();
  }

  int integer(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(p, "integer");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw fail(
          p,
          JsonFindingCode.INVALID_VALUE,
          "integer "
              + p.getText()
              + " is outside "
              + Integer.MIN_VALUE
              + " to "
              + Integer.MAX_VALUE);
    }
    return p.getIntValue();
  }

  boolean bool(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType(p, "boolean");
  }

  LocalDate date(JsonParser p) throws IOException {
    String s = text(p);
    try {
      if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 7);
        int d = digits(s, 8, 10);
        if (y >= 0 && m >= 0 && d >= 0) {
          return LocalDate.of(y, m, d);
        }
      }
      return LocalDate.parse(s);
    } catch (java.time.DateTimeException e) {
      throw fail(p, JsonFindingCode.WRONG_TYPE, "ISO-8601 date (yyyy-MM-dd)", "'" + s + "'");
    }
  }

  /** Parses ASCII digits, or returns -1. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  <E extends Enum<E> & Coded> E code(JsonParser p, CodeTable<E> table) throws IOException {
    String s = text(p);
    E e = table.byCode(s);
    if (e != null) {
      return e;
    }
    if (mode == ReadMode.LENIENT) {
      try {
        E parsed = table.parse(s);
        warn(p, JsonFindingCode.LABEL_ACCEPTED, s, parsed.code());
        return parsed;
      } catch (InvalidCodeException ex) {
        // reported below
      }
    }
    throw fail(p, JsonFindingCode.INVALID_CODE, s, table.typeName(), table.validCodes());
  }

  /**
   * Reads an optional text: hands it to the sink unless it is {@code null} (see {@link #present}).
   */
  void optionalText(JsonParser p, Consumer<? super String> sink) throws IOException {
    if (present(p)) {
      sink.accept(text(p));
    }
  }

  /**
   * Reads an optional date: hands it to the sink unless it is {@code null} (see {@link #present}).
   */
  void optionalDate(JsonParser p, Consumer<? super LocalDate> sink) throws IOException {
    if (present(p)) {
      sink.accept(date(p));
    }
  }

  void startObject(JsonParser p) throws DocumentProblem {
    expect(p, JsonToken.START_OBJECT, "object");
  }

  /** Handles an unknown property whose value the parser is on: an error, or kept aside. */
  void unknown(JsonParser p, String name) throws IOException {
    if (mode == ReadMode.STRICT) {
      throw fail(p, JsonFindingCode.UNKNOWN_PROPERTY, name);
    }
    String at = pointer(p);
    if (factory != null && unknown.size() < MAX_FINDINGS && unknownChars < MAX_UNKNOWN_CHARS) {
      BoundedWriter w = new BoundedWriter(MAX_UNKNOWN_CHARS - unknownChars);
      try (JsonGenerator g = factory.createGenerator(w)) {
        g.copyCurrentStructure(p); // consumes the whole value; past the budget it is discarded
      }
      String kept = w.kept();
      if (kept == null) {
        unknownChars = MAX_UNKNOWN_CHARS; // once one is skipped, later ones are too: no gaps
      } else if (keep(at, kept)) {
        warn(p, JsonFindingCode.UNKNOWN_PROPERTY_KEPT, name);
        return;
      }
    } else {
      p.skipChildren();
    }
    warn(p, JsonFindingCode.UNKNOWN_PROPERTY_SKIPPED, name, Integer.toString(MAX_UNKNOWN_CHARS));
  }

  /** Keeps an unknown property's JSON text if it fits the budget; tells whether it did. */
  private boolean keep(String pointer, @Nullable String json) {
    if (json == null) {
      return false;
    }
    if (unknownChars + json.length() > MAX_UNKNOWN_CHARS) {
      unknownChars = MAX_UNKNOWN_CHARS; // once one is skipped, later ones are too: no gaps
      return false;
    }
    unknownChars += json.length();
    unknown.put(pointer, json);
    return true;
  }

  /** Collects text up to a budget and discards the rest, noting that it did. */
  private static final class BoundedWriter extends java.io.Writer {
    private final StringBuilder text = new StringBuilder();
    private final int budget;
    private boolean overflowed;

    BoundedWriter(int budget) {
      this.budget = budget;
    }

    @Override
    public void write(char[] buf, int off, int len) {
      if (overflowed || text.length() + len > budget) {
        overflowed = true;
        return;
      }
      text.append(buf, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
      if (overflowed || text.length() + len > budget) {
        overflowed = true;
        return;
      }
      text.append(s, off, off + len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Nullable String kept() {
      return overflowed ? null : text.toString();
    }
  }

  @Nullable JsonFactory factory() {
    return factory;
  }

  /**
   * Handles an unknown property found after its value was read as data: an error, or kept aside.
   */
  void unknownData(JsonParser p, String pointer, String name, @Nullable String json)
      throws DocumentProblem {
    Finding f =
        JsonFindingCode.finding(
            mode == ReadMode.STRICT
                ? JsonFindingCode.UNKNOWN_PROPERTY
                : JsonFindingCode.UNKNOWN_PROPERTY_KEPT,
            pointer,
            -1,
            -1,
            name);
    if (mode == ReadMode.STRICT) {
      throw new DocumentProblem(List.of(f), p.currentTokenLocation());
    }
    if (json != null && unknown.size() < MAX_FINDINGS && !keep(pointer, json)) {
      f =
          JsonFindingCode.finding(
              JsonFindingCode.UNKNOWN_PROPERTY_SKIPPED,
              pointer,
              -1,
              -1,
              name,
              Integer.toString(MAX_UNKNOWN_CHARS));
    }
    if (warnings.size() < MAX_FINDINGS) {
      warnings.add(f);
    } else {
      dropped++;
    }
  }

  /**
   * Builds a value at the end of its object, turning the model's refusals into findings located at
   * the object's start.
   */
  <T> T build(JsonParser p, JsonLocation start, Supplier<T> builder) throws DocumentProblem {
    try {
      return builder.get();
    } catch (LedgerIntegrityException e) {
      List<Finding> all = new ArrayList<>();
      String at = pointer(p);
      for (LedgerIntegrityException.Problem problem : e.getProblems()) {
        all.add(
            JsonFindingCode.integrity(
                problem.kind(), at, line(start), column(start), problem.path(), problem.value()));
      }
      throw new DocumentProblem(all, start);
    } catch (IllegalStateException e) {
      throw failAt(p, start, JsonFindingCode.MISSING_PROPERTY, missing(e.getMessage()));
    } catch (IllegalArgumentException | InputRejectedException e) {
      throw failAt(p, start, JsonFindingCode.INVALID_VALUE, String.valueOf(e.getMessage()));
    }
  }

  /** Extracts the attribute list from the builder's "required attributes are not set [a, b]". */
  private static String missing(@Nullable String message) {
    if (message == null) {
      return "?";
    }
    int open = message.indexOf('[');
    int close = message.lastIndexOf(']');
    return open >= 0 && close > open ? message.substring(open + 1, close) : message;
  }
}
