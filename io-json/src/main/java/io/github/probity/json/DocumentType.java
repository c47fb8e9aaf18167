package io.github.probity.json;

import java.util.List;

/**
 * The kinds of Probity JSON document. Each has a stable format name (the envelope's {@code
 * format}), the schema version this release writes, the versions it still reads, and a JSON Schema
 * (2020-12) per version shipped as a class-path resource.
 *
 * @since 0.1.0
 */
public enum DocumentType {
  /** A ledger (台账): {@code {"format":"probity-ledger","schemaVersion":1,"ledger":{…}}}. */
  LEDGER("probity-ledger", "台账", "ledger", 1, List.of(1)),
  /**
   * A grading policy (评级政策): {@code {"format":"probity-grading-policy","schemaVersion":1,
   * "policy":{…}}}.
   */
  GRADING_POLICY("probity-grading-policy", "评级政策", "policy", 1, List.of(1)),
  /**
   * A validation report (校验报告): {@code {"format":"probity-validation-report","schemaVersion":1,
   * "report":{"violations":[…]}}}.
   */
  VALIDATION_REPORT("probity-validation-report", "校验报告", "report", 1, List.of(1)),
  /**
   * A stream of warning signals (预警信息), e.g. one day's: {@code {"format":"probity-signals",
   * "schemaVersion":1,"signals":[…]}}.
   */
  SIGNALS("probity-signals", "预警信息", "signals", 1, List.of(1)),
  /**
   * Warnings with their signals (预警记录): {@code {"format":"probity-warnings","schemaVersion":1,
   * "record":{"warnings":[…],"signals":[…]}}}.
   */
  WARNINGS("probity-warnings", "预警记录", "record", 1, List.of(1)),
  /**
   * A case book (预警处置台账): {@code {"format":"probity-cases","schemaVersion":1,
   * "caseBook":{"systemActor":…,"policy":{…},"cases":[…]}}}.
   */
  CASES("probity-cases", "预警处置台账", "caseBook", 1, List.of(1)),
  /**
   * A post's archive (岗位廉政风险档案, 一岗一档) for one year: {@code
   * {"format":"probity-archive","schemaVersion":1,"archive":{…}}}.
   */
  ARCHIVE("probity-archive", "岗位廉政风险档案", "archive", 1, List.of(1)),
  /**
   * An archive's revision history with its hash chain: {@code
   * {"format":"probity-archive-history","schemaVersion":1,"history":{"form":…,"revisions":[…]}}}.
   */
  ARCHIVE_HISTORY("probity-archive-history", "档案修订记录", "history", 1, List.of(1)),
  /**
   * A disclosure (党务公开/政务公开) with its registration: {@code
   * {"format":"probity-disclosure","schemaVersion":1,"disclosure":{"view":…,"registration":…}}}.
   */
  DISCLOSURE("probity-disclosure", "公开登记", "disclosure", 1, List.of(1)),
  /**
   * An implementation plan (实施计划, 附件4): {@code
   * {"format":"probity-implementation-plan","schemaVersion":1,"plan":{…}}}.
   */
  IMPLEMENTATION_PLAN("probity-implementation-plan", "实施计划", "plan", 1, List.of(1)),
  /**
   * A unit's annex layouts (附件版式), one per table kind: {@code
   * {"format":"probity-annex-layout","schemaVersion":1,"layouts":[{"kind":…,"title":…,
   * "columns":[…],"footer":[…]}]}}.
   */
  ANNEX_LAYOUT("probity-annex-layout", "附件版式", "layouts", 1, List.of(1));

  private final String format;
  private final String label;
  private final String bodyProperty;
  private final int currentVersion;
  private final List<Integer> readableVersions;

  DocumentType(
      String format,
      String label,
      String bodyProperty,
      int currentVersion,
      List<Integer> readableVersions) {
    this.format = format;
    this.label = label;
    this.bodyProperty = bodyProperty;
    this.currentVersion = currentVersion;
    this.readableVersions = readableVersions;
  }

  /**
   * Returns the format name, the value of the envelope's {@code format} property.
   *
   * @return the format name, e.g. {@code probity-ledger}
   */
  public String formatName() {
    return format;
  }

  /** {@return the Chinese name of the document kind, e.g. 台账} */
  public String displayName() {
    return label;
  }

  /**
   * Returns the envelope property that holds the document's body.
   *
   * @return the property name, e.g. {@code ledger}
   */
  public String bodyProperty() {
    return bodyProperty;
  }

  /** {@return the schema version this release writes} */
  public int currentVersion() {
    return currentVersion;
  }

  /**
   * Returns every schema version this release reads; older versions are migrated on reading.
   *
   * @return the versions, ascending
   */
  public List<Integer> readableVersions() {
    return readableVersions;
  }

  /**
   * Returns the class-path resource of the JSON Schema of one version, for {@link
   * ClassLoader#getResourceAsStream(String)}.
   *
   * @param version a schema version
   * @return the resource name, e.g. {@code io/github/probity/json/schema/probity-ledger.v1.json}
   * @throws IllegalArgumentException if the version is not readable
   */
  public String schemaResource(int version) {
    if (!readableVersions.contains(version)) {
      throw new IllegalArgumentException(
          format + " has no schema version " + version + "; known: " + readableVersions);
    }
    return "io/github/probity/json/schema/" + format + ".v" + version + ".json";
  }
}
