package io.github.probity.spring.boot;

import io.github.probity.excel.WorkbookRejectedException;
import io.github.probity.finding.Finding;
import io.github.probity.finding.InputRejectedException;
import io.github.probity.finding.Location;
import io.github.probity.json.JsonReadException;
import io.github.probity.model.Ledger;
import io.github.probity.model.LedgerIntegrityException;
import io.github.probity.validation.LedgerForm;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.ValidLedger;
import jakarta.validation.ConstraintViolation;
import java.lang.System.Logger.Level;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * Answers input that Probity refused (an {@link InputRejectedException}: a workbook that is not
 * one, a zip bomb, an unreadable JSON document, a strict reader's first error) with HTTP 400 and a
 * problem detail (RFC 9457) instead of a server error, and logs the refusal at INFO.
 *
 * <p>The problem's {@code detail} is the first finding's message in the request's locale; its
 * properties are {@code code} (the first finding's code, e.g. {@code NOT_A_WORKBOOK}) and {@code
 * findings}, each with {@code code}, {@code severity}, {@code location} (as text), {@code
 * locationKind} and the location's parts ({@code sheet}, {@code row}, {@code cell}, {@code header},
 * {@code value}; {@code pointer}, {@code line}, {@code column}; or {@code path}) and {@code
 * message}. Declare a bean of this type, or a subclass, to replace it. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
@RestControllerAdvice
public class ProbityExceptionHandler {
  /** The problem type of refused input. */
  public static final URI TYPE = URI.create("urn:probity:problem:input-rejected");

  /**
   * The most findings one answer lists; the log and {@code findingCount} say how many there are.
   */
  public static final int MAX_FINDINGS = 100;

  /** The problem type of a request body that failed Bean Validation ({@code @Valid}). */
  public static final URI VALIDATION_TYPE = URI.create("urn:probity:problem:validation-failed");

  private static final System.Logger LOG =
      System.getLogger(ProbityExceptionHandler.class.getName());
  private static final Pattern RULE_MESSAGE = Pattern.compile("^\\[([A-Z][A-Z0-9-]*)\\] ");

  private final Clock clock;
  private final List<ProbityEvents> events;

  /** Creates the handler; {@code @ValidLedger} dates are judged by the system clock. */
  public ProbityExceptionHandler() {
    this(Clock.systemDefaultZone(), List.of());
  }

  /**
   * Creates the handler.
   *
   * @param clock the clock {@code @ValidLedger} findings are judged by again, to tell them in the
   *     request's language
   * @param events the observers told of each refusal
   */
  public ProbityExceptionHandler(Clock clock, List<ProbityEvents> events) {
    this.clock = clock;
    this.events = List.copyOf(events);
  }

  /**
   * Answers a refusal with 400 and its findings.
   *
   * @param e the refusal
   * @param request the request, for its locale and description
   * @return the problem detail
   */
  @ExceptionHandler(InputRejectedException.class)
  public ResponseEntity<ProblemDetail> handle(InputRejectedException e, WebRequest request) {
    Locale locale = request.getLocale();
    List<Finding> findings = e.getFindings();
    Finding first = findings.get(0);
    for (ProbityEvents observer : events) {
      observer.refused(e);
    }
    if (LOG.isLoggable(Level.INFO)) {
      LOG.log(
          Level.INFO,
          "Refused "
              + kind(e)
              + " ("
              + request.getDescription(false)
              + "): "
              + findings.size()
              + " finding(s), first "
              + first);
    }
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setType(TYPE);
    problem.setTitle(title(e, locale));
    problem.setDetail(first.describe(locale));
    problem.setProperty("code", first.getCode().code());
    problem.setProperty("findingCount", findings.size());
    List<Map<String, Object>> listed = new ArrayList<>();
    for (Finding f : findings.subList(0, Math.min(findings.size(), MAX_FINDINGS))) {
      listed.add(toMap(f, locale));
    }
    problem.setProperty("findings", listed);
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /**
   * Answers a request body that failed Bean Validation ({@code @Valid}) with 400 and one finding
   * per violation: {@code @ValidLedger}'s as Probity's findings (the rule's code, severity, model
   * path and message in the request's language), every other constraint's with its name as the code
   * (e.g. {@code NotBlank}), {@code locationKind} {@code field}, the field's path and the rejected
   * value.
   *
   * @param e the failure
   * @param request the request, for its locale and description
   * @return the problem detail
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ProblemDetail> handleInvalid(
      MethodArgumentNotValidException e, WebRequest request) {
    Locale locale = request.getLocale();
    List<ObjectError> errors = e.getBindingResult().getAllErrors();
    Map<Object, List<Finding>> judged = new IdentityHashMap<>();
    List<Map<String, Object>> listed = new ArrayList<>();
    for (ObjectError error : errors.subList(0, Math.min(errors.size(), MAX_FINDINGS))) {
      listed.add(toMap(error, locale, judged));
    }
    boolean zh = "zh".equals(locale.getLanguage());
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setType(VALIDATION_TYPE);
    problem.setTitle(zh ? "校验未通过" : "Validation failed");
    Map<String, Object> first = listed.isEmpty() ? Map.of() : listed.get(0);
    problem.setDetail(String.valueOf(first.getOrDefault("message", problem.getTitle())));
    problem.setProperty("code", first.getOrDefault("code", "INVALID"));
    problem.setProperty("findingCount", errors.size());
    problem.setProperty("findings", listed);
    if (LOG.isLoggable(Level.INFO)) {
      LOG.log(
          Level.INFO,
          "Refused invalid request body ("
              + request.getDescription(false)
              + "): "
              + errors.size()
              + " violation(s), first "
              + first.get("code")
              + " "
              + first.get("location"));
    }
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** One violation as a finding's map; a {@code @ValidLedger} one told in the request's locale. */
  private Map<String, Object> toMap(
      ObjectError error, Locale locale, Map<Object, List<Finding>> judged) {
    String field = error instanceof FieldError ? ((FieldError) error).getField() : "";
    String message = String.valueOf(error.getDefaultMessage());
    Matcher rule = RULE_MESSAGE.matcher(message);
    if (rule.find()) {
      Finding finding = probityFinding(error, rule.group(1), field, judged);
      if (finding != null) {
        Map<String, Object> m = toMap(finding, locale);
        m.put("field", field);
        return m;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", rule.group(1));
      m.put("severity", "ERROR");
      m.put("location", field);
      m.put("locationKind", "field");
      m.put("path", field);
      m.put("message", message.substring(rule.end()));
      return m;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", String.valueOf(error.getCode()));
    m.put("severity", "ERROR");
    m.put("location", field);
    m.put("locationKind", "field");
    m.put("path", field);
    if (error instanceof FieldError) {
      Object rejected = ((FieldError) error).getRejectedValue();
      if (rejected instanceof CharSequence || rejected instanceof Number) {
        m.put("value", rejected.toString());
      }
    }
    m.put("message", message);
    return m;
  }

  /**
   * The Probity finding behind a {@code @ValidLedger} violation, found by judging its ledger again
   * with the annotation's rule set; {@code null} where that cannot be done.
   */
  private @Nullable Finding probityFinding(
      ObjectError error, String code, String field, Map<Object, List<Finding>> judged) {
    ConstraintViolation<?> violation;
    try {
      violation = error.unwrap(ConstraintViolation.class);
    } catch (IllegalArgumentException notAViolation) {
      return null;
    }
    if (!(violation.getConstraintDescriptor().getAnnotation() instanceof ValidLedger)) {
      return null;
    }
    ValidLedger annotation = (ValidLedger) violation.getConstraintDescriptor().getAnnotation();
    Object value = violation.getInvalidValue();
    if (value == null) {
      return null;
    }
    List<Finding> findings = judged.computeIfAbsent(value, v -> judge(v, annotation.ruleSet()));
    for (Finding f : findings) {
      String path = f.getLocation().text();
      if (f.getCode().code().equals(code) && (field.equals(path) || field.endsWith("." + path))) {
        return f;
      }
    }
    return null;
  }

  private List<Finding> judge(Object value, Class<? extends Supplier<RuleSet>> ruleSet) {
    try {
      Ledger ledger = value instanceof Ledger ? (Ledger) value : ((LedgerForm) value).toLedger();
      return ruleSet.getConstructor().newInstance().get().validate(ledger, clock).getFindings();
    } catch (ClassCastException
        | LedgerIntegrityException
        | NoSuchMethodException
        | InstantiationException
        | IllegalAccessException
        | InvocationTargetException e) {
      return List.of();
    }
  }

  private static String kind(InputRejectedException e) {
    if (e instanceof WorkbookRejectedException) {
      return "workbook";
    }
    return e instanceof JsonReadException ? "JSON document" : "input";
  }

  private static String title(InputRejectedException e, Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    if (e instanceof WorkbookRejectedException) {
      return zh ? "工作簿未被接受" : "Workbook rejected";
    }
    if (e instanceof JsonReadException) {
      return zh ? "JSON 文档未被接受" : "JSON document rejected";
    }
    return zh ? "输入未被接受" : "Input rejected";
  }

  /**
   * Returns one finding as the map the answer lists.
   *
   * @param f the finding
   * @param locale the request's locale
   * @return its code, severity, location with its parts, and message
   */
  protected Map<String, Object> toMap(Finding f, Locale locale) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", f.getCode().code());
    m.put("severity", f.getSeverity().code());
    Location location = f.getLocation();
    m.put("location", location.text());
    if (location instanceof Location.Cell) {
      Location.Cell c = (Location.Cell) location;
      m.put("locationKind", "cell");
      c.sheet().ifPresent(v -> m.put("sheet", v));
      c.row().ifPresent(v -> m.put("row", v));
      c.cell().ifPresent(v -> m.put("cell", v));
      c.header().ifPresent(v -> m.put("header", v));
      c.rawValue().ifPresent(v -> m.put("value", v));
    } else if (location instanceof Location.JsonPointer) {
      Location.JsonPointer p = (Location.JsonPointer) location;
      m.put("locationKind", "jsonPointer");
      m.put("pointer", p.pointer());
      if (p.line() > 0) {
        m.put("line", p.line());
        m.put("column", p.column());
      }
    } else if (location instanceof Location.ModelPath) {
      m.put("locationKind", "modelPath");
      m.put("path", location.text());
    } else if (location instanceof Location.PlanField) {
      m.put("locationKind", "planField");
      m.put("path", ((Location.PlanField) location).path());
    }
    m.put("message", f.message(locale));
    return m;
  }
}
