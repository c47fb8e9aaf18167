package io.github.probity.spring.boot;

import io.github.probity.archive.Archive;
import io.github.probity.grading.GradingPolicy;
import io.github.probity.json.DocumentType;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.validation.ValidationReport;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 module (Spring Boot 4's {@code JsonMapper}) that writes and reads Probity's documents
 * embedded in a host's own JSON: {@link Ledger}, {@link GradingPolicy}, {@link ValidationReport},
 * {@link Archive} and {@link ImplementationPlan}, each as the body of its Probity JSON document
 * (what the document holds under {@code ledger}, {@code policy} …, without the envelope).
 *
 * <p>It delegates to a {@link ProbityJson}, so the shape, the checks, the strict or lenient mode
 * and the limits are Probity's, whatever the host's mapper is configured with; a value that Probity
 * refuses fails with its {@link io.github.probity.json.JsonReadException}, whose findings are
 * located in the value's own document (a pointer such as {@code /ledger/unit}), not in the host's
 * JSON. Each value is copied once through a tree. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProbityJackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Parses Probity's output into trees and writes envelopes; Jackson's defaults, no modules. */
  private static final JsonMapper TREES = JsonMapper.builder().build();

  /**
   * Creates the module.
   *
   * @param json the JSON entry point it delegates to
   */
  public ProbityJackson3Module(ProbityJson json) {
    super("probity-json-jackson3");
    add(Ledger.class, DocumentType.LEDGER, json::writeLedger, b -> json.readLedger(b).value());
    add(
        GradingPolicy.class,
        DocumentType.GRADING_POLICY,
        json::writePolicy,
        b -> json.readPolicy(b).value());
    add(
        ValidationReport.class,
        DocumentType.VALIDATION_REPORT,
        json::writeReport,
        b -> json.readReport(b).value());
    add(Archive.class, DocumentType.ARCHIVE, json::writeArchive, b -> json.readArchive(b).value());
    add(
        ImplementationPlan.class,
        DocumentType.IMPLEMENTATION_PLAN,
        json::writePlan,
        b -> json.readPlan(b).value());
  }

  private <T> void add(
      Class<T> type, DocumentType document, Function<T, byte[]> write, Function<byte[], T> read) {
    addSerializer(type, new BodySerializer<>(type, document, write));
    addDeserializer(type, new BodyDeserializer<>(type, document, read));
  }

  /**
   * Writes a value as the body of its document.
   *
   * @param <T> the value type
   */
  private static final class BodySerializer<T> extends StdSerializer<T> {
    private final DocumentType document;
    private final Function<T, byte[]> write;

    BodySerializer(Class<T> type, DocumentType document, Function<T, byte[]> write) {
      super(type);
      this.document = document;
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      JsonNode body = TREES.readTree(write.apply(value)).get(document.bodyProperty());
      gen.writeTree(body);
    }
  }

  /**
   * Reads a value from the body of its document.
   *
   * @param <T> the value type
   */
  private static final class BodyDeserializer<T> extends StdDeserializer<T> {
    private final DocumentType document;
    private final Function<byte[], T> read;

    BodyDeserializer(Class<T> type, DocumentType document, Function<byte[], T> read) {
      super(type);
      this.document = document;
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonNode body = ctxt.readTree(p);
      ObjectNode envelope = TREES.createObjectNode();
      envelope.put("format", document.formatName());
      envelope.put("schemaVersion", document.currentVersion());
      envelope.set(document.bodyProperty(), body);
      return read.apply(TREES.writeValueAsBytes(envelope));
    }
  }
}
