package io.github.probity.excel;

import io.github.probity.finding.Finding;
import io.github.probity.finding.FindingCode;
import io.github.probity.finding.InputRejectedException;
import io.github.probity.finding.Location;
import io.github.probity.finding.Severity;
import io.github.probity.model.Coded;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a workbook is refused as a whole: it is not a workbook, is encrypted, truncated, a
 * zip bomb, carries a DOCTYPE, exceeds a configured limit, needs a missing optional library, or (in
 * strict mode) has a row-level error. The {@link #getReason() reason} says which; the findings say
 * where, as every {@link InputRejectedException} does: one finding of the reason at the workbook,
 * or, in strict mode, the row-level finding that stopped the read.
 *
 * <p>Unchecked, like every refusal of untrusted input; a file that cannot be read at all is an
 * {@link java.io.IOException} instead.
 *
 * @since 0.1.0
 */
public final class WorkbookRejectedException extends InputRejectedException {
  private static final long serialVersionUID = 1L;

  /** Why a workbook was refused; each reason is also the code of the finding that says so. */
  public enum Reason implements Coded, FindingCode {
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
    /**
     * The package is malformed: the XML of a part is not well-formed or not UTF-8, or the zip's
     * entries contradict each other (two of one name, a directory pointing elsewhere, overlapping
     * data, sheets sharing a part).
     */
    MALFORMED("MALFORMED", "工作簿格式错误"),
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

    @Override
    public Severity severity() {
      return Severity.ERROR;
    }

    /** Returns the workbook readers' bundle, whose message for a reason takes the detail. */
    @Override
    public String messageBundle() {
      return "io.github.probity.excel.ReadMessages";
    }
  }

  /** Why the workbook was refused. */
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason why the workbook was refused
   * @param message the detail, e.g. which part or limit
   */
  public WorkbookRejectedException(Reason reason, String message) {
    this(reason, message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param reason why the workbook was refused
   * @param message the detail, e.g. which part or limit
   * @param cause the underlying exception, or {@code null}
   */
  public WorkbookRejectedException(Reason reason, String message, @Nullable Throwable cause) {
    super(List.of(Finding.of(reason, Location.workbook(), message)), cause);
    this.reason = reason;
  }

  /**
   * Creates the exception for strict reading, which stops at the first error.
   *
   * @param problem the error that stopped the read
   */
  public WorkbookRejectedException(Finding problem) {
    super(List.of(problem), null);
    this.reason = Reason.STRICT_ERROR;
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
   * Returns the row-level finding that stopped a strict read.
   *
   * @return the finding for {@link Reason#STRICT_ERROR}, empty for the other reasons
   */
  public Optional<Finding> getProblem() {
    return reason == Reason.STRICT_ERROR ? Optional.of(getFindings().get(0)) : Optional.empty();
  }
}
