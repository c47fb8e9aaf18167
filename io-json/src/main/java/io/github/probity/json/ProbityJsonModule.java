package io.github.probity.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
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
 *
 * @since 0.1.0
 */
public final class ProbityJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public ProbityJsonModule() {
    super("probity-json", Version.unknownVersion());
    add(Ledger.class, LedgerCodec.LEDGER);
    add(Unit.class, LedgerCodec.UNIT);
    add(Person.class, LedgerCodec.PERSON);
    add(LeadershipGroup.class, LedgerCodec.LEADERSHIP_GROUP);
    add(Leader.class, LedgerCodec.LEADER);
    add(Department.class, LedgerCodec.DEPARTMENT);
    add(Post.class, LedgerCodec.POST);
    add(PowerItem.class, LedgerCodec.POWER_ITEM);
    add(RiskOwner.class, LedgerCodec.OWNER);
    add(RiskPoint.class, LedgerCodec.RISK_POINT);
    add(io.github.probity.grading.GradingPolicy.class, PolicyCodec.POLICY);
    add(RiskCategory.class, LedgerCodec.CATEGORY);
    add(RiskLevel.class, LedgerCodec.LEVEL);
    add(OwnerScope.class, LedgerCodec.SCOPE);
    add(PowerKind.class, LedgerCodec.KIND);
    add(Discretion.class, LedgerCodec.DISCRETION);
    add(Frequency.class, LedgerCodec.FREQUENCY);
    add(MeasureType.class, LedgerCodec.MEASURE_TYPE);
  }

  private <T> void add(Class<T> type, ValueCodec<T> codec) {
    addSerializer(type, new CodecSerializer<>(type, codec));
    addDeserializer(type, new CodecDeserializer<>(type, codec));
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
    private final transient ValueReader<T> reader;

    CodecDeserializer(Class<T> type, ValueReader<T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return reader.read(p, ReadState.from(ctxt));
    }
  }
}
