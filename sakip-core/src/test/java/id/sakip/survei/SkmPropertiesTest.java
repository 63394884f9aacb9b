package id.sakip.survei;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The SKM for any valid answers: bounds, order independence, the all-k identity, and the IKM
 * against an independent oracle written with {@link BigInteger} fractions only (no {@link Pecahan}
 * arithmetic).
 */
class SkmPropertiesTest {

  private static final KalkulatorSkm KELUARKAN =
      KalkulatorSkm.standar().withKebijakanJawabanKosong(KebijakanJawabanKosong.KELUARKAN);

  /** A survey and a weight policy that fits it. */
  record Kasus(SurveiSkm survei, BobotSkm bobot) {}

  // ---------------------------------------------------------------- generators

  private static Arbitrary<List<Unsur>> unsur() {
    return Arbitraries.integers().between(1, 14).map(k -> {
      List<Unsur> out = new ArrayList<>();
      for (int i = 1; i <= k; i++) {
        out.add(Unsur.of("U" + i, "Unsur " + i));
      }
      return out;
    });
  }

  /** Answers 1–4, about one in ten left blank, services from a small set or none. */
  private static Arbitrary<Responden> responden(List<Unsur> unsur) {
    Arbitrary<Integer> answer = Arbitraries.integers().between(0, 40).map(i -> i < 4 ? 0 : 1 + i % 4);
    Arbitrary<List<Integer>> answers = answer.list().ofSize(unsur.size());
    Arbitrary<String> layanan = Arbitraries.of("", "KTP", "KK", "Akta");
    return Combinators.combine(answers, layanan).as((a, l) -> {
      Map<String, Integer> jawaban = new LinkedHashMap<>();
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i) > 0) {
          jawaban.put(unsur.get(i).kode(), a.get(i));
        }
      }
      return l.isEmpty() ? Responden.of(jawaban) : Responden.of(l, jawaban);
    });
  }

  @Provide
  Arbitrary<SurveiSkm> survei() {
    return unsur().flatMap(u -> responden(u).list().ofMinSize(1).ofMaxSize(40)
        .map(r -> SurveiSkm.of(u, r)));
  }

  /** Exact 1/n weights or custom weights: both sum to 1. */
  @Provide
  Arbitrary<Kasus> totalSatu() {
    Arbitrary<Kasus> eksak = survei().map(s -> new Kasus(s, BobotSkm.SAMA_RATA));
    Arbitrary<Kasus> khusus = survei().flatMap(s -> Arbitraries.integers().between(1, 20)
        .list().ofSize(s.unsur().size())
        .map(parts -> new Kasus(s, BobotSkm.khusus(normalised(s.unsur(), parts)))));
    return Arbitraries.oneOf(eksak, khusus);
  }

  /** The printed 0,111 on the nine standard unsur. */
  @Provide
  Arbitrary<Kasus> tercetak() {
    return responden(ContohSkm.UNSUR).list().ofMinSize(1).ofMaxSize(40)
        .map(r -> new Kasus(SurveiSkm.of(ContohSkm.UNSUR, r), BobotSkm.tercetak(new BigDecimal("0.111"))));
  }

  @Provide
  Arbitrary<Kasus> kasus() {
    return Arbitraries.oneOf(totalSatu(), tercetak());
  }

  private static Map<String, Pecahan> normalised(List<Unsur> unsur, List<Integer> parts) {
    int sum = parts.stream().mapToInt(Integer::intValue).sum();
    Map<String, Pecahan> w = new LinkedHashMap<>();
    for (int i = 0; i < unsur.size(); i++) {
      w.put(unsur.get(i).kode(), Pecahan.of(parts.get(i), sum));
    }
    return w;
  }

  // ---------------------------------------------------------------- properties

  @Property
  void skm_with_weights_summing_to_1_lies_within_25_and_100(@ForAll("totalSatu") Kasus kasus) {
    Outcome<HasilSkm> unit = KELUARKAN.withBobot(kasus.bobot()).hitung(kasus.survei()).unit();
    Assume.that(unit.isComputable());
    Pecahan skm = unit.value().nilaiSkm();
    assertThat(skm).isBetween(Pecahan.of(25), Pecahan.of(100));
    assertThat(unit.value().mutu().isDalamPita()).isTrue();
  }

  @Property
  void skm_with_the_printed_0_111_lies_within_24_975_and_99_9(@ForAll("tercetak") Kasus kasus) {
    Outcome<HasilSkm> unit = KELUARKAN.withBobot(kasus.bobot()).hitung(kasus.survei()).unit();
    Assume.that(unit.isComputable());
    assertThat(unit.value().nilaiSkm())
        .isBetween(Pecahan.of(new BigDecimal("24.975")), Pecahan.of(new BigDecimal("99.9")));
  }

  @Property
  void permuting_respondents_changes_nothing(@ForAll("kasus") Kasus kasus, @ForAll long seed) {
    List<Responden> shuffled = new ArrayList<>(kasus.survei().responden());
    Collections.shuffle(shuffled, new Random(seed));
    KalkulatorSkm k = KELUARKAN.withBobot(kasus.bobot());
    HasilSurveiSkm before = k.hitung(kasus.survei());
    HasilSurveiSkm after = k.hitung(SurveiSkm.of(kasus.survei().unsur(), shuffled));
    assertThat(after.unit().toOptional()).isEqualTo(before.unit().toOptional());
    assertThat(after.perLayanan().keySet()).containsExactlyInAnyOrderElementsOf(before.perLayanan().keySet());
    before.perLayanan().forEach((l, h) ->
        assertThat(after.perLayanan().get(l).toOptional()).isEqualTo(h.toOptional()));
  }

  @Property
  void all_answers_k_give_exactly_25_k_with_exact_weights(
      @ForAll @IntRange(min = 1, max = 4) int k,
      @ForAll @IntRange(min = 1, max = 60) int n,
      @ForAll @IntRange(min = 1, max = 14) int jumlahUnsur) {
    List<Unsur> unsur = MetodeSkm.KEPMENPAN_25_2004.unsur().subList(0, jumlahUnsur);
    SurveiSkm survei = SurveiSkm.of(unsur, ContohSkm.semua(unsur, n, k));
    KalkulatorSkm kalkulator =
        KalkulatorSkm.of(MetodeSkm.KEPMENPAN_25_2004, BobotSkm.SAMA_RATA, KebijakanJawabanKosong.TOLAK);
    HasilSkm h = kalkulator.hitung(survei).unit().value();
    assertThat(h.nilaiSkm()).isEqualTo(Pecahan.of(25L * k));
    assertThat(h.ikm()).isEqualTo(Pecahan.of(k));
  }

  @Property
  void ikm_equals_an_independent_biginteger_oracle(@ForAll("kasus") Kasus kasus) {
    SurveiSkm s = kasus.survei();
    Outcome<HasilSkm> unit = KELUARKAN.withBobot(kasus.bobot()).hitung(s).unit();

    // Oracle: IKM = Σ_u w_u × S_u / n_u as num/den, by cross-multiplication only.
    BigInteger num = BigInteger.ZERO;
    BigInteger den = BigInteger.ONE;
    boolean computable = true;
    for (int u = 0; u < s.unsur().size(); u++) {
      String kode = s.unsur().get(u).kode();
      long total = 0;
      long count = 0;
      for (Responden r : s.responden()) {
        Integer a = r.jawaban().get(kode);
        if (a != null) {
          total += a;
          count++;
        }
      }
      if (count == 0) {
        computable = false;
        break;
      }
      BigInteger[] w = weight(kasus.bobot(), kode, s.unsur().size());
      BigInteger termNum = w[0].multiply(BigInteger.valueOf(total));
      BigInteger termDen = w[1].multiply(BigInteger.valueOf(count));
      num = num.multiply(termDen).add(termNum.multiply(den));
      den = den.multiply(termDen);
    }
    assertThat(unit.isComputable()).isEqualTo(computable);
    if (computable) {
      Pecahan ikm = unit.value().ikm();
      assertThat(ikm.numerator().multiply(den)).isEqualTo(num.multiply(ikm.denominator()));
      Pecahan skm = unit.value().nilaiSkm();
      assertThat(skm.numerator().multiply(den))
          .isEqualTo(num.multiply(BigInteger.valueOf(25)).multiply(skm.denominator()));
    }
  }

  @Property
  void every_computable_survey_has_a_band_under_every_weight_policy(@ForAll("kasus") Kasus kasus) {
    Outcome<HasilSkm> unit = KELUARKAN.withBobot(kasus.bobot()).hitung(kasus.survei()).unit();
    Assume.that(unit.isComputable());
    assertThat(unit.value().kodeMutu()).isPresent();
  }

  // ---------------------------------------------------------------- from published figures

  /** Complete answers, every respondent naming one of three services. */
  @Provide
  Arbitrary<SurveiSkm> lengkapBerlayanan() {
    return unsur().flatMap(u -> {
      Arbitrary<Responden> r = Combinators.combine(
              Arbitraries.integers().between(1, 4).list().ofSize(u.size()), Arbitraries.of("KTP", "KK", "Akta"))
          .as((a, l) -> Responden.lengkap(u, a.stream().mapToInt(Integer::intValue).toArray()).withLayanan(l));
      return r.list().ofMinSize(1).ofMaxSize(40).map(list -> SurveiSkm.of(u, list));
    });
  }

  @Property(tries = 300)
  void a_unit_from_its_services_nrr_equals_the_figure_from_all_answers(@ForAll("lengkapBerlayanan") SurveiSkm s) {
    // Each service's NRR straight from its answers (no calculator): total / respondents.
    List<NrrLayanan> layanan = new ArrayList<>();
    for (String l : s.layanan()) {
      List<Responden> rs = s.responden().stream().filter(r -> r.layanan().orElseThrow().equals(l)).toList();
      Map<String, Pecahan> nrr = new LinkedHashMap<>();
      for (Unsur u : s.unsur()) {
        nrr.put(u.kode(), Pecahan.of(rs.stream().mapToLong(r -> r.jawaban().get(u.kode())).sum(), rs.size()));
      }
      layanan.add(NrrLayanan.of(l, rs.size(), nrr));
    }
    HasilIkm unit = KalkulatorSkm.standar().gabungkanLayanan(s.unsur(), layanan).value();

    // Oracle: IKM = Σ_u (S_u / N) / n, from all answers, by cross-multiplication.
    BigInteger total = BigInteger.ZERO;
    for (Unsur u : s.unsur()) {
      total = total.add(BigInteger.valueOf(s.responden().stream().mapToLong(r -> r.jawaban().get(u.kode())).sum()));
    }
    BigInteger den = BigInteger.valueOf((long) s.responden().size() * s.unsur().size());
    assertThat(unit.ikm().numerator().multiply(den)).isEqualTo(total.multiply(unit.ikm().denominator()));

    HasilSkm dariJawaban = KalkulatorSkm.standar().hitung(s).unit().value();
    assertThat(unit.ikm()).isEqualTo(dariJawaban.ikm());
    assertThat(unit.nilaiSkm()).isEqualTo(dariJawaban.nilaiSkm());
    assertThat(unit.mutu()).isEqualTo(dariJawaban.mutu());
    assertThat(unit.unsur()).extracting(NrrUnsur::nrr).containsExactlyElementsOf(
        dariJawaban.unsur().stream().map(NilaiUnsur::nrr).toList());
  }

  @Property
  void ikm_from_printed_nrr_equals_the_sum_of_nrr_times_weight(
      @ForAll("nrrTercetak") List<Integer> seratusKali, @ForAll boolean bobotTercetak) {
    Map<String, Pecahan> nrr = new LinkedHashMap<>();
    for (int i = 0; i < ContohSkm.UNSUR.size(); i++) {
      nrr.put(ContohSkm.UNSUR.get(i).kode(), Pecahan.of(new BigDecimal(BigInteger.valueOf(seratusKali.get(i)), 2)));
    }
    KalkulatorSkm k = bobotTercetak
        ? KalkulatorSkm.standar().withBobot(BobotSkm.tercetak(new BigDecimal("0.111")))
        : KalkulatorSkm.standar();
    HasilIkm h = k.hitungDariNrr(nrr);

    // Oracle: Σ (a_i / 100) × w = (Σ a_i) × w / 100, with w = 111/1000 or 1/9.
    BigInteger sum = BigInteger.valueOf(seratusKali.stream().mapToLong(Integer::longValue).sum());
    BigInteger num = bobotTercetak ? sum.multiply(BigInteger.valueOf(111)) : sum;
    BigInteger den = bobotTercetak ? BigInteger.valueOf(100_000) : BigInteger.valueOf(900);
    assertThat(h.ikm().numerator().multiply(den)).isEqualTo(num.multiply(h.ikm().denominator()));
    assertThat(h.nilaiSkm().numerator().multiply(den))
        .isEqualTo(num.multiply(BigInteger.valueOf(25)).multiply(h.nilaiSkm().denominator()));
    assertThat(h.kodeMutu()).isPresent();
  }

  @Provide
  Arbitrary<List<Integer>> nrrTercetak() {
    return Arbitraries.integers().between(100, 400).list().ofSize(ContohSkm.UNSUR.size());
  }

  /** The weight of an unsur as {numerator, denominator}, read from the policy's definition. */
  private static BigInteger[] weight(BobotSkm bobot, String kode, int n) {
    if (bobot instanceof BobotSkm.Tercetak t) {
      BigDecimal b = t.bobot();
      return new BigInteger[] {b.unscaledValue(), BigInteger.TEN.pow(b.scale())};
    }
    if (bobot instanceof BobotSkm.Khusus k) {
      Pecahan w = k.bobot().get(kode);
      return new BigInteger[] {w.numerator(), w.denominator()};
    }
    return new BigInteger[] {BigInteger.ONE, BigInteger.valueOf(n)};
  }
}
