package io.github.probity.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.probity.finding.Finding;
import io.github.probity.model.Ledger;
import io.github.probity.model.LedgerIntegrityException;
import io.github.probity.model.RiskPoint;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a ledger document one risk point at a time, in constant memory; opened by {@link
 * ProbityJson#openLedgerReader(java.io.InputStream)}.
 *
 * <p>{@link #head()} is the ledger without its risk points, fully checked. Each risk point is
 * checked as a value and its references (owner, power item, process step, people) are resolved
 * against the head; duplicate risk-point ids across the stream are not detected, as that would need
 * memory in proportion to the ledger. Iteration throws {@link JsonReadException} at the first error
 * and {@link UncheckedIOException} if the stream fails. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class LedgerStreamReader implements Iterator<RiskPoint>, AutoCloseable {
  private final JsonParser p;
  private final ReadState st;
  private final Ledger head;
  private final HeadIndex index;
  private @Nullable RiskPoint next;
  private boolean inPoints;
  private long count;

  LedgerStreamReader(JsonParser p, ReadState st) throws IOException {
    this.p = p;
    this.st = st;
    if (p.nextToken() == null) {
      throw st.fail(p, JsonFindingCode.TRUNCATED, "empty input");
    }
    st.startObject(p);
    String format = null;
    Integer version = null;
    Ledger.Builder b = null;
    JsonLocation start = null;
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      if (f.equals(DocumentEnvelope.FORMAT)) {
        format = st.text(p);
        DocumentEnvelope.checkFormat(p, st, DocumentType.LEDGER, format);
      } else if (f.equals(DocumentEnvelope.SCHEMA_VERSION)) {
        version = st.integer(p);
        DocumentEnvelope.checkVersion(p, st, DocumentType.LEDGER, version);
      } else if (f.equals(DocumentType.LEDGER.bodyProperty())) {
        if (format == null || version == null) {
          throw st.fail(p, JsonFindingCode.STREAM_ORDER, "format and schemaVersion before ledger");
        }
        st.startObject(p);
        start = p.currentTokenLocation();
        b = Ledger.builder();
        break;
      } else {
        st.unknown(p, f);
      }
    }
    if (b == null || start == null) {
      throw st.fail(p, JsonFindingCode.MISSING_PROPERTY, DocumentType.LEDGER.bodyProperty());
    }
    for (String f = st.firstName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      if (f.equals(LedgerCodec.RISK_POINTS)) {
        st.expect(p, JsonToken.START_ARRAY, "array");
        inPoints = true;
        break;
      }
      if (!LedgerCodec.LEDGER.readProperty(p, st, b, f)) {
        st.unknown(p, f);
      }
    }
    this.head = st.build(p, start, b::build);
    this.index = new HeadIndex(head);
    if (!inPoints) {
      finishEnvelope();
    }
  }

  /**
   * {@return the ledger without its risk points: unit, year, people, leadership group, departments,
   * posts, power items and meetings}
   */
  public Ledger head() {
    return head;
  }

  @Override
  public boolean hasNext() {
    if (next == null && inPoints) {
      try {
        if (p.nextToken() == JsonToken.END_ARRAY) {
          inPoints = false;
          finishLedger();
        } else {
          RiskPoint rp = LedgerCodec.RISK_POINT.read(p, st);
          index.check(p, st, rp);
          next = rp;
        }
      } catch (JsonProcessingException | CharConversionException e) {
        inPoints = false;
        throw ProbityJson.failure(e, p, st);
      } catch (IOException e) {
        inPoints = false;
        throw new UncheckedIOException(e);
      }
    }
    return next != null;
  }

  @Override
  public RiskPoint next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RiskPoint rp = java.util.Objects.requireNonNull(next);
    next = null;
    count++;
    return rp;
  }

  /** {@return how many risk points were handed out so far} */
  public long count() {
    return count;
  }

  /**
   * Returns the warnings so far (lenient mode).
   *
   * @return the warnings, in document order
   */
  public List<Finding> findings() {
    return st.warnings();
  }

  /**
   * Returns the unknown properties kept aside so far (lenient mode), by JSON pointer.
   *
   * @return the unknown properties as compact JSON text
   */
  public Map<String, String> unknownProperties() {
    return java.util.Collections.unmodifiableMap(st.unknownProperties());
  }

  /** Reads the ledger's properties after its risk points, then the rest of the envelope. */
  private void finishLedger() throws IOException {
    for (String f = st.nextName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      if (LedgerCodec.HEAD_PROPERTIES.contains(f)) {
        throw st.fail(
            p, JsonFindingCode.STREAM_ORDER, "the ledger's other properties before riskPoints");
      }
      st.unknown(p, f);
    }
    finishEnvelope();
  }

  private void finishEnvelope() throws IOException {
    for (String f = st.nextName(p); f != null; f = st.nextName(p)) {
      p.nextToken();
      st.unknown(p, f);
    }
    DocumentEnvelope.checkEnd(p, st);
  }

  /**
   * Closes the parser; the stream stays open.
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    inPoints = false;
    p.close();
  }

  /** Resolves a streamed risk point's references against the head. */
  private static final class HeadIndex {
    private final Ledger head;

    HeadIndex(Ledger head) {
      this.head = head;
    }

    void check(JsonParser p, ReadState st, RiskPoint rp) throws DocumentProblem {
      String owner = rp.getOwner().getId();
      boolean ownerFound;
      switch (rp.getOwner().getScope()) {
        case LEADERSHIP_GROUP:
          ownerFound = head.getLeadershipGroup().getId().equals(owner);
          break;
        case LEADER:
          ownerFound = head.getLeadershipGroup().leader(owner).isPresent();
          break;
        case DEPARTMENT:
          ownerFound = head.department(owner).isPresent();
          break;
        default:
          ownerFound = head.post(owner).isPresent();
      }
      if (!ownerFound) {
        throw problem(p, st, rp, "owner", owner);
      }
      if (rp.getPowerItem().isPresent()) {
        var item = head.powerItem(rp.getPowerItem().get());
        if (item.isEmpty()) {
          throw problem(p, st, rp, "powerItem", rp.getPowerItem().get());
        }
        if (rp.getProcessStep().isPresent()
            && item.get().getProcessSteps().stream()
                .noneMatch(s -> s.getId().equals(rp.getProcessStep().get()))) {
          throw problem(p, st, rp, "processStep", rp.getProcessStep().get());
        }
      }
      person(p, st, rp, "responsible", rp.getResponsible());
      person(p, st, rp, "supervisor", rp.getSupervisor());
      if (rp.getDecision().isPresent() && !head.getMeetings().isEmpty()) {
        String meeting = rp.getDecision().get().getMeetingReference();
        if (head.meeting(meeting).isEmpty()) {
          throw problem(p, st, rp, "decision.meetingReference", meeting);
        }
      }
      for (var m : rp.getMeasures()) {
        person(p, st, rp, "measures[" + m.getId() + "].proposer", m.getProposer());
      }
    }

    private void person(
        JsonParser p, ReadState st, RiskPoint rp, String field, java.util.Optional<String> id)
        throws DocumentProblem {
      if (id.isPresent() && head.person(id.get()).isEmpty()) {
        throw problem(p, st, rp, field, id.get());
      }
    }

    /** A reference of the point's {@code field} to {@code value} that the head does not hold. */
    private static DocumentProblem problem(
        JsonParser p, ReadState st, RiskPoint rp, String field, String value) {
      Finding f =
          JsonFindingCode.integrity(
              LedgerIntegrityException.Kind.UNKNOWN_REFERENCE,
              ReadState.pointer(p),
              -1,
              -1,
              "riskPoints[" + rp.getId() + "]." + field,
              value);
      return new DocumentProblem(List.of(f), p.currentTokenLocation());
    }
  }
}
