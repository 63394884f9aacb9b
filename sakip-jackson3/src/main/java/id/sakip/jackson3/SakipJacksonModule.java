package id.sakip.jackson3;

import id.sakip.angka.Outcome;
import id.sakip.json.JsonStyle;
import id.sakip.json.SakipJson;
import id.sakip.json.SakipJsonException;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module binding every SAKIP model type ({@link SakipJson#boundTypes()}, and any
 * implementation of one) and {@code Outcome} of one, registered in {@code
 * META-INF/services/tools.jackson.databind.JacksonModule} so that {@code
 * JsonMapper.builder().findAndAddModules().build()} (and Spring Boot 4) finds it.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * // or: JsonMapper.builder().addModule(new SakipJacksonModule()).build();
 * Rupiah pagu = mapper.readValue("2910568737.00", Rupiah.class);
 * }</pre>
 *
 * <p>It reads and writes exactly what {@link SakipJson} does, with the same reader and writer,
 * straight from the mapper's parser and to its generator: numbers exactly whatever the mapper's
 * settings, every problem of a value with its JSON path (the path in the caller's document, then
 * ours) in one {@link MismatchedInputException} whose cause is a {@link SakipJsonException}, no
 * type information taken from the input. The mapper's own stream constraints bound the input;
 * prefer {@link SakipJson} for untrusted documents, which applies its {@code InputLimits}.
 * Amounts and percentages are written in the forms of the {@link SakipJson} the module is made from
 * ({@link JsonStyle}).
 *
 * <p>Jackson 2 stays on the classpath: {@code sakip-json}, which this module depends on, parses
 * with it when {@link SakipJson} reads bytes, text or streams itself. A mapper using this module
 * never touches Jackson 2 classes while reading or writing.
 *
 * <p>Thread-safe: the module is complete when constructed and never changes; a mapper may use it from any
 * number of threads.
 */
public final class SakipJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** This module's version, from the build. */
  public static final Version VERSION =
      VersionUtil.parseVersion(ModuleVersion.VERSION, "id.sakip", "sakip-jackson3");

  /** Creates the module as {@link SakipJson#standar()} reads and writes: Indonesian notation, standard forms. */
  public SakipJacksonModule() {
    this(SakipJson.standar());
  }

  /**
   * Creates the module reading and writing as {@code json} does: its notation for numbers written
   * as strings, its {@link JsonStyle}.
   */
  public SakipJacksonModule(SakipJson json) {
    super("SakipJacksonModule", VERSION);
    Objects.requireNonNull(json, "json");
    for (Class<?> type : SakipJson.boundTypes()) {
      register(type, json);
    }
    addSerializer(rawOutcome(), new Writer<>(json));
    addDeserializer(rawOutcome(), new OutcomeReader(json, null));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Class<Outcome<?>> rawOutcome() {
    return (Class) Outcome.class;
  }

  private <T> void register(Class<T> type, SakipJson json) {
    addSerializer(type, new Writer<>(json));
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        return read(p, type, base -> json.read(new Jackson3Tokens(p), type, base));
      }
    });
  }

  /** Writes a bound value (or an {@code Outcome} of one) as {@link SakipJson#write(Object, id.sakip.json.TokenSink)}. */
  private static final class Writer<T> extends ValueSerializer<T> {
    private final SakipJson json;

    Writer(SakipJson json) {
      this.json = json;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      json.write(value, new Jackson3Sink(gen));
    }
  }

  @FunctionalInterface
  private interface Reading<T> {
    T read(String basePath);
  }

  /**
   * Reads one value, naming its problems below the parser's current path, and turns a {@link
   * SakipJsonException} into Jackson's {@link MismatchedInputException} with it as the cause.
   */
  private static <T> T read(JsonParser p, Class<?> type, Reading<T> reading) {
    String base = JsonPaths.fromPointer(p.streamReadContext().pathAsPointer().toString());
    try {
      return reading.read(base);
    } catch (SakipJsonException e) {
      MismatchedInputException mismatch = MismatchedInputException.from(p, type, e.getMessage());
      mismatch.initCause(e);
      throw mismatch;
    }
  }

  /** Reads {@code Outcome<T>} for the {@code T} of the property or value being read. */
  private static final class OutcomeReader extends ValueDeserializer<Outcome<?>> {
    private final SakipJson json;
    private final Class<?> valueType;

    OutcomeReader(SakipJson json, Class<?> valueType) {
      this.json = json;
      this.valueType = valueType;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
      JavaType type = property != null ? property.getType() : ctxt.getContextualType();
      JavaType value = type == null ? null : type.containedType(0);
      if (value == null || !SakipJson.isBound(value.getRawClass()) || Outcome.class.isAssignableFrom(value.getRawClass())) {
        return ctxt.reportBadDefinition(type, "an Outcome is read for a bound SAKIP type, such as Outcome<Persentase>;"
            + " this one is " + type);
      }
      return new OutcomeReader(json, value.getRawClass());
    }

    @Override
    public Outcome<?> deserialize(JsonParser p, DeserializationContext ctxt) {
      if (valueType == null) {
        return ctxt.reportBadDefinition(ctxt.getContextualType(), "the value type of an Outcome is not known");
      }
      return read(p, Outcome.class, base -> json.readOutcome(new Jackson3Tokens(p), valueType, base));
    }
  }
}
