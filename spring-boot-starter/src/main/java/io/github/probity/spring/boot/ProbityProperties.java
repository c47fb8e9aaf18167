package io.github.probity.spring.boot;

import io.github.probity.excel.ReadLimits;
import io.github.probity.finding.Severity;
import io.github.probity.json.JsonLimits;
import io.github.probity.json.ReadMode;
import io.github.probity.model.RiskLevel;
import io.github.probity.warning.DispositionMeasure;
import io.github.probity.warning.WarningPolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Probity's settings under {@code probity.*}, e.g. in {@code application.yml}:
 *
 * <pre>
 * probity:
 *   excel:
 *     mode: strict
 *     max-file-size: 20MB
 *   json:
 *     mode: lenient
 *   grading:
 *     grader: count-rule
 *   validation:
 *     severity:
 *       PR-MEASURE-001: ERROR
 * </pre>
 *
 * <p>A mutable bean bound once at start-up by Spring; not for use from other threads while bound.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("probity")
public class ProbityProperties {
  /** The time zone of the unit: dates in workbooks and the default clock's zone. */
  private @Nullable ZoneId timeZone;

  private final Excel excel = new Excel();
  private final Json json = new Json();
  private final Grading grading = new Grading();
  private final Validation validation = new Validation();
  private final Web web = new Web();
  private final Monitoring monitor = new Monitoring();
  private final WarningRules warning = new WarningRules();
  private final Review review = new Review();
  private final Calendar calendar = new Calendar();
  private final Observability observability = new Observability();

  /** Creates the settings with their defaults; Spring binds them. */
  public ProbityProperties() {}

  /**
   * Returns the unit's time zone; the system default when not set.
   *
   * @return the zone, or {@code null}
   */
  public @Nullable ZoneId getTimeZone() {
    return timeZone;
  }

  /**
   * Sets the unit's time zone.
   *
   * @param timeZone the zone
   */
  public void setTimeZone(@Nullable ZoneId timeZone) {
    this.timeZone = timeZone;
  }

  /**
   * Returns the annex workbook settings.
   *
   * @return the settings
   */
  public Excel getExcel() {
    return excel;
  }

  /**
   * Returns the JSON document settings.
   *
   * @return the settings
   */
  public Json getJson() {
    return json;
  }

  /**
   * Returns the grading settings.
   *
   * @return the settings
   */
  public Grading getGrading() {
    return grading;
  }

  /**
   * Returns the validation settings.
   *
   * @return the settings
   */
  public Validation getValidation() {
    return validation;
  }

  /**
   * Returns the web settings.
   *
   * @return the settings
   */
  public Web getWeb() {
    return web;
  }

  /**
   * Returns the real-time monitoring settings.
   *
   * @return the settings
   */
  public Monitoring getMonitor() {
    return monitor;
  }

  /**
   * Returns the warning policy's settings.
   *
   * @return the settings
   */
  public WarningRules getWarning() {
    return warning;
  }

  /**
   * Returns the review workflow settings.
   *
   * @return the settings
   */
  public Review getReview() {
    return review;
  }

  /**
   * Returns the working-day calendar settings.
   *
   * @return the settings
   */
  public Calendar getCalendar() {
    return calendar;
  }

  /**
   * Returns the logging and metrics settings.
   *
   * @return the settings
   */
  public Observability getObservability() {
    return observability;
  }

  /** How annex workbooks are read and written. */
  public static class Excel {
    private static final ReadLimits DEFAULTS = ReadLimits.defaults();

    /**
     * Reading mode: LENIENT collects the problems of every row, STRICT refuses the workbook at the
     * first error.
     */
    private ReadMode mode = ReadMode.LENIENT;

    /** The largest workbook accepted. */
    private DataSize maxFileSize = DataSize.ofBytes(DEFAULTS.getMaxFileBytes());

    /** The largest size of one part of the workbook once inflated. */
    private DataSize maxEntrySize = DataSize.ofBytes(DEFAULTS.getMaxEntryBytes());

    /** The most rows a read keeps in memory. */
    private int maxRowsInMemory = DEFAULTS.getMaxRowsInMemory();

    /** The most sheets in one workbook. */
    private int maxSheets = DEFAULTS.getMaxSheets();

    /** The unit code given to ledgers built from tables that name none. */
    private @Nullable String unitCode;

    /** Whether a point without a category gets the one its words suggest, reported as such. */
    private boolean suggestCategories;

    /** The author written into the document properties of the workbooks written. */
    private @Nullable String author;

    /** Creates the settings with their defaults; Spring binds them. */
    public Excel() {}

    /**
     * Returns the reading mode.
     *
     * @return the mode
     */
    public ReadMode getMode() {
      return mode;
    }

    /**
     * Sets the reading mode.
     *
     * @param mode the mode
     */
    public void setMode(ReadMode mode) {
      this.mode = mode;
    }

    /**
     * Returns the largest workbook accepted.
     *
     * @return the size
     */
    public DataSize getMaxFileSize() {
      return maxFileSize;
    }

    /**
     * Sets the largest workbook accepted.
     *
     * @param maxFileSize the size
     */
    public void setMaxFileSize(DataSize maxFileSize) {
      this.maxFileSize = maxFileSize;
    }

    /**
     * Returns the largest inflated part.
     *
     * @return the size
     */
    public DataSize getMaxEntrySize() {
      return maxEntrySize;
    }

    /**
     * Sets the largest inflated part.
     *
     * @param maxEntrySize the size
     */
    public void setMaxEntrySize(DataSize maxEntrySize) {
      this.maxEntrySize = maxEntrySize;
    }

    /**
     * Returns the most rows kept in memory.
     *
     * @return the limit
     */
    public int getMaxRowsInMemory() {
      return maxRowsInMemory;
    }

    /**
     * Sets the most rows kept in memory.
     *
     * @param maxRowsInMemory the limit
     */
    public void setMaxRowsInMemory(int maxRowsInMemory) {
      this.maxRowsInMemory = maxRowsInMemory;
    }

    /**
     * Returns the most sheets.
     *
     * @return the limit
     */
    public int getMaxSheets() {
      return maxSheets;
    }

    /**
     * Sets the most sheets.
     *
     * @param maxSheets the limit
     */
    public void setMaxSheets(int maxSheets) {
      this.maxSheets = maxSheets;
    }

    /**
     * Returns the default unit code.
     *
     * @return the code, or {@code null}
     */
    public @Nullable String getUnitCode() {
      return unitCode;
    }

    /**
     * Sets the default unit code.
     *
     * @param unitCode the code
     */
    public void setUnitCode(@Nullable String unitCode) {
      this.unitCode = unitCode;
    }

    /**
     * Returns whether suggested categories are accepted.
     *
     * @return whether they are
     */
    public boolean isSuggestCategories() {
      return suggestCategories;
    }

    /**
     * Sets whether suggested categories are accepted.
     *
     * @param suggestCategories whether they are
     */
    public void setSuggestCategories(boolean suggestCategories) {
      this.suggestCategories = suggestCategories;
    }

    /**
     * Returns the author of written workbooks.
     *
     * @return the author, or {@code null} for Probity's
     */
    public @Nullable String getAuthor() {
      return author;
    }

    /**
     * Sets the author of written workbooks.
     *
     * @param author the author
     */
    public void setAuthor(@Nullable String author) {
      this.author = author;
    }

    /**
     * Returns the read limits these settings give.
     *
     * @return the limits
     */
    public ReadLimits toLimits() {
      return ReadLimits.builder()
          .maxFileBytes(maxFileSize.toBytes())
          .maxEntryBytes(maxEntrySize.toBytes())
          .maxRowsInMemory(maxRowsInMemory)
          .maxSheets(maxSheets)
          .build();
    }
  }

  /** How JSON documents are read and written. */
  public static class Json {
    private static final JsonLimits DEFAULTS = JsonLimits.defaults();

    /**
     * Reading mode: STRICT accepts only the canonical form, LENIENT also Chinese labels, nulls and
     * unknown properties, each reported.
     */
    private ReadMode mode = ReadMode.STRICT;

    /** Whether documents are indented for people to read (then not canonical). */
    private boolean pretty;

    /** The largest document accepted. */
    private DataSize maxDocumentSize = DataSize.ofBytes(DEFAULTS.maxDocumentLength());

    /** The longest string value accepted, in characters. */
    private int maxStringLength = DEFAULTS.maxStringLength();

    /** The deepest nesting of objects and arrays accepted; at least 16. */
    private int maxNestingDepth = DEFAULTS.maxNestingDepth();

    /** Creates the settings with their defaults; Spring binds them. */
    public Json() {}

    /**
     * Returns the reading mode.
     *
     * @return the mode
     */
    public ReadMode getMode() {
      return mode;
    }

    /**
     * Sets the reading mode.
     *
     * @param mode the mode
     */
    public void setMode(ReadMode mode) {
      this.mode = mode;
    }

    /**
     * Returns whether output is indented.
     *
     * @return whether it is
     */
    public boolean isPretty() {
      return pretty;
    }

    /**
     * Sets whether output is indented.
     *
     * @param pretty whether it is
     */
    public void setPretty(boolean pretty) {
      this.pretty = pretty;
    }

    /**
     * Returns the largest document.
     *
     * @return the size
     */
    public DataSize getMaxDocumentSize() {
      return maxDocumentSize;
    }

    /**
     * Sets the largest document.
     *
     * @param maxDocumentSize the size
     */
    public void setMaxDocumentSize(DataSize maxDocumentSize) {
      this.maxDocumentSize = maxDocumentSize;
    }

    /**
     * Returns the longest string value.
     *
     * @return the limit
     */
    public int getMaxStringLength() {
      return maxStringLength;
    }

    /**
     * Sets the longest string value.
     *
     * @param maxStringLength the limit
     */
    public void setMaxStringLength(int maxStringLength) {
      this.maxStringLength = maxStringLength;
    }

    /**
     * Returns the deepest nesting.
     *
     * @return the limit
     */
    public int getMaxNestingDepth() {
      return maxNestingDepth;
    }

    /**
     * Sets the deepest nesting.
     *
     * @param maxNestingDepth the limit
     */
    public void setMaxNestingDepth(int maxNestingDepth) {
      this.maxNestingDepth = maxNestingDepth;
    }

    /**
     * Returns the JSON limits these settings give.
     *
     * @return the limits
     */
    public JsonLimits toLimits() {
      return DEFAULTS
          .withMaxDocumentLength(maxDocumentSize.toBytes())
          .withMaxStringLength(maxStringLength)
          .withMaxNestingDepth(maxNestingDepth);
    }
  }

  /** How risk points are graded. */
  public static class Grading {
    /**
     * The grader's id: a built-in policy (weighted-factors, count-rule, criteria-count, power-type,
     * matrix) or a grader registered with ServiceLoader.
     */
    private String grader = "weighted-factors";

    /**
     * A grading policy document (probity-grading-policy JSON) to grade by, e.g.
     * classpath:probity/policy.json; takes precedence over the grader's id.
     */
    private @Nullable String policy;

    /** Creates the settings with their defaults; Spring binds them. */
    public Grading() {}

    /**
     * Returns the grader's id.
     *
     * @return the id
     */
    public String getGrader() {
      return grader;
    }

    /**
     * Sets the grader's id.
     *
     * @param grader the id
     */
    public void setGrader(String grader) {
      this.grader = grader;
    }

    /**
     * Returns the location of the policy document.
     *
     * @return the location, or {@code null}
     */
    public @Nullable String getPolicy() {
      return policy;
    }

    /**
     * Sets the location of the policy document.
     *
     * @param policy the location
     */
    public void setPolicy(@Nullable String policy) {
      this.policy = policy;
    }
  }

  /** How ledgers are validated. */
  public static class Validation {
    /** Severity overrides by rule id, e.g. PR-MEASURE-001: ERROR. */
    private Map<String, Severity> severity = new LinkedHashMap<>();

    /** Ids of standard rules not to run. */
    private List<String> disabled = new ArrayList<>();

    /**
     * Whether the application's Jakarta validator (for {@code @Valid} and {@code @ValidLedger}) is
     * Probity's, with its messages in the request's language, when the application declares none.
     */
    private boolean beanValidation = true;

    /** Creates the settings with their defaults; Spring binds them. */
    public Validation() {}

    /**
     * Returns the severity overrides.
     *
     * @return the overrides by rule id
     */
    public Map<String, Severity> getSeverity() {
      return severity;
    }

    /**
     * Sets the severity overrides.
     *
     * @param severity the overrides by rule id
     */
    public void setSeverity(Map<String, Severity> severity) {
      this.severity = severity;
    }

    /**
     * Returns the ids of rules not to run.
     *
     * @return the ids
     */
    public List<String> getDisabled() {
      return disabled;
    }

    /**
     * Sets the ids of rules not to run.
     *
     * @param disabled the ids
     */
    public void setDisabled(List<String> disabled) {
      this.disabled = disabled;
    }

    /**
     * Returns whether the application's validator is Probity's.
     *
     * @return whether it is
     */
    public boolean isBeanValidation() {
      return beanValidation;
    }

    /**
     * Sets whether the application's validator is Probity's.
     *
     * @param beanValidation whether it is
     */
    public void setBeanValidation(boolean beanValidation) {
      this.beanValidation = beanValidation;
    }
  }

  /** How a Spring MVC application answers refused input. */
  public static class Web {
    /**
     * Whether refused workbooks and JSON documents are answered with 400 problem details (RFC 9457)
     * that carry Probity's findings.
     */
    private boolean problemDetails = true;

    /** Creates the settings with their defaults; Spring binds them. */
    public Web() {}

    /**
     * Returns whether problem details are on.
     *
     * @return whether they are
     */
    public boolean isProblemDetails() {
      return problemDetails;
    }

    /**
     * Sets whether problem details are on.
     *
     * @param problemDetails whether they are
     */
    public void setProblemDetails(boolean problemDetails) {
      this.problemDetails = problemDetails;
    }
  }

  /** How the real-time monitor (网上实时动态监控) evaluates signals. */
  public static class Monitoring {
    /**
     * Ids of the built-in indicators the unit runs (REPEATED_PETITIONS,
     * MAJOR_MATTER_WITHOUT_DECISION, SPLIT_PURCHASES, SAME_APPROVER_AND_EXECUTOR, OVERDUE,
     * LONG_TENURE, INEFFECTIVE_MEASURE); empty runs all of them. Indicator beans of the application
     * are run as well.
     */
    private List<String> indicators = new ArrayList<>();

    /** How long a signal may arrive after its time and still be evaluated in order. */
    private Duration allowedLateness = Duration.ofMinutes(5);

    /** How far ahead of the clock a signal may be dated before it is refused. */
    private Duration allowedLead = Duration.ofDays(1);

    /**
     * How often the starter advances the monitor bean on its own thread, so that time-based
     * indicators fire and buffered signals are evaluated without new signals; not set (the
     * default): the application calls advance() itself.
     */
    private @Nullable Duration advanceInterval;

    /** Creates the settings with their defaults; Spring binds them. */
    public Monitoring() {}

    /**
     * Returns how often the starter advances the monitor.
     *
     * @return the interval, or {@code null} when the application advances it
     */
    public @Nullable Duration getAdvanceInterval() {
      return advanceInterval;
    }

    /**
     * Sets how often the starter advances the monitor.
     *
     * @param advanceInterval the interval, positive; {@code null} for none
     */
    public void setAdvanceInterval(@Nullable Duration advanceInterval) {
      this.advanceInterval = advanceInterval;
    }

    /**
     * Returns the ids of the built-in indicators to run.
     *
     * @return the ids; empty for all
     */
    public List<String> getIndicators() {
      return indicators;
    }

    /**
     * Sets the ids of the built-in indicators to run.
     *
     * @param indicators the ids; empty for all
     */
    public void setIndicators(List<String> indicators) {
      this.indicators = indicators;
    }

    /**
     * Returns the allowed lateness.
     *
     * @return the lateness
     */
    public Duration getAllowedLateness() {
      return allowedLateness;
    }

    /**
     * Sets the allowed lateness.
     *
     * @param allowedLateness the lateness
     */
    public void setAllowedLateness(Duration allowedLateness) {
      this.allowedLateness = allowedLateness;
    }

    /**
     * Returns the allowed lead.
     *
     * @return the lead
     */
    public Duration getAllowedLead() {
      return allowedLead;
    }

    /**
     * Sets the allowed lead.
     *
     * @param allowedLead the lead
     */
    public void setAllowedLead(Duration allowedLead) {
      this.allowedLead = allowedLead;
    }
  }

  /**
   * The warning policy (预警规则): thresholds, windows, review cadences and reply deadlines read by the
   * monitor's built-in indicators, supervision and disposition cases. Every default is {@link
   * WarningPolicy#defaults()}'s.
   */
  public static class WarningRules {
    private static final WarningPolicy DEFAULTS = WarningPolicy.defaults();

    /** How many petitions about one person within the complaint window raise a warning. */
    private int complaintThreshold = DEFAULTS.getComplaintThreshold();

    /** The window in which petitions about one person are counted. */
    private Duration complaintWindow = DEFAULTS.getComplaintWindow();

    /** The amount in yuan from which a payment is a large fund use (大额资金) needing a decision. */
    private BigDecimal largePaymentThreshold = DEFAULTS.getLargePaymentThreshold();

    /** The amount in yuan from which a purchase needs the formal procurement procedure. */
    private BigDecimal purchaseThreshold = DEFAULTS.getPurchaseThreshold();

    /** The window in which purchases from one supplier are added up. */
    private Duration splitPurchaseWindow = DEFAULTS.getSplitPurchaseWindow();

    /** How late a measure or rectification may be before it raises a warning. */
    private Duration overdueGrace = DEFAULTS.getOverdueGrace();

    /** The lateness from which an overdue measure or rectification is a 警示 rather than a 提醒. */
    private Duration overdueSevere = DEFAULTS.getOverdueSevere();

    /** How long a person may hold a post with a 高 risk point without rotation or review. */
    private Duration highPostTerm = DEFAULTS.getHighPostTerm();

    /**
     * Review cadence by risk level (HIGH, MEDIUM, LOW), for levels that differ from the default (高
     * quarterly, 一般 half-yearly, 低 yearly), e.g. HIGH: 1m.
     */
    private Map<RiskLevel, Period> reviewCadences = new EnumMap<>(RiskLevel.class);

    /**
     * Reply deadline in days by disposition step (WARNING_REMINDER, ADMONITION,
     * ORDERED_RECTIFICATION, PETITION_INTERVIEW, WRITTEN_INQUIRY, FOCUSED_REMINDER, ADVICE,
     * CORRECTION), for steps that differ from their default.
     */
    private Map<DispositionMeasure, Integer> replyDeadlines =
        new EnumMap<>(DispositionMeasure.class);

    /** Creates the settings with their defaults; Spring binds them. */
    public WarningRules() {}

    /**
     * Returns the petition count that raises a warning.
     *
     * @return the count
     */
    public int getComplaintThreshold() {
      return complaintThreshold;
    }

    /**
     * Sets the petition count that raises a warning.
     *
     * @param complaintThreshold the count, at least 1
     */
    public void setComplaintThreshold(int complaintThreshold) {
      this.complaintThreshold = complaintThreshold;
    }

    /**
     * Returns the window for counting petitions.
     *
     * @return the window
     */
    public Duration getComplaintWindow() {
      return complaintWindow;
    }

    /**
     * Sets the window for counting petitions.
     *
     * @param complaintWindow the window, positive
     */
    public void setComplaintWindow(Duration complaintWindow) {
      this.complaintWindow = complaintWindow;
    }

    /**
     * Returns the large payment threshold.
     *
     * @return the amount in yuan
     */
    public BigDecimal getLargePaymentThreshold() {
      return largePaymentThreshold;
    }

    /**
     * Sets the large payment threshold.
     *
     * @param largePaymentThreshold the amount in yuan, positive
     */
    public void setLargePaymentThreshold(BigDecimal largePaymentThreshold) {
      this.largePaymentThreshold = largePaymentThreshold;
    }

    /**
     * Returns the purchase threshold.
     *
     * @return the amount in yuan
     */
    public BigDecimal getPurchaseThreshold() {
      return purchaseThreshold;
    }

    /**
     * Sets the purchase threshold.
     *
     * @param purchaseThreshold the amount in yuan, positive
     */
    public void setPurchaseThreshold(BigDecimal purchaseThreshold) {
      this.purchaseThreshold = purchaseThreshold;
    }

    /**
     * Returns the window in which purchases from one supplier are added up.
     *
     * @return the window
     */
    public Duration getSplitPurchaseWindow() {
      return splitPurchaseWindow;
    }

    /**
     * Sets the window in which purchases from one supplier are added up.
     *
     * @param splitPurchaseWindow the window, positive
     */
    public void setSplitPurchaseWindow(Duration splitPurchaseWindow) {
      this.splitPurchaseWindow = splitPurchaseWindow;
    }

    /**
     * Returns the grace before an overdue item raises a warning.
     *
     * @return the grace
     */
    public Duration getOverdueGrace() {
      return overdueGrace;
    }

    /**
     * Sets the grace before an overdue item raises a warning.
     *
     * @param overdueGrace the grace, not negative
     */
    public void setOverdueGrace(Duration overdueGrace) {
      this.overdueGrace = overdueGrace;
    }

    /**
     * Returns the lateness from which an overdue item is a 警示.
     *
     * @return the lateness
     */
    public Duration getOverdueSevere() {
      return overdueSevere;
    }

    /**
     * Sets the lateness from which an overdue item is a 警示.
     *
     * @param overdueSevere the lateness, not negative
     */
    public void setOverdueSevere(Duration overdueSevere) {
      this.overdueSevere = overdueSevere;
    }

    /**
     * Returns the longest term on a high-risk post without rotation or review.
     *
     * @return the term
     */
    public Duration getHighPostTerm() {
      return highPostTerm;
    }

    /**
     * Sets the longest term on a high-risk post without rotation or review.
     *
     * @param highPostTerm the term, positive
     */
    public void setHighPostTerm(Duration highPostTerm) {
      this.highPostTerm = highPostTerm;
    }

    /**
     * Returns the review cadences that differ from the default.
     *
     * @return the cadences by risk level
     */
    public Map<RiskLevel, Period> getReviewCadences() {
      return reviewCadences;
    }

    /**
     * Sets the review cadences that differ from the default.
     *
     * @param reviewCadences the cadences by risk level, each positive
     */
    public void setReviewCadences(Map<RiskLevel, Period> reviewCadences) {
      this.reviewCadences = reviewCadences;
    }

    /**
     * Returns the reply deadlines that differ from the default.
     *
     * @return the days by disposition step
     */
    public Map<DispositionMeasure, Integer> getReplyDeadlines() {
      return replyDeadlines;
    }

    /**
     * Sets the reply deadlines that differ from the default.
     *
     * @param replyDeadlines the days by disposition step, each positive
     */
    public void setReplyDeadlines(Map<DispositionMeasure, Integer> replyDeadlines) {
      this.replyDeadlines = replyDeadlines;
    }

    /**
     * Returns the warning policy these settings give.
     *
     * @return the policy
     * @throws IllegalArgumentException if a value breaks one of {@link WarningPolicy}'s invariants
     */
    public WarningPolicy toPolicy() {
      return WarningPolicy.builder()
          .complaintThreshold(complaintThreshold)
          .complaintWindow(complaintWindow)
          .largePaymentThreshold(largePaymentThreshold)
          .purchaseThreshold(purchaseThreshold)
          .splitPurchaseWindow(splitPurchaseWindow)
          .overdueGrace(overdueGrace)
          .overdueSevere(overdueSevere)
          .highPostTerm(highPostTerm)
          .reviewCadences(reviewCadences)
          .replyDeadlines(replyDeadlines)
          .build();
    }
  }

  /** The unit's review workflow: who reviews and files measures, and its periods. */
  public static class Review {
    /**
     * Person ids that act for the party organisation (本级党组织), e.g. the 纪检组长 and the party office's
     * staff; the review policy bean is declared only when at least one is set.
     */
    private List<String> partyOrganisation = new ArrayList<>();

    /** The party organisation's name, e.g. 局机关党支部. */
    private String partyOrganisationName = "本级党组织";

    /** The minimum publicity period, in working days. */
    private int minimumPublicityDays = 5;

    /** Within how many working days after drafting a measure must be publicised. */
    private int publicityDueDays = 5;

    /** Within how many working days a measure awaiting review must be reviewed and filed. */
    private int reviewDueDays = 10;

    /** Creates the settings with their defaults; Spring binds them. */
    public Review() {}

    /**
     * Returns the party organisation's person ids.
     *
     * @return the ids
     */
    public List<String> getPartyOrganisation() {
      return partyOrganisation;
    }

    /**
     * Sets the party organisation's person ids.
     *
     * @param partyOrganisation the ids
     */
    public void setPartyOrganisation(List<String> partyOrganisation) {
      this.partyOrganisation = partyOrganisation;
    }

    /**
     * Returns the party organisation's name.
     *
     * @return the name
     */
    public String getPartyOrganisationName() {
      return partyOrganisationName;
    }

    /**
     * Sets the party organisation's name.
     *
     * @param partyOrganisationName the name
     */
    public void setPartyOrganisationName(String partyOrganisationName) {
      this.partyOrganisationName = partyOrganisationName;
    }

    /**
     * Returns the minimum publicity period.
     *
     * @return the working days
     */
    public int getMinimumPublicityDays() {
      return minimumPublicityDays;
    }

    /**
     * Sets the minimum publicity period.
     *
     * @param minimumPublicityDays the working days
     */
    public void setMinimumPublicityDays(int minimumPublicityDays) {
      this.minimumPublicityDays = minimumPublicityDays;
    }

    /**
     * Returns the publicity deadline.
     *
     * @return the working days
     */
    public int getPublicityDueDays() {
      return publicityDueDays;
    }

    /**
     * Sets the publicity deadline.
     *
     * @param publicityDueDays the working days
     */
    public void setPublicityDueDays(int publicityDueDays) {
      this.publicityDueDays = publicityDueDays;
    }

    /**
     * Returns the review deadline.
     *
     * @return the working days
     */
    public int getReviewDueDays() {
      return reviewDueDays;
    }

    /**
     * Sets the review deadline.
     *
     * @param reviewDueDays the working days
     */
    public void setReviewDueDays(int reviewDueDays) {
      this.reviewDueDays = reviewDueDays;
    }
  }

  /** The unit's working days: Monday to Friday, less holidays, plus make-up working days. */
  public static class Calendar {
    /**
     * A text resource of public holidays, e.g. classpath:probity/holidays.txt: one date
     * (2026-10-01) or range (2026-10-01..2026-10-08) a line; blank lines and # comments are
     * ignored.
     */
    private @Nullable String holidays;

    /** A text resource, in the same form, of weekend days that are working days (调休上班). */
    private @Nullable String workingDays;

    /** Creates the settings with their defaults; Spring binds them. */
    public Calendar() {}

    /**
     * Returns the location of the holidays.
     *
     * @return the location, or {@code null}
     */
    public @Nullable String getHolidays() {
      return holidays;
    }

    /**
     * Sets the location of the holidays.
     *
     * @param holidays the location
     */
    public void setHolidays(@Nullable String holidays) {
      this.holidays = holidays;
    }

    /**
     * Returns the location of the make-up working days.
     *
     * @return the location, or {@code null}
     */
    public @Nullable String getWorkingDays() {
      return workingDays;
    }

    /**
     * Sets the location of the make-up working days.
     *
     * @param workingDays the location
     */
    public void setWorkingDays(@Nullable String workingDays) {
      this.workingDays = workingDays;
    }
  }

  /** What is logged and counted. */
  public static class Observability {
    /** How long an annex read through AnnexIntake must take to be logged at INFO. */
    private Duration longRead = Duration.ofSeconds(5);

    /** Creates the settings with their defaults; Spring binds them. */
    public Observability() {}

    /**
     * Returns how long a read must take to be logged at INFO.
     *
     * @return the duration
     */
    public Duration getLongRead() {
      return longRead;
    }

    /**
     * Sets how long a read must take to be logged at INFO.
     *
     * @param longRead the duration
     */
    public void setLongRead(Duration longRead) {
      this.longRead = longRead;
    }
  }
}
