package id.sakip.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Reading one generated LKj document: {@code SakipJson} against Jackson's {@code readTree} of the same bytes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonReadBenchmark {

  private byte[] bytes;
  private final SakipJson json = SakipJson.standar();
  private final ObjectMapper mapper = new ObjectMapper();

  /** Writes one generated document. */
  @Setup
  public void setUp() {
    bytes = json.writeLaporan(new GeneratorLkj(2024).dokumen(0)).getBytes(StandardCharsets.UTF_8);
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
}
