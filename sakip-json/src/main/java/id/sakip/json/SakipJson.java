package id.sakip.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.angka.Notasi;
import id.sakip.angka.Outcome;
import id.sakip.audit.HasilAudit;
import id.sakip.json.TokenSource.Token;
import id.sakip.laporan.LaporanKinerja;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The entry point for SAKIP JSON: reads {@code sakip-lkj/1} and {@code sakip-lkj/2} documents,
 * writes {@code sakip-lkj/2} ({@link #upgrade(byte[])} turns the one into the other), and reads and writes every bound
 * model type, exactly, strictly and within {@link InputLimits}.
 *
 * <pre>{@code
 * SakipJson json = SakipJson.standar();
 * LaporanKinerja lkj = json.readLaporan(Files.readAllBytes(path));
 * String text = json.writeLaporan(lkj);
 * }</pre>
 *
 * <p>The reader builds the model straight from the parser's tokens, without an intermediate tree.
 * Numbers are read as exact decimals; strings holding numbers ({@code "2.910.568.737,00"}) are read
 * in the document's declared notation (default {@link Notasi#INDONESIA}); such a string, and a
 * target written as a string ({@code "kurang dari 20"}), has at most 200 characters. Output is plain
 * decimals, two-space indented, {@code \n} line ends, in a fixed member order, so write → read →
 * write gives identical bytes; {@link JsonStyle} chooses how amounts and percentages are written.
 * An invalid document gives one {@link SakipJsonException} listing every problem; no object is
 * built from it. Instances are immutable and thread-safe.
 *
 * <p>{@link #read(TokenSource, Class, String)} and {@link #write(Object, TokenSink)} are the same
 * reader and writer over any token source and sink: the Jackson modules ({@link SakipModule} for
 * Jackson 2, {@code SakipJacksonModule} of {@code sakip-jackson3} for Jackson 3) use them.
 */
public final class SakipJson {

  private final InputLimits limits;
  private final Notasi notasi;
  private final JsonStyle style;
  private final JsonFactory factory;
  private final DefaultPrettyPrinter printer;

  private SakipJson(InputLimits limits, Notasi notasi, JsonStyle style) {
    this.limits = limits;
    this.notasi = notasi;
    this.style = style;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxDepth())
            .maxNumberLength(limits.maxNumberLength())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxStringLength())
            .build())
        .build();
    this.printer = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  }

  /** Returns the standard instance: {@link InputLimits#DEFAULT}, Indonesian notation for strings, {@link JsonStyle#STANDARD}. */
  public static SakipJson standar() {
    return new SakipJson(InputLimits.DEFAULT, Notasi.INDONESIA, JsonStyle.STANDARD);
  }

  /** Returns a copy with other input limits. */
  public SakipJson withLimits(InputLimits value) {
    return new SakipJson(Objects.requireNonNull(value, "limits"), notasi, style);
  }

  /**
   * Returns a copy that reads numbers written as strings in {@code value} notation, unless a
   * document declares its own.
   */
  public SakipJson withNotasi(Notasi value) {
    return new SakipJson(limits, Objects.requireNonNull(value, "notasi"), style);
  }

  /** Returns a copy that writes amounts and percentages in {@code value}'s forms. */
  public SakipJson withStyle(JsonStyle value) {
    return new SakipJson(limits, notasi, Objects.requireNonNull(value, "style"));
  }

  /** Returns the input limits. */
  public InputLimits limits() {
    return limits;
  }

  /** Returns the notation for numbers written as strings. */
  public Notasi notasi() {
    return notasi;
  }

  /** Returns how amounts and percentages are written. */
  public JsonStyle style() {
    return style;
  }

  /** Returns the model types this binding reads and writes (an implementation of one binds too). */
  public static List<Class<?>> boundTypes() {
    return Bindings.types();
  }

  /** Whether {@code type} (or a supertype of it) has a binding; {@code Outcome} of a bound type has one too. */
  public static boolean isBound(Class<?> type) {
    return Outcome.class.isAssignableFrom(type) || Bindings.find(type).isPresent();
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a {@code sakip-lkj/1} or {@code sakip-lkj/2} document (the {@code format} member says
   * which; a member added in {@code /2} is refused in a {@code /1} document).
   *
   * @throws SakipJsonException listing every problem, if the document is invalid or out of bounds
   */
  public LaporanKinerja readLaporan(byte[] json) {
    return read(json, LaporanKinerja.class);
  }

  /** Reads a {@code sakip-lkj/1} or {@code /2} document from text. */
  public LaporanKinerja readLaporan(String json) {
    return read(json, LaporanKinerja.class);
  }

  /**
   * Reads a {@code sakip-lkj/1} or {@code /2} document from a stream (not closed), reading at most {@link
   * InputLimits#maxDocumentBytes()} bytes and one more to know that a document is too large.
   */
  public LaporanKinerja readLaporan(InputStream json) {
    Objects.requireNonNull(json, "json");
    try {
      long max = limits.maxDocumentBytes();
      byte[] bytes = json.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, max + 1));
      if (bytes.length > max) {
        throw Problems.problem("$", Problems.documentOfMore(max), Problems.documentBound(max), null);
      }
      return read(bytes, LaporanKinerja.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a {@code sakip-lkj/1} or {@code /2} document from a file. A file larger than {@link
   * InputLimits#maxDocumentBytes()} is refused before it is read, with its size.
   *
   * @throws SakipJsonException listing every problem
   * @throws IOException if the file cannot be read
   */
  public LaporanKinerja readLaporan(java.nio.file.Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    long size = java.nio.file.Files.size(file);
    if (size > limits.maxDocumentBytes()) {
      throw tooLarge(size);
    }
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return readLaporan(in);
    }
  }

  /** Writes a {@code sakip-lkj/2} document (the current version of the format). */
  public String writeLaporan(LaporanKinerja laporan) {
    return write(laporan);
  }

  /**
   * Upgrades a document to the current version of the format: reads a {@code sakip-lkj/1} (or
   * {@code /2}) document, with this reader's limits and notation, and writes it as {@code
   * sakip-lkj/2}. A v1 document means the same as v2: nothing is lost or added, and reading the
   * result gives a report equal to reading the input.
   *
   * @throws SakipJsonException listing every problem of the input
   */
  public String upgrade(byte[] json) {
    return writeLaporan(readLaporan(json));
  }

  /** Upgrades a document given as text to {@code sakip-lkj/2}, as {@link #upgrade(byte[])}. */
  public String upgrade(String json) {
    return writeLaporan(readLaporan(json));
  }

  /**
   * Reads one bound model type ({@code Rupiah}, {@code Indikator}, {@code Rkt}, …).
   *
   * @throws SakipJsonException listing every problem
   * @throws IllegalArgumentException if {@code type} has no binding
   */
  public <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return parse(json, Bindings.require(type).shape());
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
   * Reads an {@code Outcome} of a bound type: {@code {"nilai": …}} or {@code {"alasan": …,
   * "penjelasan": …}}.
   */
  public <T> Outcome<T> readOutcome(byte[] json, Class<T> valueType) {
    Objects.requireNonNull(json, "json");
    return parse(json, Bindings.outcome(valueType));
  }

  /**
   * Reads one value of a bound type from {@code tokens}, starting at the token it is on (or the next
   * one, before the first), and leaves it on the value's last token. Problems name their paths
   * below {@code basePath} (such as {@code $.anggaran.pagu}, where the value sits in a larger
   * document). The caller's parser applies its own bounds; a notation declared by a document after
   * a number written as a string is a problem here, since tokens cannot be read twice.
   *
   * @throws SakipJsonException listing every problem of the value
   */
  public <T> T read(TokenSource tokens, Class<T> type, String basePath) {
    return readValue(tokens, Bindings.require(type).shape(), basePath);
  }

  /** Reads an {@code Outcome} of a bound type from {@code tokens}, as {@link #read(TokenSource, Class, String)}. */
  public <T> Outcome<T> readOutcome(TokenSource tokens, Class<T> valueType, String basePath) {
    return readValue(tokens, Bindings.outcome(valueType), basePath);
  }

  private <T> T readValue(TokenSource tokens, Shape<T> shape, String basePath) {
    Objects.requireNonNull(tokens, "tokens");
    ReadContext ctx = new ReadContext(limits, notasi);
    JsonPath base = JsonPath.of(Objects.requireNonNull(basePath, "basePath"));
    if (tokens.current() == Token.END && tokens.next() == Token.END) {
      ctx.problem(base, Teks.of("(kosong)", "(empty)"), Teks.of("diharapkan sebuah nilai JSON", "expected a JSON value"));
      return ctx.finish(null);
    }
    T value = shape.read(tokens, base, ctx);
    if (ctx.restartWith() != null) {
      ctx.problem(base.child("notasi"), ctx.restartWith().name(), Teks.of("notasi harus dinyatakan sebelum angka pertama"
          + " yang ditulis sebagai string bila dokumen dibaca dari aliran token", "a notation must be declared before"
          + " the first number written as a string when the document is read from a stream of tokens"));
    }
    return ctx.finish(value);
  }

  /** Reads {@code json} as {@code shape}, once more if it declares its notation late; refused unread if too large. */
  private <T> T parse(byte[] json, Shape<T> shape) {
    if (json.length > limits.maxDocumentBytes()) {
      throw tooLarge(json.length);
    }
    Notasi start = notasi;
    for (int attempt = 0; ; attempt++) {
      ReadContext ctx = new ReadContext(limits, start);
      T value = parseOnce(json, shape, ctx);
      if (ctx.restartWith() != null && attempt == 0) {
        start = ctx.restartWith(); // the document declared its notation after a number written as a string
        continue;
      }
      return ctx.finish(value);
    }
  }

  private <T> T parseOnce(byte[] json, Shape<T> shape, ReadContext ctx) {
    try (JsonParser p = factory.createParser(json)) {
      Jackson2Tokens in = new Jackson2Tokens(p);
      try {
        if (in.next() == Token.END) {
          ctx.problem(JsonPath.ROOT, Teks.of("(kosong)", "(empty)"), Teks.of("dokumen kosong; diharapkan sebuah nilai"
              + " JSON", "the document is empty; expected a JSON value"));
          return null;
        }
        T value = shape.read(in, JsonPath.ROOT, ctx);
        if (in.next() != Token.END) {
          String where = in.location();
          String more = ReadContext.consume(in);
          ctx.problem(JsonPath.ROOT, Teks.same(more).plus(Teks.of(" (" + where.replace("line", "baris")
              .replace("column", "kolom") + ")", " (" + where + ")")), Teks.of("dokumen harus memuat satu nilai JSON;"
              + " ada lagi sesudahnya", "the document must hold one JSON value; found more after it"));
        }
        return value;
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof JsonProcessingException jpe) {
          throw Problems.fromParser(jpe, limits, p); // while p is open: it knows where it stopped
        }
        throw e;
      }
    } catch (CharConversionException e) { // bytes that are not text in the detected encoding (UTF-16/32)
      throw Problems.problem("$", UNREADABLE, NOT_TEXT.plus(String.valueOf(e.getMessage())), e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharConversionException c) {
        throw Problems.problem("$", UNREADABLE, NOT_TEXT.plus(String.valueOf(c.getMessage())), c);
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes a bound model value (or an {@code Outcome} of one) as stable, plain-decimal JSON ending
   * with a newline.
   *
   * @throws IllegalArgumentException if the value's type has no binding
   */
  public String write(Object value) {
    Objects.requireNonNull(value, "value");
    return print(out -> write(value, out));
  }

  /** Writes a bound model value (or an {@code Outcome} of one) to {@code sink}. */
  @SuppressWarnings("unchecked")
  public void write(Object value, TokenSink sink) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(sink, "sink");
    WriteContext w = new WriteContext(style, Notasi.INDONESIA);
    if (value instanceof Outcome<?> o) {
      Bindings.outcomeOf(o).write(o, sink, w);
    } else {
      Bindings.require((Class<Object>) value.getClass()).write(value, sink, w);
    }
  }

  /** Returns the tree {@link #write} would print, for callers that embed it in other JSON. */
  public JsonNode toTree(Object value) {
    Objects.requireNonNull(value, "value");
    return tree(write(value));
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
    Objects.requireNonNull(hasil, "hasil");
    JalurJson jalur = JalurJson.untuk(Objects.requireNonNull(laporan, "laporan"));
    return print(out -> {
      WriteContext w = new WriteContext(style, Notasi.INDONESIA);
      w.jalur(t -> jalur.dari(t.lokasi()));
      Bindings.require(HasilAudit.class).write(hasil, out, w);
    });
  }

  /** Returns the tree {@link #writeHasilAudit} would print, for callers that embed it in other JSON. */
  public JsonNode toTree(HasilAudit hasil, LaporanKinerja laporan) {
    return tree(writeHasilAudit(hasil, laporan));
  }

  private interface Writing {
    void to(TokenSink out);
  }

  private String print(Writing writing) {
    StringWriter text = new StringWriter();
    try (JsonGenerator gen = factory.createGenerator(text)) {
      gen.setPrettyPrinter(printer);
      writing.to(new Jackson2Sink(gen));
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON in memory failed", e);
    }
    return text + "\n";
  }

  private static final ObjectMapper EXACT = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

  private static JsonNode tree(String json) {
    try {
      return EXACT.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("reading JSON just written failed", e);
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
    Teks n = Teks.count(size);
    return Problems.problem("$", Teks.of("dokumen " + n.id() + " bita", "document of " + n.en() + " bytes"),
        Problems.documentBound(limits.maxDocumentBytes()), null);
  }

  private static final Teks UNREADABLE = Teks.of("(tak terbaca)", "(unreadable)");
  private static final Teks NOT_TEXT = Teks.of("bukan teks JSON yang sah: ", "not valid JSON text: ");
}
