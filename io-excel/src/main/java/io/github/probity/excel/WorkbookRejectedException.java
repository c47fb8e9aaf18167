package io.github.probity.excel;

import io.github.probity.model.Coded;
import java.io.IOException;
import java.util.Optional;

/**
 * Thrown when a workbook is refused as a whole: it is not a workbook, is encrypted, truncated, a
 * zip bomb, carries a DOCTYPE, exceeds a configured limit, needs a missing optional library, or (in
 * strict mode) has a row-level error. The {@link #getReason() reason} says which.
 */
public final class WorkbookRejectedException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why a workbook was refused. */
  public enum Reason implements Coded {
    /** The bytes are not an xlsx or xls workbook. */
    NOT_A_WORKBOOK("NOT_A_WORKBOOK", "不是 Excel 工作簿"),
    /** The workbook is password-protected (an encrypted OLE2 container). */
    ENCRYPTED("ENCRYPTED", "工作簿已加密"),
    /** The file is cut short or its zip structure is damaged. */
    TRUNCATED("TRUNCATED", "文件不完整或已损坏"),
    /** An entry inflates beyond the size limit or the compression ratio is suspicious. */
    ZIP_BOMB("ZIP_BOMB", "压缩内容异常（疑似压缩炸弹）"),
    /** An XML part declares a DOCTYPE (external entities, entity expansion). */
    DOCTYPE("DOCTYPE", "XML 含 DOCTYPE 声明"),
    /** The XML of a part is not well-formed. */
    MALFORMED("MALFORMED", "XML 格式错误"),
    /** A configured limit on size, sheets, rows, cells or text length was exceeded. */
    LIMIT_EXCEEDED("LIMIT_EXCEEDED", "超出读取限制"),
    /** A legacy .xls workbook needs the optional org.apache.poi:poi library. */
    LEGACY_FORMAT_UNSUPPORTED("LEGACY_FORMAT_UNSUPPORTED", "读取 .xls 需要 org.apache.poi:poi"),
    /** Strict reading met an error-level problem. */
    STRICT_ERROR("STRICT_ERROR", "严格模式下遇到错误");

    private final String code;
    private final String label;

    Reason(String code, String label) {
      this.code = code;
      this.label = label;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String displayName() {
      return label;
    }
  }

  /** Why the workbook was refused. */
  private final Reason reason;

  private final transient Optional<ReadProblem> problem;

  /**
   * Creates the exception.
   *
   * @param reason why the workbook was refused
   * @param message what was found, naming the part or limit
   */
  public WorkbookRejectedException(Reason reason, String message) {
    this(reason, message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param reason why the workbook was refused
   * @param message what was found, naming the part or limit
   * @param cause the underlying error, if any
   */
  public WorkbookRejectedException(
      Reason reason, String message, @org.jspecify.annotations.Nullable Throwable cause) {
    super(reason.displayName() + " (" + reason.code() + "): " + message, cause);
    this.reason = reason;
    this.problem = Optional.empty();
  }

  /**
   * Creates the exception for strict reading, carrying the problem that stopped it.
   *
   * @param problem the first error-level problem
   */
  public WorkbookRejectedException(ReadProblem problem) {
    super(
        Reason.STRICT_ERROR.displayName()
            + " ("
            + Reason.STRICT_ERROR.code()
            + "): "
            + problem.message(java.util.Locale.ENGLISH));
    this.reason = Reason.STRICT_ERROR;
    this.problem = Optional.of(problem);
  }

  /**
   * Returns why the workbook was refused.
   *
   * @return the reason
   */
  public Reason getReason() {
    return reason;
  }

  /**
   * Returns the problem that stopped strict reading, for {@link Reason#STRICT_ERROR}.
   *
   * @return the problem
   */
  public Optional<ReadProblem> getProblem() {
    return problem == null ? Optional.empty() : problem;
  }
}
