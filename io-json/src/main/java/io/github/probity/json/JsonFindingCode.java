package io.github.probity.json;

import io.github.probity.finding.Finding;
import io.github.probity.finding.FindingCode;
import io.github.probity.finding.Location;
import io.github.probity.finding.Severity;
import io.github.probity.model.Coded;
import io.github.probity.model.LedgerIntegrityException;

/**
 * The stable codes of problems found while reading a JSON document, each with its severity and a
 * short label. Their messages, in Chinese and English with the finding's arguments, are in the
 * bundle {@code io.github.probity.json.JsonMessages}.
 *
 * <p>Codes never change between releases; applications may switch on them.
 *
 * @since 0.1.0
 */
public enum JsonFindingCode implements Coded, FindingCode {
  /** The input is not well-formed JSON. */
  SYNTAX("JSON_SYNTAX", "JSON 语法错误", Severity.ERROR),
  /** The input ends before the document does. */
  TRUNCATED("JSON_TRUNCATED", "文档不完整", Severity.ERROR),
  /** The input is not valid UTF-8. */
  INVALID_ENCODING("JSON_INVALID_ENCODING", "编码错误", Severity.ERROR),
  /** An object has the same key twice. */
  DUPLICATE_KEY("JSON_DUPLICATE_KEY", "重复的键", Severity.ERROR),
  /** The input exceeds a configured limit (depth, string, name or document length, tokens). */
  LIMIT_EXCEEDED("JSON_LIMIT_EXCEEDED", "超出限制", Severity.ERROR),
  /** There is content after the end of the document. */
  TRAILING_CONTENT("JSON_TRAILING_CONTENT", "多余内容", Severity.ERROR),
  /** A value has the wrong JSON type. */
  WRONG_TYPE("JSON_WRONG_TYPE", "类型错误", Severity.ERROR),
  /** A value is {@code null}; absent values are omitted instead. */
  NULL_VALUE("JSON_NULL_VALUE", "空值", Severity.ERROR),
  /** A {@code null} value was read as an absent value (lenient mode). */
  NULL_IGNORED("JSON_NULL_IGNORED", "空值按缺省处理", Severity.WARNING),
  /** A property is not part of the format. */
  UNKNOWN_PROPERTY("JSON_UNKNOWN_PROPERTY", "未知属性", Severity.ERROR),
  /** A property that is not part of the format was kept aside (lenient mode). */
  UNKNOWN_PROPERTY_KEPT("JSON_UNKNOWN_PROPERTY_KEPT", "未知属性已保留", Severity.WARNING),
  /**
   * An unknown property was skipped, not kept (lenient mode): the unknown properties kept aside
   * already hold as many characters as a read keeps.
   */
  UNKNOWN_PROPERTY_SKIPPED("JSON_UNKNOWN_PROPERTY_SKIPPED", "未知属性过大未保留", Severity.WARNING),
  /** A required property is missing. */
  MISSING_PROPERTY("JSON_MISSING_PROPERTY", "缺少属性", Severity.ERROR),
  /** An enum value is not a valid code (nor, in lenient mode, a label or synonym). */
  INVALID_CODE("JSON_INVALID_CODE", "无效代码", Severity.ERROR),
  /** An enum value was given as a label or synonym and read as its code (lenient mode). */
  LABEL_ACCEPTED("JSON_LABEL_ACCEPTED", "按名称识别", Severity.WARNING),
  /** A value breaks an invariant of the model. */
  INVALID_VALUE("JSON_INVALID_VALUE", "取值无效", Severity.ERROR),
  /** The ledger has a duplicate id or a reference that does not resolve. */
  LEDGER_INTEGRITY("JSON_LEDGER_INTEGRITY", "台账引用错误", Severity.ERROR),
  /** The envelope names another document format. */
  WRONG_FORMAT("JSON_WRONG_FORMAT", "文档格式不符", Severity.ERROR),
  /** The envelope's schema version is not one this release reads. */
  UNSUPPORTED_VERSION("JSON_UNSUPPORTED_VERSION", "不支持的版本", Severity.ERROR),
  /** A streaming read met properties in an order it cannot stream. */
  STREAM_ORDER("JSON_STREAM_ORDER", "顺序不支持流式读取", Severity.ERROR),
  /** More findings were found than are kept; the rest are counted only. */
  FINDINGS_TRUNCATED("JSON_FINDINGS_TRUNCATED", "问题过多", Severity.WARNING),
  /** A warning names a signal the document does not hold (a warning in lenient mode). */
  UNRESOLVED_SIGNAL("JSON_UNRESOLVED_SIGNAL", "预警信息缺失", Severity.ERROR),
  /** A disposition case's recorded history is not a legal sequence of states and steps. */
  INVALID_CASE_HISTORY("JSON_INVALID_CASE_HISTORY", "处置记录不合法", Severity.ERROR),
  /**
   * A case's stored state, level, steps or escalations differ from what its history leads to (a
   * warning in lenient mode, where the history wins).
   */
  CASE_RECORD_MISMATCH("JSON_CASE_RECORD_MISMATCH", "处置记录不一致", Severity.ERROR);

  /** The base name of the bundle that holds the messages. */
  private static final String BUNDLE = "io.github.probity.json.JsonMessages";

  private final String code;
  private final String label;
  private final Severity severity;

  JsonFindingCode(String code, String label, Severity severity) {
    this.code = code;
    this.label = label;
    this.severity = severity;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String displayName() {
    return label;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String messageBundle() {
    return BUNDLE;
  }

  /**
   * Returns a {@link #LEDGER_INTEGRITY} finding worded by its kind: message key {@code
   * JSON_LEDGER_INTEGRITY.DUPLICATE_ID} or {@code JSON_LEDGER_INTEGRITY.UNKNOWN_REFERENCE}, with
   * the model path and the offending value as arguments.
   */
  static Finding integrity(
      LedgerIntegrityException.Kind kind,
      String pointer,
      int line,
      int column,
      String path,
      String value) {
    return Finding.builder()
        .code(LEDGER_INTEGRITY)
        .location(Location.jsonPointer(pointer, line, column))
        .messageKey(LEDGER_INTEGRITY.code() + "." + kind.name())
        .addArguments(path, value)
        .build();
  }

  /** Returns a finding of a code at a place in the document. */
  static Finding finding(
      JsonFindingCode code, String pointer, int line, int column, String... arguments) {
    return Finding.of(code, Location.jsonPointer(pointer, line, column), (Object[]) arguments);
  }
}
