package id.sakip.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.sakip.json.JsonMutations.HugeMutation;
import id.sakip.json.JsonMutations.Mutation;
import id.sakip.laporan.LaporanKinerja;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Mutations of valid documents (the golden {@code lkj-kecil.json} and generated ones) read with
 * {@link SakipJson#standar()}: each ends in a valid object or in a {@link SakipJsonException},
 * never in another exception or an {@link OutOfMemoryError}, and promptly (no input stalls the reader). A valid object
 * is also written and read back equal.
 *
 * <p>Cheap mutations (a member removed or misspelt, a value of another type, a duplicated key, odd
 * numbers, nesting around the depth bound, random bytes spliced in, truncation) run 9 000 times;
 * huge parts (numbers of 10^6 digits, nesting 10^5 deep, strings of 10^5 to 10^7 characters) 1 200
 * times, built once and reused.
 */
class JsonFuzzTest {

  private static final SakipJson JSON = SakipJson.standar();
  /**
   * What "promptly" means: ten times the slowest read seen on a loaded 2-core machine (about 1,5 s for
   * 50 names of 50 000 characters), far below what a quadratic path takes on these inputs (minutes).
   * It guards against a stall, not for speed; speed is measured by the JMH benchmarks.
   */
  private static final long PROMPTLY = 15_000_000_000L;
  private static volatile List<String> documents;
  /** The mutation engine, shared with sakip-jackson3's fuzz test. */
  private static volatile JsonMutations mutations;
  private static ExecutorService reader = newReader();

  // ------------------------------------------------------------------ the mutations (JsonMutations)

  @Property(tries = 9_000)
  void a_mutated_document_gives_an_object_or_a_sakip_json_exception_promptly(
      @ForAll("document") int document, @ForAll Mutation mutation, @ForAll long seed) {
    Random random = new Random(seed);
    Statistics.label("mutation").collect(mutation);
    documents();
    JsonMutations.Mutant mutant = mutations.mutate(document, mutation, random);
    Input input = mutant.text() != null ? Input.of(random, mutant.text()) : Input.bytes(mutant.bytes());
    readsPromptly(input);
  }

  @Property(tries = 1_200)
  void a_document_with_a_huge_part_gives_an_object_or_a_sakip_json_exception_promptly(
      @ForAll("document") int document, @ForAll("huge") HugeMutation mutation, @ForAll long seed) {
    Random random = new Random(seed);
    Statistics.label("huge mutation").collect(mutation);
    documents();
    readsPromptly(Input.of(random, mutations.withHugePart(document, mutation, random)));
  }

  @Provide
  Arbitrary<Integer> document() {
    List<String> all = documents();
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0)), Tuple.of(2, Arbitraries.integers().between(1, all.size() - 1)));
  }

  @Provide
  Arbitrary<HugeMutation> huge() {
    return Arbitraries.frequency(
        Tuple.of(25, HugeMutation.NUMBER_OF_A_MILLION_DIGITS),
        Tuple.of(25, HugeMutation.NESTING_100_000_DEEP),
        Tuple.of(30, HugeMutation.STRING_AROUND_THE_BOUND),
        Tuple.of(15, HugeMutation.STRING_OF_A_MILLION),
        Tuple.of(5, HugeMutation.STRING_OF_TEN_MILLION));
  }

  // ------------------------------------------------------------------ the bugs this test found

  @Example
  void an_exponent_beyond_an_int_is_a_problem_not_a_number_format_exception() throws IOException {
    String doc = golden().replace("\"tahun\": 2022,\n  \"renstra\"", "\"tahun\": 1e9999999999,\n  \"renstra\"");
    assertThat(catchThrowable(() -> JSON.readLaporan(doc)))
        .isInstanceOf(SakipJsonException.class).hasMessageContaining("$.tahun").hasMessageContaining("1e9999999999");
  }

  @Example
  void a_number_whose_exponent_stands_for_a_billion_digits_is_refused_at_once() throws IOException {
    for (String number : List.of("1e999999999", "1e-999999999")) {
      String doc = golden().replace("\"pagu\": 734195800.00,\n        \"anak\"", "\"pagu\": " + number + ",\n        \"anak\"");
      Input input = Input.text(doc);
      readsPromptly(input);
      assertThat(catchThrowable(() -> JSON.readLaporan(doc)))
          .isInstanceOf(SakipJsonException.class)
          .hasMessageContaining("$.rkt.anggaran[0].pagu")
          .hasMessageContaining("InputLimits.maxNumberLength");
    }
    // a target used to keep such a number, and writing it back failed
    String target = golden().replace("\"targetAkhir\": 100", "\"targetAkhir\": 1e999999999");
    assertThat(catchThrowable(() -> JSON.readLaporan(target))).isInstanceOf(SakipJsonException.class)
        .hasMessageContaining("$.renstra.tujuan[0].sasaran[0].indikator[0].targetAkhir");
  }

  @Example
  void bytes_that_are_no_utf_32_text_are_a_problem_not_an_unchecked_io_exception() {
    byte[] doc = {0, 0, 0, '{', (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};
    assertThat(catchThrowable(() -> JSON.read(doc, LaporanKinerja.class)))
        .isInstanceOf(SakipJsonException.class).hasMessageContaining("$: (unreadable): not valid JSON text");
    assertThat(catchThrowable(() -> JSON.readLaporan(new ByteArrayInputStream(doc))))
        .isInstanceOf(SakipJsonException.class);
  }

  @Example
  void a_long_target_string_is_refused_at_once() throws IOException {
    // TargetParser's range pattern took time quadratic in a run of spaces (30 000 took over 10 s); the bound stays
    String doc = golden().replace("\"targetAkhir\": 100", "\"targetAkhir\": \"1" + " ".repeat(30_000) + "x\"");
    readsPromptly(Input.text(doc));
    assertThat(catchThrowable(() -> JSON.readLaporan(doc))).isInstanceOf(SakipJsonException.class)
        .hasMessageContaining("a number or target written as a string has at most 200 characters");
  }

  @Example
  void long_misspelt_names_are_reported_promptly() {
    // the "did you mean" search compared each name with every known one, character by character
    StringBuilder doc = new StringBuilder("{");
    for (int i = 0; i < 50; i++) {
      doc.append('"').append(i).append("a".repeat(49_990)).append("\": 1, ");
    }
    doc.append("\"format\": \"sakip-lkj/1\"}");
    readsPromptly(Input.text(doc.toString()));
  }

  @Example
  void a_long_amount_string_is_refused_before_it_is_parsed() throws IOException {
    // 100 000 digits as a Rupiah string took about a second: parsing them, then printing them in the message
    String doc = golden().replace("\"pagu\": 734195800.00,\n        \"anak\"",
        "\"pagu\": \"" + "1234567890".repeat(10_000) + "\",\n        \"anak\"");
    readsPromptly(Input.text(doc));
    assertThat(catchThrowable(() -> JSON.readLaporan(doc))).isInstanceOf(SakipJsonException.class)
        .hasMessageContaining("$.rkt.anggaran[0].pagu")
        .hasMessageContaining("a number or target written as a string has at most 200 characters");
  }

  @Example
  void long_printed_figures_are_refused_before_they_are_parsed() {
    // printed figures (tercetak) had no length bound: 81 figures of 99 990 digits, within 8 MiB, took 17 s
    String figure = "\"" + "1234567890".repeat(9_999) + "\"";
    StringBuilder doc = new StringBuilder("{\"format\": \"sakip-lkj/1\", \"instansi\": \"X\", \"tahun\": 2022,"
        + " \"tercetak\": {\"capaian\": [");
    for (int i = 0; i < 27; i++) {
      doc.append(i == 0 ? "" : ", ").append("{\"tempat\": \"Tabel 1.1\", \"indikator\": \"I\", \"tahun\": 2022, \"target\": ")
          .append(figure).append(", \"realisasi\": ").append(figure).append(", \"capaian\": ").append(figure).append('}');
    }
    doc.append("]}}");
    readsPromptly(Input.text(doc.toString()));
    assertThat(catchThrowable(() -> JSON.readLaporan(doc.toString()))).isInstanceOf(SakipJsonException.class)
        .hasMessageContaining("$.tercetak.capaian[26].capaian")
        .hasMessageContaining("a number or target written as a string has at most 200 characters");
    // a figure of 200 characters is still read
    String ok = "\"" + "1".repeat(196) + " %\"";
    assertThat(JSON.read(ok, id.sakip.angka.AngkaTercetak.class).isPersen()).isTrue();
  }

  @Example
  void a_number_read_from_a_string_can_be_written_back_and_read_again() throws IOException {
    // a target string of 200 digits was read, then written as a 200-digit number the reader refuses
    String digits = "1234567890".repeat(20);
    String doc = golden().replace("\"targetAkhir\": 100", "\"targetAkhir\": \"" + digits + "\"");
    assertThat(catchThrowable(() -> JSON.readLaporan(doc))).isInstanceOf(SakipJsonException.class)
        .hasMessageContaining("$.renstra.tujuan[0].sasaran[0].indikator[0].targetAkhir")
        .hasMessageContaining("InputLimits.maxNumberLength");
    // likewise a terminating fraction, written back as a decimal of 190 places
    String fraction = "\"1/" + java.math.BigInteger.TWO.pow(190) + "\"";
    assertThat(catchThrowable(() -> JSON.read(fraction, id.sakip.angka.Persentase.class)))
        .isInstanceOf(SakipJsonException.class).hasMessageContaining("InputLimits.maxNumberLength");
    assertThat(JSON.read("\"1/3\"", id.sakip.angka.Persentase.class))
        .isEqualTo(id.sakip.angka.Persentase.ofFraction(java.math.BigInteger.ONE, java.math.BigInteger.valueOf(3)));
  }

  @Example
  void an_object_may_hold_no_more_members_than_an_array_elements() {
    SakipJson json = JSON.withLimits(InputLimits.DEFAULT.withMaxArrayLength(3));
    String doc = "{\"format\": \"sakip-lkj/1\", \"instansi\": \"X\", \"tahun\": 2022, \"realisasiIku\": []}";
    assertThat(catchThrowable(() -> json.readLaporan(doc))).isInstanceOf(SakipJsonException.class)
        .hasMessageContaining("$: object of 4 members: an object may hold at most 3 members (InputLimits.maxArrayLength)");
  }

  // ------------------------------------------------------------------ reading, bounded

  /** One way into the reader: text, bytes or a stream. */
  private record Input(String text, byte[] bytes, boolean stream) {

    static Input text(String text) {
      return new Input(text, null, false);
    }

    static Input bytes(byte[] bytes) {
      return new Input(null, bytes, false);
    }

    static Input of(Random random, String doc) {
      return switch (random.nextInt(4)) {
        case 0 -> bytes(doc.getBytes(UTF_8));
        case 1 -> new Input(null, doc.getBytes(UTF_8), true);
        default -> text(doc);
      };
    }

    LaporanKinerja read() {
      if (text != null) {
        return JSON.readLaporan(text);
      }
      return stream ? JSON.readLaporan(new ByteArrayInputStream(bytes)) : JSON.read(bytes, LaporanKinerja.class);
    }
  }

  /**
   * Reads {@code input}: a valid object (which then round-trips) or a {@link SakipJsonException},
   * without stalling ({@link #PROMPTLY}). Anything else thrown, an {@link OutOfMemoryError} included, fails the try.
   */
  private static void readsPromptly(Input input) {
    Outcome outcome = bounded(() -> {
      long start = System.nanoTime();
      try {
        LaporanKinerja read = input.read();
        return new Outcome(System.nanoTime() - start, read, null);
      } catch (SakipJsonException e) {
        return new Outcome(System.nanoTime() - start, null, e);
      }
    });
    assertThat(outcome.nanos()).as("nanoseconds to read the document").isLessThan(PROMPTLY);
    long ms = outcome.nanos() / 1_000_000;
    Statistics.label("read time").collect(ms < 10 ? "< 10 ms" : ms < 100 ? "10–100 ms" : "100 ms – 1 s");
    if (outcome.refused() != null) {
      assertThat(outcome.refused().problems()).isNotEmpty()
          .allSatisfy(p -> assertThat(p.path()).startsWith("$"));
      Statistics.label("outcome").collect("SakipJsonException");
    } else {
      assertThat(outcome.read()).isNotNull();
      assertThat(JSON.readLaporan(JSON.writeLaporan(outcome.read()))).isEqualTo(outcome.read());
      Statistics.label("outcome").collect("valid object");
    }
  }

  private record Outcome(long nanos, LaporanKinerja read, SakipJsonException refused) {}

  /** Runs {@code task} on a reader thread, giving up after 30 s (a hang would otherwise stall the build). */
  private static Outcome bounded(Supplier<Outcome> task) {
    Future<Outcome> f = reader.submit(task::get);
    try {
      return f.get(30, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      reader = newReader(); // the old thread may never come back
      throw new AssertionError("reading the document took over 30 s", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static ExecutorService newReader() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz-reader");
      t.setDaemon(true);
      return t;
    });
  }

  @AfterContainer
  static void stopReader() {
    reader.shutdownNow();
  }

  // ------------------------------------------------------------------ the documents

  static String golden() throws IOException {
    return GoldenDocumentTest.golden();
  }

  /** The golden document, then twelve generated ones (fixed seeds), as written by SakipJson. */
  private static List<String> documents() {
    if (documents == null) {
      synchronized (JsonFuzzTest.class) {
        if (documents == null) {
          try {
            List<String> docs = new ArrayList<>();
            docs.add(golden());
            var generator = id.sakip.jqwik.SakipArbitraries.laporanKinerja().generator(1_000);
            for (int seed = 1; seed <= 12; seed++) {
              docs.add(JSON.writeLaporan(generator.next(new Random(seed)).value()));
            }
            mutations = new JsonMutations(docs);
            documents = List.copyOf(docs);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return documents;
  }
}
