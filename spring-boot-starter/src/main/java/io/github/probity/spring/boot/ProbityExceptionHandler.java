package io.github.probity.spring.boot;

import io.github.probity.excel.WorkbookRejectedException;
import io.github.probity.finding.Finding;
import io.github.probity.finding.InputRejectedException;
import io.github.probity.finding.Location;
import io.github.probity.json.JsonReadException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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

  private static final Log LOG = LogFactory.getLog(ProbityExceptionHandler.class);

  /** Creates the handler. */
  public ProbityExceptionHandler() {}

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
    if (LOG.isInfoEnabled()) {
      LOG.info(
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
