package id.sakip.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.angka.Notasi;
import id.sakip.audit.HasilAudit;
import id.sakip.laporan.LaporanKinerja;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The entry point for SAKIP JSON: reads and writes {@code sakip-lkj/1} documents and every bound
 * model type, exactly, strictly and within {@link InputLimits}.
 *
 * <pre>{@code
 * SakipJson json = SakipJson.standar();
 * LaporanKinerja lkj = json.readLaporan(Files.readAllBytes(path));
 * String text = json.writeLaporan(lkj);
 * }</pre>
 *
 * <p>Numbers are read as exact decimals; strings holding numbers ({@code "2.910.568.737,00"}) are
 * read in the document's declared notation (default {@link Notasi#INDONESIA}); such a string, and a
 * target written as a string ({@code "kurang dari 20"}), has at most 200 characters. Output is plain
 * decimals, two-space indented, {@code \n} line ends, in a fixed member order, so write → read →
 * write gives identical bytes. An invalid document gives one {@link SakipJsonException} listing
 * every problem; no object is built from it. Instances are immutable and thread-safe.
 */
public final class SakipJson {

  private final InputLimits limits;
  private final Notasi notasi;
  private final JsonFactory factory;
  private final ObjectWriter writer;

  private SakipJson(InputLimits limits, Notasi notasi) {
    this.limits = limits;
    this.notasi = notasi;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxDepth())
            .maxNumberLength(limits.maxNumberLength())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(Math.min(limits.maxStringLength(), 50_000))
            .build())
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    this.writer = new ObjectMapper(factory)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .writer(printer);
  }

  /** Returns the standard instance: {@link InputLimits#DEFAULT}, Indonesian notation for strings. */
  public static SakipJson standar() {
    return new SakipJson(InputLimits.DEFAULT, Notasi.INDONESIA);
  }

  /** Returns a copy with other input limits. */
  public SakipJson withLimits(InputLimits value) {
    return new SakipJson(Objects.requireNonNull(value, "limits"), notasi);
  }

  /**
   * Returns a copy that reads numbers written as strings in {@code value} notation, unless a
   * document declares its own.
   */
  public SakipJson withNotasi(Notasi value) {
    return new SakipJson(limits, Objects.requireNonNull(value, "notasi"));
  }

  /** Returns the input limits. */
  public InputLimits limits() {
    return limits;
  }

  /** Returns the notation for numbers written as strings. */
  public Notasi notasi() {
    return notasi;
  }

  /**
   * Reads a {@code sakip-lkj/1} document.
   *
   * @throws SakipJsonException listing every problem, if the document is invalid or out of bounds
   */
  public LaporanKinerja readLaporan(byte[] json) {
    return read(json, LaporanKinerja.class);
  }

  /** Reads a {@code sakip-lkj/1} document from text. */
  public LaporanKinerja readLaporan(String json) {
    return read(json, LaporanKinerja.class);
  }

  /** Reads a {@code sakip-lkj/1} document from a stream (not closed). */
  public LaporanKinerja readLaporan(InputStream json) {
    Objects.requireNonNull(json, "json");
    try {
      return parse(factory.createParser(json), LaporanKinerja.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a {@code sakip-lkj/1} document. */
  public String writeLaporan(LaporanKinerja laporan) {
    return write(laporan);
  }

  /**
   * Reads one bound model type ({@code Rupiah}, {@code Indikator}, {@code Rkt}, …).
   *
   * @throws SakipJsonException listing every problem
   * @throws IllegalArgumentException if {@code type} has no binding
   */
  public <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    if (json.length > limits.maxDocumentBytes()) {
      throw tooLarge(json.length);
    }
    try {
      return parse(factory.createParser(json), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one bound model type from text. */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    if (json.length() > limits.maxDocumentBytes()) { // every character is at least one byte: refuse unencoded
      throw tooLarge(utf8Length(json));
    }
    return read(json.getBytes(StandardCharsets.UTF_8), type);
  }

  /**
   * Writes a bound model value as stable, plain-decimal JSON ending with a newline.
   *
   * @throws IllegalArgumentException if the value's type has no binding
   */
  public String write(Object value) {
    Objects.requireNonNull(value, "value");
    return print(Codecs.require(value.getClass()).write(value));
  }

  /** Returns the tree {@link #write} would print, for callers that embed it in other JSON. */
  public JsonNode toTree(Object value) {
    Objects.requireNonNull(value, "value");
    return Codecs.require(value.getClass()).write(value);
  }

  /**
   * Writes the findings of an audit of {@code laporan} as {@link #write} writes a {@link
   * HasilAudit}, each finding with one more member, {@code jalur}: the JSON path of the member of
   * {@code laporan} (as {@link #writeLaporan} writes it) that the finding's location points at,
   * such as {@code $.tercetak.capaian[0].capaian}, when {@link JalurJson} finds one. The document
   * is indexed once, so this takes time linear in the sizes of the document and the result.
   * Reading the output back ({@code read(json, HasilAudit.class)}) ignores {@code jalur}.
   */
  public String writeHasilAudit(HasilAudit hasil, LaporanKinerja laporan) {
    return print(toTree(hasil, laporan));
  }

  /** Returns the tree {@link #writeHasilAudit} would print, for callers that embed it in other JSON. */
  public ObjectNode toTree(HasilAudit hasil, LaporanKinerja laporan) {
    Objects.requireNonNull(hasil, "hasil");
    JalurJson jalur = JalurJson.untuk(Objects.requireNonNull(laporan, "laporan"));
    return TemuanCodec.writeHasilAudit(hasil, t -> jalur.dari(t.lokasi()));
  }

  private String print(JsonNode tree) {
    try {
      return writer.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing a JSON tree in memory failed", e);
    }
  }

  private <T> T parse(JsonParser parser, Class<T> type) throws IOException {
    Codec<T> codec = Codecs.require(type);
    ReadContext ctx = new ReadContext(limits, notasi);
    try (JsonParser p = parser) {
      JsonNode tree;
      try {
        tree = ExactTree.read(p, JsonPath.ROOT, ctx);
        JsonToken trailing = p.nextToken();
        if (trailing != null) {
          JsonLocation at = p.currentTokenLocation();
          ctx.problem(JsonPath.ROOT, p.getText() + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")",
              "the document must hold one JSON value; found more after it");
        }
      } catch (JsonProcessingException e) {
        throw Problems.fromParser(e, limits, p); // while p is open: it knows where it stopped
      }
      if (ctx.failedSince(0)) {
        return ctx.finish(null);
      }
      return ctx.finish(codec.reader().read(tree, JsonPath.ROOT, ctx));
    } catch (CharConversionException e) { // bytes that are not text in the detected encoding (UTF-16/32)
      throw new SakipJsonException(new JsonProblem("$", "(unreadable)", "not valid JSON text: " + e.getMessage()), e);
    }
  }

  /** The length of {@code text} encoded as UTF-8 (an unpaired surrogate as the one byte of '?'), without encoding it. */
  static long utf8Length(String text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += Character.isSurrogate(c) ? 1 : 3;
      }
    }
    return n;
  }

  private SakipJsonException tooLarge(long size) {
    return new SakipJsonException(java.util.List.of(new JsonProblem("$", "document of " + size + " bytes",
        "a document may hold at most " + limits.maxDocumentBytes() + " bytes (InputLimits.maxDocumentBytes)")));
  }
}
