package io.github.probity.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import java.io.IOException;
import java.io.OutputStream;
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
 * Writes and reads a ledger of 1,000,000 risk points as a Probity document, next to Jackson
 * databind writing and reading the same data as plain records (the baseline, which the document
 * should stay within 1.3× of). Holds the ledger, the records, both documents and a ledger read back
 * in memory at once (some 4 GB), hence the 8 GiB heap; with less, both sides measure mostly GC.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class JsonLedgerBenchmark {
  static final int POINTS = 1_000_000;

  private final ProbityJson json = ProbityJson.strict();
  private final ObjectMapper mapper = new ObjectMapper();
  private final Ledger ledger = BigLedgers.ledger(POINTS);
  private final PlainRecords.LedgerRecord records = PlainRecords.of(ledger);
  private final byte[] document = json.writeLedger(ledger);
  private final byte[] recordDocument;

  /** Prepares the ledger, its records and both serialized forms. */
  public JsonLedgerBenchmark() {
    try {
      recordDocument = mapper.writeValueAsBytes(records);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Writes the ledger document.
   *
   * @return the bytes written
   * @throws IOException never
   */
  @Benchmark
  public long writeProbity() throws IOException {
    CountingStream out = new CountingStream();
    json.writeLedger(ledger, out);
    return out.count;
  }

  /**
   * Writes the same data as plain records with Jackson databind.
   *
   * @return the bytes written
   * @throws IOException never
   */
  @Benchmark
  public long writeJacksonRecords() throws IOException {
    CountingStream out = new CountingStream();
    mapper.writeValue(out, records);
    return out.count;
  }

  /**
   * Reads the ledger document, checking it and building the ledger.
   *
   * @return the ledger read
   */
  @Benchmark
  public Ledger readProbity() {
    return json.readLedger(document).value();
  }

  /**
   * Reads the same data as plain records with Jackson databind.
   *
   * @return the records read
   * @throws IOException never
   */
  @Benchmark
  public PlainRecords.LedgerRecord readJacksonRecords() throws IOException {
    return mapper.readValue(recordDocument, PlainRecords.LedgerRecord.class);
  }

  /** Counts and discards what is written. */
  static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
