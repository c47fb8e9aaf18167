package io.github.probity.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.probity.grading.GradingPolicy;
import io.github.probity.json.ProbityJson;
import java.io.IOException;
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
 * Writes and reads the standard grading policy as a Probity document, next to Jackson databind
 * writing and reading the same plain data as a map (the baseline). Reading the document also
 * validates the policy and looks for unknown properties.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class JsonPolicyBenchmark {
  private final ProbityJson json = ProbityJson.strict();
  private final ObjectMapper mapper = new ObjectMapper();
  private final GradingPolicy policy = GradingPolicy.standard();
  private final Map<String, Object> data = policy.toData();
  private final byte[] document = json.writePolicy(policy);
  private final byte[] dataDocument;

  /** Prepares both serialized forms. */
  public JsonPolicyBenchmark() {
    try {
      dataDocument = mapper.writeValueAsBytes(data);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Writes the policy document.
   *
   * @return the document
   */
  @Benchmark
  public byte[] writeProbity() {
    return json.writePolicy(policy);
  }

  /**
   * Writes the policy's plain data with Jackson databind.
   *
   * @return the document
   * @throws IOException never
   */
  @Benchmark
  public byte[] writeJacksonMap() throws IOException {
    return mapper.writeValueAsBytes(data);
  }

  /**
   * Reads the policy document.
   *
   * @return the policy
   */
  @Benchmark
  public GradingPolicy readProbity() {
    return json.readPolicy(document).value();
  }

  /**
   * Reads the plain data with Jackson databind.
   *
   * @return the data
   * @throws IOException never
   */
  @Benchmark
  public Map<?, ?> readJacksonMap() throws IOException {
    return mapper.readValue(dataDocument, Map.class);
  }
}
