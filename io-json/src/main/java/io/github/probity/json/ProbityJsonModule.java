package io.github.probity.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.probity.model.Coded;
import io.github.probity.model.Department;
import io.github.probity.model.Discretion;
import io.github.probity.model.Frequency;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.MeasureType;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.model.Unit;
import java.io.IOException;

/**
 * A Jackson module that teaches a host's {@code ObjectMapper} the Probity model: {@link Ledger},
 * {@link RiskPoint} and the other values, grading policies, and the coded enums, in exactly the
 * shape of the JSON documents (without the envelope).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ProbityJsonModule());
 * String json = mapper.writeValueAsString(ledger);
 * }</pre>
 *
 * <p>Reading is strict when the mapper fails on unknown properties (Jackson's default) and lenient
 * otherwise, where unknown properties are skipped and enum labels such as {@code 高} are accepted.
 * Problems surface as Jackson {@code JsonMappingException}s with the location. The mapper's own
 * {@code StreamReadConstraints} apply; {@link ProbityJson#newObjectMapper()} returns a mapper with
 * Probity's limits. The module is stateless and thread-safe.
 */
public final class ProbityJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public ProbityJsonModule() {
    super("probity-json", Version.unknownVersion());
    add(Ledger.class, LedgerCodec::writeLedger, LedgerCodec::readLedger);
    add(Unit.class, LedgerCodec::writeUnit, LedgerCodec::readUnit);
    add(Person.class, LedgerCodec::writePerson, LedgerCodec::readPerson);
    add(LeadershipGroup.class, LedgerCodec::writeLeadershipGroup, LedgerCodec::readLeadershipGroup);
    add(Leader.class, LedgerCodec::writeLeader, LedgerCodec::readLeader);
    add(Department.class, LedgerCodec::writeDepartment, LedgerCodec::readDepartment);
    add(Post.class, LedgerCodec::writePost, LedgerCodec::readPost);
    add(PowerItem.class, LedgerCodec::writePowerItem, LedgerCodec::readPowerItem);
    add(RiskOwner.class, LedgerCodec::writeOwner, LedgerCodec::readOwner);
    add(RiskPoint.class, LedgerCodec::writeRiskPoint, LedgerCodec::readRiskPoint);
    add(
        io.github.probity.grading.GradingPolicy.class,
        PolicyCodec::writePolicy,
        PolicyCodec::readPolicy);
    addCoded(RiskCategory.class, LedgerCodec.CATEGORY);
    addCoded(RiskLevel.class, LedgerCodec.LEVEL);
    addCoded(OwnerScope.class, LedgerCodec.SCOPE);
    addCoded(PowerKind.class, LedgerCodec.KIND);
    addCoded(Discretion.class, LedgerCodec.DISCRETION);
    addCoded(Frequency.class, LedgerCodec.FREQUENCY);
    addCoded(MeasureType.class, LedgerCodec.MEASURE_TYPE);
  }

  private <T> void add(Class<T> type, ValueWriter<T> writer, LedgerCodec.ValueReader<T> reader) {
    addSerializer(type, new CodecSerializer<>(type, writer));
    addDeserializer(type, new CodecDeserializer<>(type, reader));
  }

  private <E extends Enum<E> & Coded> void addCoded(Class<E> type, CodeTable<E> table) {
    add(type, (g, v) -> g.writeString(v.code()), (p, st) -> st.code(p, table));
  }

  /** Writes one value. */
  @FunctionalInterface
  private interface ValueWriter<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  /**
   * Adapts a codec writer to Jackson.
   *
   * @param <T> the value type
   */
  private static final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient ValueWriter<T> writer;

    CodecSerializer(Class<T> type, ValueWriter<T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      writer.write(gen, value);
    }
  }

  /**
   * Adapts a codec reader to Jackson.
   *
   * @param <T> the value type
   */
  private static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient LedgerCodec.ValueReader<T> reader;

    CodecDeserializer(Class<T> type, LedgerCodec.ValueReader<T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return reader.read(p, ReadState.from(ctxt));
    }
  }
}
