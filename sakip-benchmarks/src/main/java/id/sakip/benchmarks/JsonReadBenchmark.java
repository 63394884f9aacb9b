package id.sakip.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import id.sakip.json.SakipJson;
import id.sakip.laporan.LaporanKinerja;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one {@code sakip-lkj/1} document: {@code SakipJson.readLaporan(byte[])} against two
 * baselines over the same bytes in the same run, Jackson's {@code readTree} and Jackson databind
 * into {@link PlainLkj} records (the code a user would write instead, without validation).
 * {@link JsonReadRasio} prints library/baseline from this benchmark's {@code -rf json} output.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// A fixed, pre-touched heap and ten warmup seconds: on the 2-core VM the large document's first
// iterations ran at 5–20× the steady time (JIT and first-touch page faults), for all three alike.
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class JsonReadBenchmark {

  /**
   * {@code standar}: generated document 0 of the default shape (about 28 kB). {@code besar}: the
   * same generator with 40 programs × 15 kegiatan × 16 sub kegiatan, budget trees of 10 240 nodes
   * (RKT and table B) and 9 600 RKT outputs, within the default {@code InputLimits}.
   */
  @Param({"standar", "besar"})
  public String ukuran;

  private byte[] bytes;
  private final SakipJson json = SakipJson.standar();
  private final ObjectMapper mapper = new ObjectMapper();
  private final ObjectReader records = PlainLkj.reader();

  /** Writes the document of this size. */
  @Setup
  public void setUp() {
    bytes = dokumen(ukuran);
  }

  /** The bytes of the document of size {@code ukuran}, as {@code SakipJson.standar()} writes them. */
  public static byte[] dokumen(String ukuran) {
    GeneratorLkj generator = switch (ukuran) {
      case "standar" -> new GeneratorLkj(2024);
      case "besar" -> new GeneratorLkj(2024, 40, 15, 16);
      default -> throw new IllegalArgumentException("ukuran " + ukuran + " is not standar or besar");
    };
    return SakipJson.standar().writeLaporan(generator.dokumen(0)).getBytes(StandardCharsets.UTF_8);
  }

  /** The library: validated, exact, model objects. */
  @Benchmark
  public LaporanKinerja library() {
    return json.readLaporan(bytes);
  }

  /** Baseline: Jackson parses the same bytes into a {@code JsonNode} tree. */
  @Benchmark
  public JsonNode baselineJacksonTree() throws IOException {
    return mapper.readTree(bytes);
  }

  /** Baseline: Jackson databind reads the same bytes into plain records, {@code BigDecimal} numbers, no validation. */
  @Benchmark
  public PlainLkj.Laporan baselineDatabindRecords() throws IOException {
    return records.readValue(bytes);
  }
}
