package io.github.probity.benchmarks;

import io.github.probity.json.LedgerStreamReader;
import io.github.probity.json.LedgerStreamWriter;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Streams a ledger of 1,000,000 risk points to and from a file in a JVM limited to 128 MiB of heap,
 * which the document itself (some 400 MB) and its points (over 1 GB as objects) far exceed: the run
 * completing is the memory proof, the score the speed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx128m"})
public class JsonStreamingBenchmark {
  private final ProbityJson json = ProbityJson.strict();
  private final Ledger head = BigLedgers.head();
  private final Path file;

  /** Writes the document to a temporary file, one point at a time. */
  public JsonStreamingBenchmark() {
    try {
      file = Files.createTempFile("probity-ledger-", ".json");
      write(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void write(Path target) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
        LedgerStreamWriter w = json.openLedgerWriter(out, head)) {
      for (int i = 0; i < JsonLedgerBenchmark.POINTS; i++) {
        w.write(BigLedgers.point(head, i));
      }
    }
  }

  /**
   * Reads the document back one risk point at a time.
   *
   * @return the number of points read
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long streamingRead() throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        LedgerStreamReader r = json.openLedgerReader(in)) {
      long n = 0;
      while (r.hasNext()) {
        r.next();
        n++;
      }
      if (n != JsonLedgerBenchmark.POINTS) {
        throw new IllegalStateException("read " + n + " points");
      }
      return n;
    }
  }

  /**
   * Writes the document one generated risk point at a time, to a discarding stream.
   *
   * @return the bytes written
   * @throws IOException never
   */
  @Benchmark
  public long streamingWrite() throws IOException {
    JsonLedgerBenchmark.CountingStream out = new JsonLedgerBenchmark.CountingStream();
    try (LedgerStreamWriter w = json.openLedgerWriter(out, head)) {
      for (int i = 0; i < JsonLedgerBenchmark.POINTS; i++) {
        w.write(BigLedgers.point(head, i));
      }
    }
    return out.count;
  }

  /**
   * Deletes the file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void deleteFile() throws IOException {
    Files.deleteIfExists(file);
  }
}
