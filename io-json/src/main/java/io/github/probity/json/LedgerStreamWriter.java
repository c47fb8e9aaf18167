package io.github.probity.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskPoint;
import java.io.IOException;

/**
 * Writes a ledger document one risk point at a time, in constant memory; opened by {@link
 * ProbityJson#openLedgerWriter(java.io.OutputStream, Ledger)}.
 *
 * <p>{@link #close()} completes the document, whose bytes then equal those of {@link
 * ProbityJson#writeLedger(Ledger)} for the whole ledger. If a write failed, closing does not
 * complete it, so a broken document is never mistaken for a whole one. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class LedgerStreamWriter implements AutoCloseable {
  private final JsonGenerator g;
  private boolean failed;
  private boolean closed;
  private long count;

  LedgerStreamWriter(JsonGenerator g, Ledger head) throws IOException {
    this.g = g;
    try {
      DocumentEnvelope.writeStart(g, DocumentType.LEDGER);
      g.writeStartObject();
      LedgerCodec.LEDGER.writeBefore(g, head, LedgerCodec.RISK_POINTS);
      g.writeArrayFieldStart(LedgerCodec.RISK_POINTS);
      for (RiskPoint rp : head.getRiskPoints()) {
        write(rp);
      }
    } catch (IOException | RuntimeException e) {
      failed = true;
      g.close();
      throw e;
    }
  }

  /**
   * Writes one risk point.
   *
   * @param riskPoint the risk point
   * @throws IOException if the stream fails
   * @throws IllegalStateException if the writer is closed
   */
  public void write(RiskPoint riskPoint) throws IOException {
    if (closed) {
      throw new IllegalStateException("LedgerStreamWriter is closed");
    }
    try {
      LedgerCodec.RISK_POINT.write(g, riskPoint);
      count++;
    } catch (IOException | RuntimeException e) {
      failed = true;
      throw e;
    }
  }

  /** {@return how many risk points were written, including the head's own} */
  public long count() {
    return count;
  }

  /**
   * Completes the document (unless a write failed) and flushes it; the stream stays open.
   *
   * @throws IOException if the stream fails
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (g) {
      if (!failed) {
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
      }
    }
  }
}
