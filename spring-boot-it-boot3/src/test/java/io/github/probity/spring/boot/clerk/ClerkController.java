package io.github.probity.spring.boot.clerk;

import io.github.probity.excel.AnnexReadResult;
import io.github.probity.excel.AnnexWriter;
import io.github.probity.excel.LocatedRow;
import io.github.probity.finding.Finding;
import io.github.probity.finding.InputRejectedException;
import io.github.probity.finding.Location;
import io.github.probity.grading.GradingContext;
import io.github.probity.grading.RiskGrader;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import io.github.probity.spring.boot.AnnexIntake;
import io.github.probity.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload → read → validate → grade, as JSON ({@code POST /clerk/api/check}) and as the clerk's page
 * ({@code GET /clerk}, {@code POST /clerk}); the annexes written from the last uploads are kept a
 * while for download ({@code GET /clerk/annexes/{id}}).
 */
@RestController
class ClerkController {
  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final AnnexIntake intake;
  private final RiskGrader grader;
  private final AnnexWriter writer;
  private final Map<String, Ledger> uploads =
      Collections.synchronizedMap(
          new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Ledger> eldest) {
              return size() > 20;
            }
          });

  ClerkController(AnnexIntake intake, RiskGrader grader, AnnexWriter writer) {
    this.intake = intake;
    this.grader = grader;
    this.writer = writer;
  }

  /** What one upload gave: every finding placed at its cell where it has one, and the heat map. */
  record Check(
      String id,
      String unit,
      int riskPoints,
      String grader,
      List<Map<String, Object>> findings,
      Map<String, Map<String, Integer>> heatMap,
      String annexes) {}

  // tag::clerk-check[]
  Check check(MultipartFile file, Locale locale) throws IOException {
    AnnexReadResult read;
    try (InputStream in = file.getInputStream()) {
      read = intake.read(in, String.valueOf(file.getOriginalFilename()));
    }
    Ledger ledger = read.getLedger();
    ValidationReport report = intake.validate(ledger);
    List<RiskLevel> levels = grader.levels(GradingContext.of(ledger));
    // end::clerk-check[]
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding f : read.getProblems()) {
      findings.add(finding(f, null, locale));
    }
    for (Finding f : report.getFindings()) {
      findings.add(finding(f, rowOf(f, ledger, read), locale));
    }
    Map<String, Map<String, Integer>> heat = new LinkedHashMap<>();
    for (RiskLevel level : RiskLevel.values()) {
      Map<String, Integer> row = new LinkedHashMap<>();
      for (RiskCategory category : RiskCategory.values()) {
        row.put(category.code(), 0);
      }
      heat.put(level.code(), row);
    }
    List<RiskPoint> points = ledger.getRiskPoints();
    for (int i = 0; i < points.size(); i++) {
      heat.get(levels.get(i).code()).merge(points.get(i).getCategory().code(), 1, Integer::sum);
    }
    String id = UUID.randomUUID().toString();
    uploads.put(id, ledger);
    return new Check(
        id,
        ledger.getUnit().getName(),
        points.size(),
        grader.id(),
        findings,
        heat,
        "/clerk/annexes/" + id);
  }

  /** The row a model finding's risk point was read from, if the path names one. */
  private static LocatedRow rowOf(Finding f, Ledger ledger, AnnexReadResult read) {
    if (!(f.getLocation() instanceof Location.ModelPath)) {
      return null;
    }
    String id = ((Location.ModelPath) f.getLocation()).pointId().orElse(null);
    if (id == null) {
      return null;
    }
    for (RiskPoint p : ledger.getRiskPoints()) {
      if (p.getId().equals(id)) {
        for (LocatedRow row : read.getRows()) {
          if (row.getRow().getTitle().equals(p.getTitle())) {
            return row;
          }
        }
      }
    }
    return null;
  }

  private static Map<String, Object> finding(Finding f, LocatedRow row, Locale locale) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", f.getCode().code());
    m.put("severity", f.getSeverity().code());
    Location location = f.getLocation();
    if (location instanceof Location.Cell) {
      Location.Cell c = (Location.Cell) location;
      c.sheet().ifPresent(v -> m.put("sheet", v));
      c.row().ifPresent(v -> m.put("row", v));
      c.cell().ifPresent(v -> m.put("column", v.replaceAll("[0-9]", "")));
      c.rawValue().ifPresent(v -> m.put("value", v));
    } else if (row != null) {
      m.put("sheet", row.getSheet());
      m.put("row", row.getRowNumber());
      m.put("value", row.getRow().getTitle());
    }
    m.put("path", location.text());
    m.put("message", f.message(locale));
    return m;
  }

  /**
   * Reads, validates and grades an uploaded annex workbook.
   *
   * @param file the workbook
   * @param locale the request's language, for the messages
   * @return the findings, the heat map and where to download the annexes
   * @throws IOException if the upload cannot be read
   */
  @PostMapping(path = "/clerk/api/check", produces = MediaType.APPLICATION_JSON_VALUE)
  Check checkJson(@RequestParam("file") MultipartFile file, Locale locale) throws IOException {
    return check(file, locale);
  }

  /**
   * Downloads the annexes Probity writes from an uploaded workbook's ledger.
   *
   * @param id the upload's id
   * @return the workbook, or 404
   * @throws IOException never, the workbook is written to memory
   */
  @GetMapping("/clerk/annexes/{id}")
  ResponseEntity<byte[]> annexes(@PathVariable("id") String id) throws IOException {
    Ledger ledger = uploads.get(id);
    if (ledger == null) {
      return ResponseEntity.notFound().build();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeAnnexes(ledger, out);
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"annexes.xlsx\"")
        .body(out.toByteArray());
  }

  /**
   * The clerk's page: the upload form.
   *
   * @return the page
   */
  @GetMapping(path = "/clerk", produces = MediaType.TEXT_HTML_VALUE)
  String page() {
    return ClerkPage.render(null, List.of(), null);
  }

  /**
   * The clerk's page after an upload: the findings next to their cells and the heat map, or the
   * reason the workbook was refused.
   *
   * @param file the workbook
   * @param locale the request's language
   * @return the page
   * @throws IOException if the upload cannot be read
   */
  @PostMapping(path = "/clerk", produces = MediaType.TEXT_HTML_VALUE)
  String pageAfterUpload(@RequestParam("file") MultipartFile file, Locale locale)
      throws IOException {
    try {
      return ClerkPage.render(check(file, locale), List.of(), locale);
    } catch (InputRejectedException e) {
      List<String> reasons = new ArrayList<>();
      for (Finding f : e.getFindings()) {
        reasons.add(f.getCode().code() + ": " + f.message(locale));
      }
      return ClerkPage.render(null, reasons, locale);
    }
  }
}
