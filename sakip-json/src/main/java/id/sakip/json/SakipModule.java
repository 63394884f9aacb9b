package id.sakip.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import id.sakip.angka.Notasi;
import java.io.IOException;

/**
 * A Jackson module binding every SAKIP model type, registered in {@code
 * META-INF/services/com.fasterxml.jackson.databind.Module} so that {@code
 * ObjectMapper.findAndRegisterModules()} finds it.
 *
 * <p>It reads numbers exactly whatever the mapper's settings, reports every problem of a value
 * with its JSON path in one {@link JsonMappingException} (whose cause is a {@link
 * SakipJsonException}), and takes no type information from the input. Prefer {@link SakipJson}
 * for untrusted documents: it also applies {@link InputLimits}.
 */
public final class SakipModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module with Indonesian notation for numbers written as strings. */
  public SakipModule() {
    this(Notasi.INDONESIA);
  }

  /** Creates the module reading numbers written as strings in {@code notasi}. */
  public SakipModule(Notasi notasi) {
    super("SakipModule", new Version(0, 1, 0, "SNAPSHOT", "id.sakip", "sakip-json"));
    for (Codec<?> codec : Codecs.ALL) {
      register(codec, notasi);
    }
  }

  private <T> void register(Codec<T> codec, Notasi notasi) {
    addSerializer(codec.type(), new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeTree(codec.write(value));
      }
    });
    addDeserializer(codec.type(), new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonPath base = JsonPath.of(Problems.toPath(p.getParsingContext().pathAsPointer().toString()));
        ReadContext ctx = new ReadContext(InputLimits.DEFAULT, notasi);
        JsonNode tree = ExactTree.read(p, base, ctx);
        try {
          return ctx.finish(ctx.failedSince(0) ? null : codec.reader().read(tree, base, ctx));
        } catch (SakipJsonException e) {
          throw JsonMappingException.from(p, e.getMessage(), e);
        }
      }
    });
  }
}
