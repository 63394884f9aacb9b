package id.sakip.kinerja.konversi;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import id.sakip.skala.KebijakanCelah;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Conversion formulas against independent oracles: the line through two points in its other
 * algebraic form {@code (n0 (c1 − C) + n1 (C − c0)) / (c1 − c0)} and the proportion cross-multiplied,
 * both in {@link BigInteger}; and the shape of the PermenPAN-RB 8/2021 conversion (never lower for a
 * higher capaian, rounding first is converting the rounded capaian).
 */
class KonversiNilaiPropertiesTest {

  /** A capaian {@code p / q} percent. */
  record Capaian(BigInteger p, BigInteger q) {
    Persentase persentase() {
      return Persentase.ofFraction(p, q);
    }

    Pecahan pecahan() {
      return Pecahan.of(p, q);
    }
  }

  private static void assertFraction(Pecahan actual, BigInteger num, BigInteger den) {
    assertThat(actual.numerator().multiply(den)).isEqualTo(num.multiply(actual.denominator()));
  }

  @Property
  void interpolation_equals_the_two_point_form(
      @ForAll @LongRange(min = -200, max = 200) long c0,
      @ForAll @IntRange(min = 1, max = 100) int width,
      @ForAll @LongRange(min = -200, max = 200) long n0,
      @ForAll @LongRange(min = -200, max = 200) long n1,
      @ForAll("capaian") Capaian c) {
    long c1 = c0 + width;
    Pecahan nilai = RumusNilai.interpolasi(BigDecimal.valueOf(c0), BigDecimal.valueOf(n0), BigDecimal.valueOf(c1),
        BigDecimal.valueOf(n1)).nilai(c.pecahan());
    // nilai = (n0 (c1 q − p) + n1 (p − c0 q)) / ((c1 − c0) q)
    BigInteger q = c.q();
    BigInteger num = BigInteger.valueOf(n0).multiply(BigInteger.valueOf(c1).multiply(q).subtract(c.p()))
        .add(BigInteger.valueOf(n1).multiply(c.p().subtract(BigInteger.valueOf(c0).multiply(q))));
    assertFraction(nilai, num, BigInteger.valueOf(width).multiply(q));
  }

  @Property
  void proportion_times_c1_equals_capaian_times_n1(
      @ForAll @IntRange(min = 1, max = 1000) int c1, @ForAll @LongRange(min = -500, max = 500) long n1,
      @ForAll("capaian") Capaian c) {
    Pecahan nilai = RumusNilai.proporsional(BigDecimal.valueOf(c1), BigDecimal.valueOf(n1)).nilai(c.pecahan());
    assertFraction(nilai, c.p().multiply(BigInteger.valueOf(n1)), c.q().multiply(BigInteger.valueOf(c1)));
  }

  @Property
  void permenpan_cukup_is_capaian_minus_10(@ForAll("cukup") Capaian c) {
    Persentase capaian = c.persentase();
    NilaiCapaian n = KonversiNilai.PERMENPAN_RB_8_2021.konversi(capaian).value();
    assertFraction(n.nilai(), c.p().subtract(BigInteger.TEN.multiply(c.q())), c.q());
    assertThat(n.kategori()).isEqualTo("Cukup");
  }

  @Property
  void a_higher_capaian_never_gets_a_lower_nilai(@ForAll("capaian") Capaian a, @ForAll("capaian") Capaian b) {
    KonversiNilai tabel = KonversiNilai.PERMENPAN_RB_8_2021_DENGAN_ASUMSI;
    Persentase low = a.persentase().min(b.persentase());
    Persentase high = a.persentase().max(b.persentase());
    Pecahan nLow = tabel.konversi(low, KebijakanCelah.PITA_BAWAH).value().nilai();
    Pecahan nHigh = tabel.konversi(high, KebijakanCelah.PITA_BAWAH).value().nilai();
    assertThat(nLow).isLessThanOrEqualTo(nHigh);
  }

  @Property
  void rounding_first_converts_the_rounded_capaian(@ForAll("capaian") Capaian c, @ForAll @IntRange(min = 0, max = 2) int scale) {
    Persentase capaian = c.persentase();
    Persentase rounded = Persentase.of(capaian.rounded(scale, RoundingMode.HALF_UP));
    Outcome<NilaiCapaian> first = KonversiNilai.PERMENPAN_RB_8_2021.konversi(capaian, KebijakanCelah.bulatkanDulu(scale, RoundingMode.HALF_UP));
    Outcome<NilaiCapaian> ofRounded = KonversiNilai.PERMENPAN_RB_8_2021.konversi(rounded);
    assertThat(first.toOptional().map(NilaiCapaian::nilai)).isEqualTo(ofRounded.toOptional().map(NilaiCapaian::nilai));
    assertThat(first.isComputable()).isEqualTo(ofRounded.isComputable());
  }

  @Provide
  Arbitrary<Capaian> capaian() {
    return between(-50, 250);
  }

  /** Capaian in the Cukup band, 80 ≤ C ≤ 99. */
  @Provide
  Arbitrary<Capaian> cukup() {
    return between(80, 99);
  }

  private static Arbitrary<Capaian> between(long low, long high) {
    Arbitrary<BigInteger> q = Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.valueOf(10_000));
    return q.flatMap(den -> Arbitraries.bigIntegers()
        .between(den.multiply(BigInteger.valueOf(low)), den.multiply(BigInteger.valueOf(high)))
        .map(num -> new Capaian(num, den)));
  }
}
