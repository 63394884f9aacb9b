package id.sakip.kinerja.komposit;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import id.sakip.kinerja.BatasCapaian;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.Target;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Composite rules against an independent oracle: every capaian and every weighted sum is kept as a
 * {@link BigInteger} numerator and denominator over the unscaled values, added by cross
 * multiplication; the library's result must equal it exactly.
 */
class KompositPropertiesTest {

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);
  private static final int SCALE = 2;

  /** One generated component: polarity, target and realisasi with two decimals (target > 0), integer weight. */
  record Gen(Polaritas polaritas, BigDecimal target, BigDecimal realisasi, int bobot) {

    /** The capaian as an oracle fraction {num, den}: (R or 2T − R) × 100 / T over the unscaled values. */
    BigInteger[] capaian() {
      BigInteger t = target.unscaledValue();
      BigInteger r = realisasi.unscaledValue();
      BigInteger num = polaritas == Polaritas.POSITIF ? r : t.shiftLeft(1).subtract(r);
      return new BigInteger[] {num.multiply(HUNDRED), t};
    }
  }

  private static List<Komponen> komponen(List<Gen> gens, Satuan satuan) {
    List<Komponen> list = new ArrayList<>();
    for (int i = 0; i < gens.size(); i++) {
      Gen g = gens.get(i);
      Indikator ind = Indikator.builder().nama("K" + i).satuan(satuan).polaritas(g.polaritas()).build();
      list.add(Komponen.of(ind, Target.angka(g.target()), g.realisasi(), Pecahan.of(g.bobot())));
    }
    return list;
  }

  private static BigInteger[] add(BigInteger[] a, BigInteger[] b) {
    return new BigInteger[] {a[0].multiply(b[1]).add(b[0].multiply(a[1])), a[1].multiply(b[1])};
  }

  private static void assertEqualsOracle(Persentase actual, BigInteger[] oracle) {
    assertThat(actual.numerator().multiply(oracle[1])).isEqualTo(oracle[0].multiply(actual.denominator()));
  }

  /** Σ wᵢ × cᵢ / Σw, with cᵢ capped at {@code cap} (percent) when {@code cap} is not null. */
  private static BigInteger[] weightedMean(List<Gen> gens, BigInteger cap) {
    BigInteger[] sum = {BigInteger.ZERO, BigInteger.ONE};
    BigInteger totalWeight = BigInteger.ZERO;
    for (Gen g : gens) {
      BigInteger[] c = g.capaian();
      if (cap != null && c[0].compareTo(cap.multiply(c[1])) > 0) {
        c = new BigInteger[] {cap, BigInteger.ONE};
      }
      BigInteger w = BigInteger.valueOf(g.bobot());
      sum = add(sum, new BigInteger[] {c[0].multiply(w), c[1]});
      totalWeight = totalWeight.add(w);
    }
    return new BigInteger[] {sum[0], sum[1].multiply(totalWeight)};
  }

  @Property
  void weighted_mean_equals_the_integer_oracle(@ForAll("gens") List<Gen> gens) {
    IndikatorKomposit k = new IndikatorKomposit("P", komponen(gens, Satuan.PERSEN), NormalisasiBobot.BAGI_JUMLAH);
    assertEqualsOracle(k.hitung(RumusKomposit.RATA_RATA_TERTIMBANG).value(), weightedMean(gens, null));
  }

  @Property
  void capped_weighted_mean_equals_the_integer_oracle(@ForAll("gens") List<Gen> gens) {
    IndikatorKomposit k = new IndikatorKomposit("P", komponen(gens, Satuan.PERSEN), NormalisasiBobot.BAGI_JUMLAH);
    Persentase capped = k.hitung(RumusKomposit.rataRataTertimbangDibatasi(BatasCapaian.MAKS_100)).value();
    assertEqualsOracle(capped, weightedMean(gens, HUNDRED));
    assertThat(capped).isLessThanOrEqualTo(Persentase.HUNDRED);
  }

  @Property
  void ratio_of_sums_equals_the_integer_oracle(@ForAll("gens") List<Gen> gens, @ForAll Polaritas arah) {
    if (arah == Polaritas.RENTANG) {
      arah = Polaritas.POSITIF;
    }
    List<Gen> sama = new ArrayList<>();
    for (Gen g : gens) {
      sama.add(new Gen(arah, g.target(), g.realisasi(), g.bobot()));
    }
    BigInteger t = BigInteger.ZERO;
    BigInteger r = BigInteger.ZERO;
    for (Gen g : sama) {
      t = t.add(g.target().unscaledValue());
      r = r.add(g.realisasi().unscaledValue());
    }
    BigInteger num = arah == Polaritas.POSITIF ? r : t.shiftLeft(1).subtract(r);
    IndikatorKomposit k = new IndikatorKomposit("P", komponen(sama, Satuan.of("pemohon")), NormalisasiBobot.BAGI_JUMLAH);
    assertEqualsOracle(k.hitung(RumusKomposit.RASIO_JUMLAH).value(), new BigInteger[] {num.multiply(HUNDRED), t});
  }

  @Property
  void weighted_mean_lies_between_the_smallest_and_largest_component_and_ignores_order(@ForAll("gens") List<Gen> gens) {
    IndikatorKomposit k = new IndikatorKomposit("P", komponen(gens, Satuan.PERSEN), NormalisasiBobot.BAGI_JUMLAH);
    Persentase mean = k.hitung(RumusKomposit.RATA_RATA_TERTIMBANG).value();
    List<Persentase> each = k.capaianKomponen(KalkulatorCapaian.standar()).stream()
        .map(o -> o.value()).toList();
    assertThat(mean).isBetween(Collections.min(each), Collections.max(each));

    List<Gen> reversed = new ArrayList<>(gens);
    Collections.reverse(reversed);
    IndikatorKomposit r = new IndikatorKomposit("P", komponen(reversed, Satuan.PERSEN), NormalisasiBobot.BAGI_JUMLAH);
    assertThat(r.hitung(RumusKomposit.RATA_RATA_TERTIMBANG).value()).isEqualTo(mean);
  }

  @Property
  void normalised_weights_given_as_shares_give_the_same_mean(@ForAll("gens") List<Gen> gens) {
    List<Komponen> points = komponen(gens, Satuan.PERSEN);
    IndikatorKomposit byPoints = new IndikatorKomposit("P", points, NormalisasiBobot.BAGI_JUMLAH);
    List<Pecahan> shares = byPoints.bobotEfektif();
    assertThat(shares.stream().reduce(Pecahan.ZERO, Pecahan::plus)).isEqualTo(Pecahan.ONE);
    List<Komponen> asShares = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      Komponen p = points.get(i);
      asShares.add(new Komponen(p.indikator(), p.target(), p.realisasi(), shares.get(i)));
    }
    IndikatorKomposit byShares = new IndikatorKomposit("P", asShares, NormalisasiBobot.HARUS_SATU);
    assertThat(byShares.hitung(RumusKomposit.RATA_RATA_TERTIMBANG))
        .isEqualTo(byPoints.hitung(RumusKomposit.RATA_RATA_TERTIMBANG));
  }

  @Provide
  Arbitrary<List<Gen>> gens() {
    Arbitrary<BigDecimal> target = Arbitraries.bigDecimals()
        .between(new BigDecimal("0.01"), new BigDecimal("1000000")).ofScale(SCALE);
    Arbitrary<BigDecimal> realisasi = Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, new BigDecimal("2000000")).ofScale(SCALE);
    Arbitrary<Polaritas> polaritas = Arbitraries.of(Polaritas.POSITIF, Polaritas.NEGATIF);
    Arbitrary<Integer> bobot = Arbitraries.integers().between(1, 100);
    return Combinators.combine(polaritas, target, realisasi, bobot).as(Gen::new).list().ofMinSize(1).ofMaxSize(8);
  }
}
