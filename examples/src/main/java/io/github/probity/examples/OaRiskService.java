package io.github.probity.examples;

import io.github.probity.excel.AnnexReadResult;
import io.github.probity.excel.AnnexReader;
import io.github.probity.excel.AnnexWriter;
import io.github.probity.grading.Grade;
import io.github.probity.grading.GradingContext;
import io.github.probity.grading.RiskGrader;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How an OA backend wires Probity, Spring-style but without Spring: one service object, built once
 * (in Spring, a singleton {@code @Service} with constructor injection; here, plain Java), holding
 * the grader, the rule set, the annex reader and writer and the JSON codec as shared singletons.
 * Every one of them is immutable and thread-safe, so request threads call the service at once
 * without locks; per-request data (the ledger, an upload) stays on the caller's stack.
 *
 * <p>Thread-safe: all fields are final and immutable.
 */
public final class OaRiskService {
  private final RiskGrader grader;
  private final RuleSet rules;
  private final AnnexReader reader;
  private final AnnexWriter writer;
  private final ProbityJson json;
  private final Clock clock;

  /**
   * Creates the service from its collaborators, as a dependency-injection container would.
   *
   * @param grader the grader
   * @param rules the rule set
   * @param reader the annex reader
   * @param writer the annex writer
   * @param json the JSON codec
   * @param clock the clock for grading and date rules
   */
  public OaRiskService(
      RiskGrader grader,
      RuleSet rules,
      AnnexReader reader,
      AnnexWriter writer,
      ProbityJson json,
      Clock clock) {
    this.grader = grader;
    this.rules = rules;
    this.reader = reader;
    this.writer = writer;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Creates the service with the standard collaborators: what a configuration class would declare.
   *
   * @param clock the clock
   * @return the service
   */
  public static OaRiskService standard(Clock clock) {
    // tag::oa-service[]
    // One instance of each for the whole application (e.g. @Bean methods of a @Configuration):
    // all are immutable and thread-safe, so request threads share them without locks.
    return new OaRiskService(
        RiskGrader.standard(),
        RuleSet.standard(),
        AnnexReader.lenient(),
        AnnexWriter.builder().fillDate(LocalDate.now(clock)).build(),
        ProbityJson.strict(),
        clock);
    // end::oa-service[]
  }

  /**
   * What an uploaded annex workbook gave: the ledger, the reader's problems as messages and the
   * validation report.
   *
   * @param ledger the ledger built from the tables
   * @param problems the reading problems, located and in Chinese
   * @param report the validation report
   */
  public record Upload(Ledger ledger, List<String> problems, ValidationReport report) {}

  /**
   * Reads an uploaded annex workbook and validates it: the handler of an upload endpoint.
   *
   * @param upload the workbook's bytes; not closed
   * @return the result
   * @throws IOException if the workbook cannot be read or is refused
   */
  public Upload importAnnexes(InputStream upload) throws IOException {
    AnnexReadResult read = reader.read(upload);
    List<String> problems = new ArrayList<>();
    for (io.github.probity.finding.Finding p : read.getProblems()) {
      problems.add(p.message(Locale.SIMPLIFIED_CHINESE));
    }
    return new Upload(read.getLedger(), List.copyOf(problems), check(read.getLedger()));
  }

  /**
   * Validates a ledger, e.g. before it is filed.
   *
   * @param ledger the ledger
   * @return the report
   */
  public ValidationReport check(Ledger ledger) {
    return rules.validate(ledger, clock);
  }

  /**
   * Grades one risk point, with its explanation.
   *
   * @param ledger the ledger that holds the point
   * @param riskPointId the point's id
   * @return the grade
   * @throws java.util.NoSuchElementException if the ledger has no such point
   */
  public Grade grade(Ledger ledger, String riskPointId) {
    RiskPoint point = ledger.riskPoint(riskPointId).orElseThrow();
    return grader.grade(point, GradingContext.builder().ledger(ledger).clock(clock).build());
  }

  /**
   * Exports annexes 1–3 as one workbook, e.g. for a download endpoint.
   *
   * @param ledger the ledger
   * @return the workbook's bytes
   * @throws IOException if writing fails
   */
  public byte[] exportAnnexes(Ledger ledger) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeAnnexes(ledger, out);
    return out.toByteArray();
  }

  /**
   * Stores a ledger as a JSON document, e.g. in a database column.
   *
   * @param ledger the ledger
   * @return the canonical document
   */
  public byte[] store(Ledger ledger) {
    return json.writeLedger(ledger);
  }

  /**
   * Loads a stored ledger.
   *
   * @param document the JSON document
   * @return the ledger
   */
  public Ledger load(byte[] document) {
    return json.readLedger(document).value();
  }

  /**
   * Plays eight request threads against one service: each stores and loads the sample ledger,
   * validates it and grades one point; every thread gets the same answers.
   *
   * @return the answers, one per thread: error count and the graded level
   * @throws Exception if a request fails
   */
  public static List<String> run() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    OaRiskService service = standard(clock); // the singleton
    byte[] stored = service.store(SampleUnit.ledger());
    ExecutorService requests = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(
            requests.submit(
                () -> {
                  Ledger ledger = service.load(stored); // per-request data
                  ValidationReport report = service.check(ledger);
                  String first = ledger.getRiskPoints().get(0).getId();
                  return report.getFindings().size()
                      + " "
                      + service.grade(ledger, first).getLevel().code();
                }));
      }
      List<String> out = new ArrayList<>();
      for (Future<String> f : answers) {
        out.add(f.get());
      }
      return out;
    } finally {
      requests.shutdown();
    }
  }

  /**
   * Runs {@link #run()} and prints the answers.
   *
   * @param args ignored
   * @throws Exception if a request fails
   */
  public static void main(String[] args) throws Exception {
    System.out.println(run());
  }
}
