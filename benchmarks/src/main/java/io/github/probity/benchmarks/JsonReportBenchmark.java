package io.github.probity.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.probity.finding.Finding;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Coded;
import io.github.probity.testkit.LedgerGenerator;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.ValidationReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writes and reads the standard rules' report on a generated ledger of 10,000 risk points as a
 * Probity document, next to Jackson databind writing and reading the same data as plain maps (the
 * baseline).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class JsonReportBenchmark {
  private final ProbityJson json = ProbityJson.strict();
  private final ObjectMapper mapper = new ObjectMapper();
  private final ValidationReport report =
      RuleSet.standard().validate(LedgerGenerator.generate(7, 10_000));
  private final List<Map<String, Object>> data = plain(report);
  private final byte[] document = json.writeReport(report);
  private final byte[] dataDocument;

  /** Prepares both serialized forms. */
  public JsonReportBenchmark() {
    try {
      dataDocument = mapper.writeValueAsBytes(data);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Map<String, Object>> plain(ValidationReport report) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Finding v : report.getFindings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ruleId", v.getCode().code());
      m.put("severity", v.getSeverity().code());
      m.put("path", v.getLocation().text());
      m.put("messageKey", v.getMessageKey());
      List<Object> args = new ArrayList<>();
      for (Object a : v.getArguments()) {
        args.add(a instanceof Coded ? ((Coded) a).code() : a instanceof Number ? a : a.toString());
      }
      m.put("arguments", args);
      out.add(m);
    }
    return out;
  }

  /**
   * Writes the report document.
   *
   * @return the document
   */
  @Benchmark
  public byte[] writeProbity() {
    return json.writeReport(report);
  }

  /**
   * Writes the plain data with Jackson databind.
   *
   * @return the document
   * @throws IOException never
   */
  @Benchmark
  public byte[] writeJacksonMaps() throws IOException {
    return mapper.writeValueAsBytes(data);
  }

  /**
   * Reads the report document.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport readProbity() {
    return json.readReport(document).value();
  }

  /**
   * Reads the plain data with Jackson databind.
   *
   * @return the data
   * @throws IOException never
   */
  @Benchmark
  public List<?> readJacksonMaps() throws IOException {
    return mapper.readValue(dataDocument, List.class);
  }
}
