package id.sakip.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.json.JsonMutations;
import id.sakip.json.JsonMutations.HugeMutation;
import id.sakip.json.JsonMutations.Mutation;
import id.sakip.json.SakipJson;
import id.sakip.json.SakipJsonException;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.Target;
import id.sakip.laporan.LaporanKinerja;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mutations ({@link JsonMutations}, the engine of sakip-json's {@code JsonFuzzTest}) of valid
 * documents read by a {@code JsonMapper} that found {@link SakipJacksonModule}: each reads (and
 * then writes and reads back equal) or fails with a Jackson 3 {@link JacksonException}, never
 * with another exception or error (no NullPointerException, IllegalStateException,
 * ClassCastException, StackOverflowError).
 *
 * <p>Two kinds of document are mutated: whole reports ({@code lkj-kecil.json} and the valid
 * examples of the format, read as {@link LaporanKinerja}) and a caller's own record holding model
 * values (amounts, percentages, fractions, targets, an outcome, a budget tree, an indicator), so
 * that the values are read in the mapper's own contexts too.
 */
class Jackson3FuzzTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
  private static final int MUTATIONS = 10_000;
  private static final int HUGE_MUTATIONS = 50;

  /** A caller's record holding a value of most bound types. */
  public record Bestek(String nama, Rupiah pagu, Optional<Persentase> serapan, List<Target> target,
      Outcome<Persentase> capaian, List<NodeAnggaran> anggaran, PohonAnggaran pohon, Indikator indikator,
      Map<String, Pecahan> bobot, KodeNomenklatur kode) {}

  static Bestek bestek() {
    NodeAnggaran program = NodeAnggaran.builder("7.01.02", "Program Penyelenggaraan Pemerintahan")
        .anak(NodeAnggaran.of("7.01.02.2.01", "Koordinasi Kegiatan Pemerintahan", Rupiah.of(718_100_000),
                Rupiah.ofSen(71_000_000_050L)),
            NodeAnggaran.builder("7.01.02.2.03", "Urusan yang Dilimpahkan kepada Camat")
                .anak(NodeAnggaran.of("7.01.02.2.03.01", "Urusan terkait kewenangan lain", Rupiah.of(7_682_800)))
                .build())
        .build();
    Map<String, Pecahan> bobot = new TreeMap<>();
    bobot.put("a", Pecahan.of(2, 3));
    bobot.put("b", Pecahan.of(new BigDecimal("0.125")));
    return new Bestek("Program", Rupiah.of(734_195_800), Optional.of(Persentase.ofFraction(BigInteger.ONE,
        BigInteger.valueOf(3))), List.of(Target.angka(85), Target.rentang(new BigDecimal("80"), new BigDecimal("90.5"))),
        Persentase.ratio(Rupiah.of(2_691_204_248L), Rupiah.of(2_910_568_737L)), List.of(program), PohonAnggaran.of(program),
        Indikator.builder().nama("Survey Kepuasan Masyarakat").satuan(Satuan.INDEKS).polaritas(Polaritas.POSITIF).build(),
        bobot, KodeNomenklatur.parse("7.01.02"));
  }

  /** One kind of document: the documents and the type they are read as. */
  private record Kind(String name, JsonMutations engine, Class<?> type) {}

  private static List<Kind> kinds() {
    List<Kind> kinds = new ArrayList<>();
    kinds.add(new Kind("record", new JsonMutations(List.of(MAPPER.writeValueAsString(bestek()))), Bestek.class));
    if (SakipJson.isBound(LaporanKinerja.class)) { // bound once sakip-json has converted every shape
      kinds.add(new Kind("laporan", new JsonMutations(JsonMutations.bundledDocuments()), LaporanKinerja.class));
    }
    return kinds;
  }

  /** What the tries ended in, for the assertions at the end. */
  private static final class Tally {
    int read;
    int refused;
    int refusedBySakip;
    final List<String> wrong = new ArrayList<>();
  }

  @Test
  void the_documents_mutated_are_valid_and_read_back_equal() {
    Bestek b = bestek();
    String written = MAPPER.writeValueAsString(b);
    assertThat(MAPPER.readValue(written, Bestek.class)).isEqualTo(b);
    assertThat(written).contains("\"pagu\":734195800.00").contains("\"serapan\":\"1/3\"");
  }

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void a_mutated_document_reads_or_fails_with_a_jackson_exception() {
    List<Kind> kinds = kinds();
    Tally tally = new Tally();
    long base = 20_260_101L;
    for (int i = 0; i < MUTATIONS; i++) {
      long seed = base + i;
      Random random = new Random(seed);
      Kind kind = JsonMutations.pick(random, kinds);
      int document = random.nextInt(kind.engine().size());
      Mutation mutation = JsonMutations.pick(random, List.of(Mutation.values()));
      JsonMutations.Mutant mutant = kind.engine().mutate(document, mutation, random);
      readOne(kind, mutant.text() != null ? mutant.text() : null, mutant.utf8(), random, tally,
          kind.name() + " " + mutation + " seed " + seed);
    }
    for (int i = 0; i < HUGE_MUTATIONS; i++) {
      long seed = base - 1 - i;
      Random random = new Random(seed);
      Kind kind = JsonMutations.pick(random, kinds);
      int document = random.nextInt(kind.engine().size());
      HugeMutation mutation = JsonMutations.pick(random, List.of(HugeMutation.values()));
      String text = kind.engine().withHugePart(document, mutation, random);
      readOne(kind, text, null, random, tally, kind.name() + " " + mutation + " seed " + seed);
    }
    assertThat(tally.wrong).as("tries that ended in neither a value nor a Jackson exception").isEmpty();
    assertThat(tally.read + tally.refused).isEqualTo(MUTATIONS + HUGE_MUTATIONS);
    assertThat(tally.read).as("mutations that still read").isPositive();
    assertThat(tally.refusedBySakip).as("refusals that carry our problems").isPositive();
    assertThat(tally.refused - tally.refusedBySakip).as("refusals of the parser or mapper").isPositive();
  }

  private static void readOne(Kind kind, String text, byte[] bytes, Random random, Tally tally, String what) {
    try {
      Object value;
      if (text != null && (bytes == null || random.nextBoolean())) {
        value = MAPPER.readValue(text, kind.type());
      } else {
        byte[] in = bytes != null ? bytes : text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        value = random.nextBoolean() ? MAPPER.readValue(in, kind.type())
            : MAPPER.readValue(new ByteArrayInputStream(in), kind.type());
      }
      if (value != null) {
        String written = MAPPER.writeValueAsString(value);
        Object again = MAPPER.readValue(written, kind.type());
        if (!value.equals(again)) {
          tally.wrong.add(what + ": read back unequal");
          return;
        }
      }
      tally.read++;
    } catch (JacksonException e) {
      tally.refused++;
      SakipJsonException ours = sakipCause(e);
      if (ours != null) {
        tally.refusedBySakip++;
        if (ours.problems().isEmpty() || !ours.problems().stream().allMatch(p -> p.path().startsWith("$"))) {
          tally.wrong.add(what + ": problems without a JSON path " + ours.problems());
        }
      }
    } catch (Throwable t) { // an Error too: StackOverflowError, OutOfMemoryError
      tally.wrong.add(what + ": " + t);
    }
  }

  private static SakipJsonException sakipCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SakipJsonException s) {
        return s;
      }
    }
    return null;
  }
}
