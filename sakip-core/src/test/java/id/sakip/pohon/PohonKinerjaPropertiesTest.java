package id.sakip.pohon;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import id.sakip.kinerja.IdIndikator;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.Target;
import id.sakip.kinerja.komposit.NormalisasiBobot;
import id.sakip.kinerja.komposit.RumusKomposit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The roll-up against an independent oracle: each supporter's capaian and the weighted sums are
 * kept as {@link BigInteger} numerator and denominator over the unscaled two-decimal values, added
 * by cross multiplication; the tree's roll-up must equal it exactly.
 */
class PohonKinerjaPropertiesTest {

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  /** One supporter: polarity, target and realisasi with two decimals (target above 0), integer weight. */
  record Gen(Polaritas polaritas, BigDecimal target, BigDecimal realisasi, int bobot) {

    /** {num, den} of R/T × 100 (positive) or (2T − R)/T × 100 (negative, the LAN form). */
    BigInteger[] capaian() {
      BigInteger t = target.unscaledValue();
      BigInteger r = realisasi.unscaledValue();
      BigInteger num = polaritas == Polaritas.POSITIF ? r : t.shiftLeft(1).subtract(r);
      return new BigInteger[] {num.multiply(HUNDRED), t};
    }
  }

  @Provide
  Arbitrary<List<Gen>> supporters() {
    Arbitrary<BigDecimal> target = Arbitraries.longs().between(1, 10_000_000).map(v -> BigDecimal.valueOf(v, 2));
    Arbitrary<BigDecimal> realisasi = Arbitraries.longs().between(0, 10_000_000).map(v -> BigDecimal.valueOf(v, 2));
    return Combinators.combine(Arbitraries.of(Polaritas.POSITIF, Polaritas.NEGATIF), target, realisasi,
            Arbitraries.integers().between(1, 9))
        .as(Gen::new).list().ofMinSize(1).ofMaxSize(12);
  }

  private static PohonKinerja pohon(List<Gen> gens, boolean onePolarity) {
    IdIndikator induk = IdIndikator.of("kegiatan");
    List<IndikatorPohon> list = new ArrayList<>();
    for (int i = 0; i < gens.size(); i++) {
      Gen g = gens.get(i);
      Indikator ind = Indikator.builder().nama("Keluaran " + i).satuan(Satuan.of("Dokumen"))
          .polaritas(onePolarity ? Polaritas.POSITIF : g.polaritas()).build();
      list.add(IndikatorPohon.builder().id(IdIndikator.of("k" + i)).indikator(ind).target(Target.angka(g.target()))
          .realisasi(g.realisasi()).bobot(Pecahan.of(g.bobot())).mendukung(induk).build());
    }
    NodePohon sub = NodePohon.builder().tingkat(TingkatPohon.SUB_KEGIATAN).nama("Sub")
        .kode(KodeNomenklatur.parse("7.01.02.2.03.01")).addAllIndikator(list).build();
    NodePohon kegiatan = NodePohon.builder().tingkat(TingkatPohon.KEGIATAN).nama("Kegiatan")
        .kode(KodeNomenklatur.parse("7.01.02.2.03"))
        .addIndikator(IndikatorPohon.builder().id(induk).indikator(Contoh.indikator("Kegiatan", "%")).build())
        .addAnak(sub).build();
    return PohonKinerja.of(List.of(kegiatan));
  }

  private static void assertEqualsOracle(Persentase actual, BigInteger num, BigInteger den) {
    assertThat(actual.numerator().multiply(den)).isEqualTo(num.multiply(actual.denominator()));
  }

  @Property(tries = 300)
  void weighted_roll_up_equals_the_weighted_mean_of_the_supporters_capaian(@ForAll("supporters") List<Gen> gens) {
    BigInteger num = BigInteger.ZERO;
    BigInteger den = BigInteger.ONE;
    BigInteger totalWeight = BigInteger.ZERO;
    for (Gen g : gens) {
      BigInteger[] c = g.capaian();
      BigInteger w = BigInteger.valueOf(g.bobot());
      num = num.multiply(c[1]).add(c[0].multiply(w).multiply(den));
      den = den.multiply(c[1]);
      totalWeight = totalWeight.add(w);
    }
    Persentase actual = pohon(gens, false).rekap(IdIndikator.of("kegiatan"), RumusKomposit.RATA_RATA_TERTIMBANG,
        NormalisasiBobot.BAGI_JUMLAH, KalkulatorCapaian.standar()).capaian().value();
    assertEqualsOracle(actual, num, den.multiply(totalWeight));
  }

  @Property(tries = 300)
  void ratio_roll_up_equals_the_sum_of_realisasi_over_the_sum_of_targets(@ForAll("supporters") List<Gen> gens) {
    BigInteger sumR = BigInteger.ZERO;
    BigInteger sumT = BigInteger.ZERO;
    for (Gen g : gens) {
      sumR = sumR.add(g.realisasi().unscaledValue());
      sumT = sumT.add(g.target().unscaledValue());
    }
    Persentase actual = pohon(gens, true).rekap(IdIndikator.of("kegiatan"), RumusKomposit.RASIO_JUMLAH,
        NormalisasiBobot.BAGI_JUMLAH, KalkulatorCapaian.standar()).capaian().value();
    assertEqualsOracle(actual, sumR.multiply(HUNDRED), sumT);
  }

  @Property(tries = 100)
  void equal_weights_are_the_plain_mean_only_because_they_are_named_equal(@ForAll("supporters") List<Gen> gens) {
    List<Gen> equal = gens.stream().map(g -> new Gen(g.polaritas(), g.target(), g.realisasi(), 1)).toList();
    BigInteger num = BigInteger.ZERO;
    BigInteger den = BigInteger.ONE;
    for (Gen g : equal) {
      BigInteger[] c = g.capaian();
      num = num.multiply(c[1]).add(c[0].multiply(den));
      den = den.multiply(c[1]);
    }
    Persentase actual = pohon(equal, false).rekap(IdIndikator.of("kegiatan"), RumusKomposit.RATA_RATA_TERTIMBANG,
        NormalisasiBobot.BAGI_JUMLAH, KalkulatorCapaian.standar()).capaian().value();
    assertEqualsOracle(actual, num, den.multiply(BigInteger.valueOf(equal.size())));
  }
}
