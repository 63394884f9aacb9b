package id.sakip.anggaran;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The efficiency formulas against an independent oracle: fractions of {@link BigInteger} sen and
 * cross-multiplication, no {@code BigDecimal} division and no {@link Persentase} arithmetic.
 */
class EfisiensiPropertiesTest {

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  private static final KalkulatorEfisiensi SELISIH = KalkulatorEfisiensi.of(RumusEfisiensi.SELISIH_CAPAIAN_SERAPAN);
  private static final KalkulatorEfisiensi SISA = KalkulatorEfisiensi.of(RumusEfisiensi.SISA_ANGGARAN);
  private static final KalkulatorEfisiensi PMK = KalkulatorEfisiensi.of(RumusEfisiensi.PMK_249_2011);

  /** A fraction {@code n / d} with {@code d > 0}, compared by cross-multiplication. */
  private record Pecahan(BigInteger n, BigInteger d) {
    static Pecahan of(BigInteger n, BigInteger d) {
      return d.signum() < 0 ? new Pecahan(n.negate(), d.negate()) : new Pecahan(n, d);
    }

    static Pecahan of(long n) {
      return new Pecahan(BigInteger.valueOf(n), BigInteger.ONE);
    }

    Pecahan plus(Pecahan o) {
      return of(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
    }

    Pecahan times(Pecahan o) {
      return of(n.multiply(o.n), d.multiply(o.d));
    }

    int compareTo(Pecahan o) {
      return n.multiply(o.d).compareTo(o.n.multiply(d));
    }

    boolean equalsPersentase(Persentase p) {
      return n.multiply(p.denominator()).equals(p.numerator().multiply(d));
    }
  }

  /** A sasaran's kegiatan budgets: pagu and realisasi per kegiatan. */
  private record Kegiatan(Rupiah pagu, Rupiah realisasi) {}

  // ---------------------------------------------------------------- SELISIH_CAPAIAN_SERAPAN, SISA_ANGGARAN

  @Property
  void difference_equals_capaian_minus_total_realisasi_over_total_pagu(
      @ForAll("capaian") BigDecimal capaian, @ForAll @Size(min = 1, max = 8) List<@From("kegiatan") Kegiatan> kegiatan) {
    BigInteger paguSen = BigInteger.ZERO;
    BigInteger realisasiSen = BigInteger.ZERO;
    for (Kegiatan k : kegiatan) {
      paguSen = paguSen.add(BigInteger.valueOf(k.pagu().toSen()));
      realisasiSen = realisasiSen.add(BigInteger.valueOf(k.realisasi().toSen()));
    }
    Assume.that(paguSen.signum() > 0);
    Rupiah pagu = Rupiah.total(kegiatan.stream().map(Kegiatan::pagu).toList());
    Rupiah realisasi = Rupiah.total(kegiatan.stream().map(Kegiatan::realisasi).toList());

    HasilEfisiensi hasil = SELISIH.hitung(Persentase.of(capaian), pagu, realisasi).value();

    // capaian = u / 10^s; selisih = u / 10^s − 100 R / P = (u P − 100 R 10^s) / (10^s P)
    BigInteger scale = BigInteger.TEN.pow(capaian.scale());
    Pecahan oracle = Pecahan.of(
        capaian.unscaledValue().multiply(paguSen).subtract(HUNDRED.multiply(realisasiSen).multiply(scale)),
        scale.multiply(paguSen));
    assertThat(oracle.equalsPersentase(hasil.nilai())).as("%s against oracle %s", hasil.nilai(), oracle).isTrue();
    KategoriEfisiensi expected = oracle.compareTo(Pecahan.of(5)) > 0
        ? KategoriEfisiensi.EFISIEN
        : oracle.compareTo(Pecahan.of(-5)) < 0 ? KategoriEfisiensi.TIDAK_EFISIEN : KategoriEfisiensi.SESUAI_RENCANA;
    assertThat(hasil.kategori()).isEqualTo(expected);
  }

  @Property
  void unspent_budget_equals_100_minus_serapan(
      @ForAll("capaian") BigDecimal capaian, @ForAll("pagu") Rupiah pagu, @ForAll("realisasi") Rupiah realisasi) {
    HasilEfisiensi hasil = SISA.hitung(Persentase.of(capaian), pagu, realisasi).value();

    BigInteger p = BigInteger.valueOf(pagu.toSen());
    BigInteger r = BigInteger.valueOf(realisasi.toSen());
    Pecahan oracle = Pecahan.of(HUNDRED.multiply(p.subtract(r)), p); // 100 − 100 R / P
    assertThat(oracle.equalsPersentase(hasil.nilai())).as("%s against oracle %s", hasil.nilai(), oracle).isTrue();
    if (capaian.compareTo(BigDecimal.valueOf(100)) < 0) {
      assertThat(hasil.kategori()).isEqualTo(KategoriEfisiensi.TIDAK_EFISIEN);
    } else {
      assertThat(hasil.kategori()).isEqualTo(
          r.compareTo(p) < 0
              ? KategoriEfisiensi.EFISIEN
              : r.equals(p) ? KategoriEfisiensi.SESUAI_RENCANA : KategoriEfisiensi.TIDAK_EFISIEN);
    }
  }

  @Property
  void difference_from_percentages_equals_capaian_minus_serapan(
      @ForAll("capaian") BigDecimal capaian, @ForAll("serapan") BigDecimal serapan) {
    HasilEfisiensi selisih = SELISIH.hitung(Persentase.of(capaian), Persentase.of(serapan)).value();
    HasilEfisiensi sisa = SISA.hitung(Persentase.of(capaian), Persentase.of(serapan)).value();

    // c = a / 10^s, r = b / 10^t: c − r = (a 10^t − b 10^s) / 10^(s + t); 100 − r = (100 10^t − b) / 10^t
    BigInteger s = BigInteger.TEN.pow(capaian.scale());
    BigInteger t = BigInteger.TEN.pow(serapan.scale());
    Pecahan oracle = Pecahan.of(
        capaian.unscaledValue().multiply(t).subtract(serapan.unscaledValue().multiply(s)), s.multiply(t));
    assertThat(oracle.equalsPersentase(selisih.nilai())).as("%s against oracle %s", selisih.nilai(), oracle).isTrue();
    assertThat(selisih.kategori()).isEqualTo(oracle.compareTo(Pecahan.of(5)) > 0
        ? KategoriEfisiensi.EFISIEN
        : oracle.compareTo(Pecahan.of(-5)) < 0 ? KategoriEfisiensi.TIDAK_EFISIEN : KategoriEfisiensi.SESUAI_RENCANA);
    Pecahan unspent = Pecahan.of(HUNDRED.multiply(t).subtract(serapan.unscaledValue()), t);
    assertThat(unspent.equalsPersentase(sisa.nilai())).as("%s against oracle %s", sisa.nilai(), unspent).isTrue();
  }

  @Property
  void pagu_zero_is_never_computable(@ForAll("capaian") BigDecimal capaian, @ForAll("realisasi") Rupiah realisasi) {
    assertThat(SELISIH.hitung(Persentase.of(capaian), Rupiah.ZERO, realisasi).isComputable()).isFalse();
    assertThat(SISA.hitung(Persentase.of(capaian), Rupiah.ZERO, realisasi).isComputable()).isFalse();
  }

  // ---------------------------------------------------------------- PMK_249_2011

  @Property
  void pmk_score_equals_the_oracle(@ForAll @Size(min = 1, max = 6) List<@From("outputs") KeluaranBiaya> keluaran) {
    Pecahan sum = Pecahan.of(0);
    for (KeluaranBiaya k : keluaran) {
      // E = 100 − 100 (Cr Vp) / (Vr Cp), volumes as integers at a common scale
      int s = Math.max(k.volumeRencana().scale(), k.volumeRealisasi().scale());
      BigInteger vp = k.volumeRencana().setScale(s).unscaledValue();
      BigInteger vr = k.volumeRealisasi().setScale(s).unscaledValue();
      BigInteger cp = BigInteger.valueOf(k.biayaRencana().toSen());
      BigInteger cr = BigInteger.valueOf(k.biayaRealisasi().toSen());
      BigInteger den = vr.multiply(cp);
      sum = sum.plus(Pecahan.of(HUNDRED.multiply(den).subtract(HUNDRED.multiply(cr).multiply(vp)), den));
    }
    Pecahan mean = Pecahan.of(sum.n(), sum.d().multiply(BigInteger.valueOf(keluaran.size())));
    if (mean.compareTo(Pecahan.of(20)) > 0) {
      mean = Pecahan.of(20);
    } else if (mean.compareTo(Pecahan.of(-20)) < 0) {
      mean = Pecahan.of(-20);
    }
    Pecahan score = Pecahan.of(50).plus(mean.times(Pecahan.of(BigInteger.valueOf(5), BigInteger.TWO)));

    HasilEfisiensi hasil = PMK.hitung(keluaran).value();
    assertThat(score.equalsPersentase(hasil.nilai())).as("%s against oracle %s", hasil.nilai(), score).isTrue();
    int c = score.compareTo(Pecahan.of(50));
    assertThat(hasil.kategori()).isEqualTo(
        c > 0 ? KategoriEfisiensi.EFISIEN : c == 0 ? KategoriEfisiensi.SESUAI_RENCANA : KategoriEfisiensi.TIDAK_EFISIEN);
  }

  @Property
  void pmk_score_is_always_between_0_and_100(@ForAll @Size(min = 1, max = 6) List<@From("outputs") KeluaranBiaya> keluaran) {
    Persentase nilai = PMK.hitung(keluaran).value().nilai();
    assertThat(nilai).isGreaterThanOrEqualTo(Persentase.ZERO).isLessThanOrEqualTo(Persentase.HUNDRED);
  }

  @Property
  void a_cheaper_realised_cost_never_lowers_the_pmk_score(
      @ForAll @Size(min = 1, max = 6) List<@From("outputs") KeluaranBiaya> keluaran,
      @ForAll @IntRange(min = 0, max = 5) int which,
      @ForAll @IntRange(min = 0, max = 100) int percentCheaper) {
    int i = which % keluaran.size();
    KeluaranBiaya k = keluaran.get(i);
    Rupiah cheaper = k.biayaRealisasi().multipliedBy(
        BigDecimal.valueOf(100 - percentCheaper).movePointLeft(2), RoundingMode.DOWN);
    List<KeluaranBiaya> changed = new ArrayList<>(keluaran);
    changed.set(i, new KeluaranBiaya(k.volumeRencana(), k.biayaRencana(), k.volumeRealisasi(), cheaper));

    assertThat(PMK.hitung(changed).value().nilai()).isGreaterThanOrEqualTo(PMK.hitung(keluaran).value().nilai());
  }

  // ---------------------------------------------------------------- generators

  @Provide
  Arbitrary<BigDecimal> capaian() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-50"), new BigDecimal("200")).ofScale(4);
  }

  @Provide
  Arbitrary<BigDecimal> serapan() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("150")).ofScale(3);
  }

  @Provide
  Arbitrary<Rupiah> pagu() {
    return Arbitraries.longs().between(1, 10_000_000_000_000L).map(Rupiah::ofSen);
  }

  @Provide
  Arbitrary<Rupiah> realisasi() {
    return Arbitraries.longs().between(0, 12_000_000_000_000L).map(Rupiah::ofSen);
  }

  @Provide
  Arbitrary<Kegiatan> kegiatan() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 1_000_000_000_000L), Arbitraries.longs().between(0, 1_200_000_000_000L))
        .as((p, r) -> new Kegiatan(Rupiah.ofSen(p), Rupiah.ofSen(r)));
  }

  @Provide
  Arbitrary<KeluaranBiaya> outputs() {
    Arbitrary<BigDecimal> volumes =
        Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("100000")).ofScale(3);
    Arbitrary<Rupiah> plannedCosts = Arbitraries.longs().between(1, 100_000_000_000L).map(Rupiah::ofSen);
    Arbitrary<Rupiah> realisedCosts = Arbitraries.longs().between(0, 150_000_000_000L).map(Rupiah::ofSen);
    return Combinators.combine(volumes, plannedCosts, volumes, realisedCosts).as(KeluaranBiaya::new);
  }
}
