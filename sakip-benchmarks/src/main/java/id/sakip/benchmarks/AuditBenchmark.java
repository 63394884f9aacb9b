package id.sakip.benchmarks;

import id.sakip.audit.Audit;
import id.sakip.audit.HasilAudit;
import id.sakip.json.SakipJson;
import id.sakip.laporan.LaporanKinerja;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full audit. {@code auditOne}: one document already in memory (against {@code readOne},
 * reading it, as the baseline of the same run). {@code nationalYear}: {@code documents} files
 * written to disk in setup, then read and audited in a stream on all cores with a 2 GiB heap: the
 * time of one pass is the time to load and audit a national year.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class AuditBenchmark {

  private final SakipJson json = SakipJson.standar();
  private LaporanKinerja one;
  private byte[] oneBytes;

  /** Generates one document. */
  @Setup(Level.Trial)
  public void setUp() {
    one = new GeneratorLkj(2024).dokumen(0);
    oneBytes = json.writeLaporan(one).getBytes(StandardCharsets.UTF_8);
  }

  /** The national year on disk, set up only for {@link #nationalYear}. */
  @State(Scope.Benchmark)
  public static class Nasional {
    /** How many documents the national pass reads and audits. */
    @Param({"21920"})
    public int documents;

    Path dir;
    final SakipJson json = SakipJson.standar();

    /** Generates the documents and writes them to a temporary directory (not timed). */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      GeneratorLkj generator = new GeneratorLkj(2024);
      dir = Files.createTempDirectory("sakip-national");
      IntStream.range(0, documents).parallel().forEach(i -> {
        try {
          Files.writeString(dir.resolve(i + ".json"), json.writeLaporan(generator.dokumen(i)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }

    /** Deletes the documents. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The library: audit of one document in memory. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  public HasilAudit auditOne() {
    return Audit.periksa(one);
  }

  /** Baseline of the same run: reading that document. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  public LaporanKinerja readOne() {
    return json.readLaporan(oneBytes);
  }

  /** A national year: read every file and audit it, streaming, on all cores. Returns the error count. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public long nationalYear(Nasional n) {
    return IntStream.range(0, n.documents).parallel().mapToLong(i -> {
      try {
        LaporanKinerja lkj = n.json.readLaporan(Files.readAllBytes(n.dir.resolve(i + ".json")));
        return Audit.periksa(lkj).temuan().size();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).sum();
  }
}
