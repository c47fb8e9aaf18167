package io.github.probity.finding;

/**
 * The stable code of a kind of {@link Finding}, with the severity it is reported with by default
 * and the resource bundle that holds its messages.
 *
 * <p>Each area of Probity has its own codes: validation rules (by rule id, e.g. {@code
 * PR-MEASURE-001}), workbook reading ({@code io.github.probity.excel.ProblemCode}), JSON reading
 * ({@code io.github.probity.json.JsonFindingCode}) and the plan ({@link
 * io.github.probity.plan.PlanProblemCode}). Codes never change between releases; applications may
 * switch on {@link #code()}.
 *
 * <p>A message is looked up by its key (the code unless the finding names another) in {@link
 * #messageBundle()}, zh_CN for Chinese locales and the English base bundle for all others, then in
 * the application's own {@code ValidationMessages} bundle, where a host adds messages for its own
 * codes or overrides Probity's. Implementations must be immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface FindingCode {

  /** {@return the stable code, e.g. {@code PR-MEASURE-001} or {@code MISSING_RISK_POINT_COLUMN}} */
  String code();

  /**
   * Returns the severity findings of this code have unless their reporter says otherwise.
   *
   * @return the default severity
   */
  Severity severity();

  /**
   * Returns the base name of the resource bundle that holds the messages, e.g. {@code
   * io.github.probity.validation.ValidationMessages}.
   *
   * @return the bundle's base name
   */
  String messageBundle();

  /**
   * Returns a code defined by an application, e.g. for a rule of its own.
   *
   * @param code the stable code; not blank
   * @param severity the default severity
   * @param messageBundle the base name of the bundle holding its messages
   * @return the code; equal to every other code made from the same three values
   * @throws IllegalArgumentException if the code is blank
   */
  static FindingCode of(String code, Severity severity, String messageBundle) {
    return new DefinedCode(code, severity, messageBundle);
  }
}
