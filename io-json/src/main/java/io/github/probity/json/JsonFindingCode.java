package io.github.probity.json;

import io.github.probity.model.Coded;
import io.github.probity.validation.Severity;
import java.util.List;

/**
 * The stable codes of problems found while reading a JSON document, each with its severity and its
 * message templates in Chinese and English ({@code {0}}, {@code {1}} … stand for the arguments).
 *
 * <p>Codes never change between releases; applications may switch on them.
 */
public enum JsonFindingCode implements Coded {
  /** The input is not well-formed JSON. */
  SYNTAX("JSON_SYNTAX", "JSON 语法错误", Severity.ERROR, "JSON 语法错误：{0}", "Malformed JSON: {0}"),
  /** The input ends before the document does. */
  TRUNCATED(
      "JSON_TRUNCATED",
      "文档不完整",
      Severity.ERROR,
      "文档在结束前中断：{0}",
      "The document ends prematurely: {0}"),
  /** The input is not valid UTF-8. */
  INVALID_ENCODING(
      "JSON_INVALID_ENCODING", "编码错误", Severity.ERROR, "不是有效的 UTF-8 编码：{0}", "Invalid UTF-8: {0}"),
  /** An object has the same key twice. */
  DUPLICATE_KEY("JSON_DUPLICATE_KEY", "重复的键", Severity.ERROR, "重复的键：{0}", "Duplicate key: {0}"),
  /** The input exceeds a configured limit (depth, string, name or document length, tokens). */
  LIMIT_EXCEEDED(
      "JSON_LIMIT_EXCEEDED",
      "超出限制",
      Severity.ERROR,
      "超出读取限制：{0}",
      "Input exceeds a read limit: {0}"),
  /** There is content after the end of the document. */
  TRAILING_CONTENT(
      "JSON_TRAILING_CONTENT",
      "多余内容",
      Severity.ERROR,
      "文档结束后还有内容：{0}",
      "Content after the end of the document: {0}"),
  /** A value has the wrong JSON type. */
  WRONG_TYPE("JSON_WRONG_TYPE", "类型错误", Severity.ERROR, "应为{0}，实为 {1}", "Expected {0}, found {1}"),
  /** A value is {@code null}; absent values are omitted instead. */
  NULL_VALUE(
      "JSON_NULL_VALUE",
      "空值",
      Severity.ERROR,
      "不允许 null 值，缺省值应省略该属性",
      "null is not allowed; omit an absent value"),
  /** A {@code null} value was read as an absent value (lenient mode). */
  NULL_IGNORED(
      "JSON_NULL_IGNORED",
      "空值按缺省处理",
      Severity.WARNING,
      "null 值按缺省处理",
      "null read as an absent value"),
  /** A property is not part of the format. */
  UNKNOWN_PROPERTY(
      "JSON_UNKNOWN_PROPERTY", "未知属性", Severity.ERROR, "未知属性“{0}”", "Unknown property '{0}'"),
  /** A property that is not part of the format was kept aside (lenient mode). */
  UNKNOWN_PROPERTY_KEPT(
      "JSON_UNKNOWN_PROPERTY_KEPT",
      "未知属性已保留",
      Severity.WARNING,
      "未知属性“{0}”已单独保留",
      "Unknown property '{0}' kept aside"),
  /** A required property is missing. */
  MISSING_PROPERTY(
      "JSON_MISSING_PROPERTY",
      "缺少属性",
      Severity.ERROR,
      "缺少必填属性：{0}",
      "Missing required property: {0}"),
  /** An enum value is not a valid code (nor, in lenient mode, a label or synonym). */
  INVALID_CODE(
      "JSON_INVALID_CODE",
      "无效代码",
      Severity.ERROR,
      "“{0}”不是有效的{1}，有效值：{2}",
      "'{0}' is not a valid {1}; valid values: {2}"),
  /** An enum value was given as a label or synonym and read as its code (lenient mode). */
  LABEL_ACCEPTED(
      "JSON_LABEL_ACCEPTED", "按名称识别", Severity.WARNING, "“{0}”按名称识别为 {1}", "'{0}' read as {1}"),
  /** A value breaks an invariant of the model. */
  INVALID_VALUE(
      "JSON_INVALID_VALUE",
      "取值无效",
      Severity.ERROR,
      "取值不符合模型约束：{0}",
      "Value breaks a model invariant: {0}"),
  /** The ledger has a duplicate id or a reference that does not resolve. */
  LEDGER_INTEGRITY(
      "JSON_LEDGER_INTEGRITY",
      "台账引用错误",
      Severity.ERROR,
      "台账完整性错误（{0}）：{1}",
      "Ledger integrity problem at {0}: {1}"),
  /** The envelope names another document format. */
  WRONG_FORMAT(
      "JSON_WRONG_FORMAT",
      "文档格式不符",
      Severity.ERROR,
      "应为“{0}”文档，实为“{1}”",
      "Expected a '{0}' document, found '{1}'"),
  /** The envelope's schema version is not one this release reads. */
  UNSUPPORTED_VERSION(
      "JSON_UNSUPPORTED_VERSION",
      "不支持的版本",
      Severity.ERROR,
      "不支持的 schemaVersion {0}，支持：{1}",
      "Unsupported schemaVersion {0}; supported: {1}"),
  /** A streaming read met properties in an order it cannot stream. */
  STREAM_ORDER(
      "JSON_STREAM_ORDER", "顺序不支持流式读取", Severity.ERROR, "流式读取要求{0}", "Streaming read needs {0}"),
  /** More findings were found than are kept; the rest are counted only. */
  FINDINGS_TRUNCATED(
      "JSON_FINDINGS_TRUNCATED",
      "问题过多",
      Severity.WARNING,
      "问题过多，仅保留前 {0} 条",
      "Too many findings; only the first {0} are kept"),
  /** A warning names a signal the document does not hold (a warning in lenient mode). */
  UNRESOLVED_SIGNAL(
      "JSON_UNRESOLVED_SIGNAL",
      "预警信息缺失",
      Severity.ERROR,
      "预警“{0}”引用的预警信息“{1}”不在文档中",
      "Warning '{0}' names signal '{1}', which the document does not hold"),
  /** A disposition case's recorded history is not a legal sequence of states and steps. */
  INVALID_CASE_HISTORY(
      "JSON_INVALID_CASE_HISTORY",
      "处置记录不合法",
      Severity.ERROR,
      "处置记录不合法：{0}",
      "Illegal case history: {0}"),
  /**
   * A case's stored state, level, steps or escalations differ from what its history leads to (a
   * warning in lenient mode, where the history wins).
   */
  CASE_RECORD_MISMATCH(
      "JSON_CASE_RECORD_MISMATCH",
      "处置记录不一致",
      Severity.ERROR,
      "“{0}”记为 {1}，按处置记录应为 {2}",
      "'{0}' is stored as {1} but the history gives {2}");

  private final String code;
  private final String label;
  private final Severity severity;
  private final String zh;
  private final String en;

  JsonFindingCode(String code, String label, Severity severity, String zh, String en) {
    this.code = code;
    this.label = label;
    this.severity = severity;
    this.zh = zh;
    this.en = en;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String displayName() {
    return label;
  }

  /**
   * Returns the severity of findings with this code.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the Chinese message with the arguments filled in.
   *
   * @param args the arguments, in order
   * @return the message
   */
  public String messageZh(List<String> args) {
    return fill(zh, args);
  }

  /**
   * Returns the English message with the arguments filled in.
   *
   * @param args the arguments, in order
   * @return the message
   */
  public String messageEn(List<String> args) {
    return fill(en, args);
  }

  private static String fill(String template, List<String> args) {
    String out = template;
    for (int i = 0; i < args.size(); i++) {
      out = out.replace("{" + i + "}", args.get(i));
    }
    return out;
  }
}
