package id.sakip.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Pecahan;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any complete worksheet scores 0–100 and gets a grade; the readings differ only on a boundary;
 * numeric scores against an oracle of {@link BigInteger} fractions.
 */
class LkePropertiesTest {

  @Provide
  Arbitrary<LembarKerjaEvaluasi> lengkap() {
    Arbitrary<MetodeLke> metode = Arbitraries.of(MetodeLke.PERMENPAN_RB_88_2021, MetodeLke.PERMENPAN_RB_12_2015);
    return metode.flatMap(m -> Arbitraries.of(JawabanLke.class).list().ofMinSize(1).ofMaxSize(12)
        .list().ofSize(m.kodeSubKomponen().size())
        .map(answers -> {
          LembarKerjaEvaluasi lke = LembarKerjaEvaluasi.of(m);
          List<String> kode = m.kodeSubKomponen();
          for (int i = 0; i < kode.size(); i++) {
            lke = lke.with(kode.get(i), answers.get(i).toArray(JawabanLke[]::new));
          }
          return lke;
        }));
  }

  @Property
  void a_complete_worksheet_totals_0_to_100_and_has_a_grade(@ForAll("lengkap") LembarKerjaEvaluasi lke) {
    HasilLke h = KalkulatorLke.standar().hitung(lke);
    Pecahan total = h.total().value();
    assertThat(total).isBetween(Pecahan.ZERO, Pecahan.of(100));
    Pecahan sum = h.komponen().stream().map(k -> k.nilai().value()).reduce(Pecahan.ZERO, Pecahan::plus);
    assertThat(sum).isEqualTo(total);
    assertThat(h.predikat().isComputable()).isTrue();
  }

  @Property
  void the_two_readings_differ_only_on_a_boundary(@ForAll("lengkap") LembarKerjaEvaluasi lke) {
    HasilLke bawah = KalkulatorLke.of(PembacaanBatas.BATAS_KE_PITA_BAWAH).hitung(lke);
    HasilLke atas = KalkulatorLke.of(PembacaanBatas.BATAS_KE_PITA_ATAS).hitung(lke);
    Pecahan total = bawah.total().value();
    boolean onBoundary = List.of(30, 50, 60, 70, 80, 90).stream().anyMatch(b -> total.equals(Pecahan.of(b)));
    assertThat(bawah.predikat().equals(atas.predikat())).isEqualTo(!onBoundary);
  }

  /** A sub-component's numeric scores: nilai and nilai maksimal as unscaled values at scale 2. */
  record Skor(long nilai, long maksimal) {
    NilaiKriteria kriteria() {
      return NilaiKriteria.of(BigDecimal.valueOf(nilai, 2), BigDecimal.valueOf(maksimal, 2));
    }
  }

  @Provide
  Arbitrary<List<List<Skor>>> skor() {
    Arbitrary<Skor> one = Arbitraries.longs().between(1, 100_000)
        .flatMap(m -> Arbitraries.longs().between(0, m).map(n -> new Skor(n, m)));
    return one.list().ofMinSize(1).ofMaxSize(5).list().ofSize(MetodeLke.PERMENPAN_RB_88_2021.kodeSubKomponen().size());
  }

  @Property(tries = 300)
  void numeric_scores_total_the_mean_of_nilai_over_maksimal_times_each_weight(@ForAll("skor") List<List<Skor>> skor) {
    MetodeLke metode = MetodeLke.PERMENPAN_RB_88_2021;
    LembarKerjaEvaluasi lke = LembarKerjaEvaluasi.of(metode);
    List<String> kode = metode.kodeSubKomponen();
    for (int i = 0; i < kode.size(); i++) {
      lke = lke.withNilai(kode.get(i), skor.get(i).stream().map(Skor::kriteria).toArray(NilaiKriteria[]::new));
    }

    // Oracle: Σ_s bobot_s × (Σ_i n_i / m_i) / k_s, as num / den by cross-multiplication (scale-2 units cancel).
    BigInteger num = BigInteger.ZERO;
    BigInteger den = BigInteger.ONE;
    List<SubKomponenLke> subs = new ArrayList<>();
    metode.komponen().forEach(k -> subs.addAll(k.subKomponen()));
    for (int i = 0; i < subs.size(); i++) {
      BigInteger sNum = BigInteger.ZERO;
      BigInteger sDen = BigInteger.ONE;
      for (Skor x : skor.get(i)) {
        BigInteger m = BigInteger.valueOf(x.maksimal());
        sNum = sNum.multiply(m).add(BigInteger.valueOf(x.nilai()).multiply(sDen));
        sDen = sDen.multiply(m);
      }
      BigDecimal bobot = subs.get(i).bobot();
      BigInteger tNum = sNum.multiply(bobot.unscaledValue());
      BigInteger tDen = sDen.multiply(BigInteger.valueOf(skor.get(i).size())).multiply(BigInteger.TEN.pow(bobot.scale()));
      num = num.multiply(tDen).add(tNum.multiply(den));
      den = den.multiply(tDen);
    }

    Pecahan total = KalkulatorLke.standar().hitung(lke).total().value();
    assertThat(total.numerator().multiply(den)).isEqualTo(num.multiply(total.denominator()));
    assertThat(total).isBetween(Pecahan.ZERO, Pecahan.of(100));
  }

  @Property
  void a_single_score_counts_as_an_answer_of_the_same_value(
      @ForAll("lengkap") LembarKerjaEvaluasi lke, @ForAll("ganti") int which, @ForAll JawabanLke jawaban) {
    String kode = lke.metode().kodeSubKomponen().get(which % lke.metode().kodeSubKomponen().size());
    BigDecimal empat = BigDecimal.valueOf(4);
    LembarKerjaEvaluasi huruf = lke.with(kode, jawaban);
    LembarKerjaEvaluasi angka = lke.withNilai(kode, NilaiKriteria.of(jawaban.nilai().multiply(empat), empat));
    assertThat(KalkulatorLke.standar().hitung(angka).total()).isEqualTo(KalkulatorLke.standar().hitung(huruf).total());
  }

  @Provide
  Arbitrary<Integer> ganti() {
    return Arbitraries.integers().between(0, 1000);
  }
}
