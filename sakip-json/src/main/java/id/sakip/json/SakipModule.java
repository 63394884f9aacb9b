package id.sakip.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import id.sakip.angka.Notasi;
import id.sakip.angka.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A Jackson 2 module binding every SAKIP model type and {@code Outcome} of one, registered in
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module} so that {@code
 * ObjectMapper.findAndRegisterModules()} (and Spring Boot 3) finds it.
 *
 * <p>It reads and writes exactly what {@link SakipJson} does, straight from the mapper's parser
 * and to its generator: numbers exactly whatever the mapper's settings, every problem of a value
 * with its JSON path (the path in the caller's document, then ours) in one {@link
 * JsonMappingException} whose cause is a {@link SakipJsonException}, no type information taken
 * from the input. The mapper's own stream constraints bound the input; prefer {@link SakipJson}
 * for untrusted documents, which applies {@link InputLimits}. Amounts and percentages are written
 * in the forms of the {@link SakipJson} the module is made from ({@link JsonStyle}).
 *
 * <p>Thread-safe: the module is complete when constructed and never changes; a mapper may use it from any
 * number of threads.
 */
public final class SakipModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** This module's version, from the build. */
  public static final Version VERSION = VersionUtil.parseVersion(ModuleVersion.VERSION, "id.sakip", "sakip-json");

  /** Creates the module with Indonesian notation for numbers written as strings, standard forms. */
  public SakipModule() {
    this(SakipJson.standar());
  }

  /** Creates the module reading numbers written as strings in {@code notasi}. */
  public SakipModule(Notasi notasi) {
    this(SakipJson.standar().withNotasi(notasi));
  }

  /** Creates the module reading and writing as {@code json} does (notation, {@link JsonStyle}). */
  public SakipModule(SakipJson json) {
    super("SakipModule", VERSION);
    Objects.requireNonNull(json, "json");
    for (Class<?> type : SakipJson.boundTypes()) {
      register(type, json);
    }
    addSerializer(rawOutcome(), new JsonSerializer<Outcome<?>>() {
      @Override
      public void serialize(Outcome<?> value, JsonGenerator gen, SerializerProvider serializers) {
        json.write(value, new Jackson2Sink(gen));
      }
    });
    addDeserializer(rawOutcome(), new OutcomeDeserializer(json, null));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Class<Outcome<?>> rawOutcome() {
    return (Class) Outcome.class;
  }

  private <T> void register(Class<T> type, SakipJson json) {
    addSerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        try {
          json.write(value, new Jackson2Sink(gen));
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      }
    });
    addDeserializer(type, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, base -> json.read(new Jackson2Tokens(p), type, base));
      }
    });
  }

  @FunctionalInterface
  private interface Reading<T> {
    T read(String basePath);
  }

  private static <T> T read(JsonParser p, Reading<T> reading) throws IOException {
    String base = Problems.toPath(p.getParsingContext().pathAsPointer().toString());
    try {
      return reading.read(base);
    } catch (SakipJsonException e) {
      throw JsonMappingException.from(p, e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Reads {@code Outcome<T>} for the {@code T} of the property or value being read. */
  private static final class OutcomeDeserializer extends JsonDeserializer<Outcome<?>> implements ContextualDeserializer {
    private final SakipJson json;
    private final Class<?> valueType;

    OutcomeDeserializer(SakipJson json, Class<?> valueType) {
      this.json = json;
      this.valueType = valueType;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      JavaType type = property != null ? property.getType() : ctxt.getContextualType();
      JavaType value = type == null ? null : type.containedType(0);
      if (value == null || !SakipJson.isBound(value.getRawClass()) || Outcome.class.isAssignableFrom(value.getRawClass())) {
        return ctxt.reportBadDefinition(type, "an Outcome is read for a bound SAKIP type, such as Outcome<Persentase>;"
            + " this one is " + type);
      }
      return new OutcomeDeserializer(json, value.getRawClass());
    }

    @Override
    public Outcome<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (valueType == null) {
        return ctxt.reportBadDefinition(ctxt.getContextualType(), "the value type of an Outcome is not known");
      }
      return read(p, base -> json.readOutcome(new Jackson2Tokens(p), valueType, base));
    }
  }
}
