package id.sakip.skala;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.constraints.IntRange;

/**
 * Classification against an oracle that compares a value with each band's bounds by hand, on the
 * built-in scales, the SKM quality bands and both predikat readings.
 */
class SkalaPropertiesTest {

  private static final List<SkalaOrdinal> GAP_FREE =
      List.of(
          SkalaOrdinal.KAB_MALANG_KECAMATAN,
          SkalaOrdinal.PERMENDAGRI_86_2017,
          SkalaOrdinal.E_SAKIP_PLUGIN,
          SkalaPredikatTest.BATAS_ATAS,
          SkalaPredikatTest.BATAS_BAWAH);

  private static final List<SkalaOrdinal> ALL =
      List.of(
          SkalaOrdinal.KAB_MALANG_KECAMATAN,
          SkalaOrdinal.PERMENDAGRI_86_2017,
          SkalaOrdinal.E_SAKIP_PLUGIN,
          SkalaOrdinal.LKJIP_BILANGAN_BULAT,
          SkalaCelahTest.SKM,
          SkalaPredikatTest.BATAS_ATAS,
          SkalaPredikatTest.BATAS_BAWAH);

  /** 1/3 × 10^-30: a step no decimal of reasonable length can express. */
  private static final Persentase TINY =
      Persentase.ofFraction(BigInteger.ONE, BigInteger.valueOf(3).multiply(BigInteger.TEN.pow(30)));

  @Property
  void classification_of_a_gap_free_scale_is_total_on_its_domain(
      @ForAll("gapFreeScaleAndValueInDomain") Tuple2<SkalaOrdinal, Persentase> sample) {
    SkalaOrdinal skala = sample.get1();
    Persentase nilai = sample.get2();
    List<Pita> holding =
        skala.pita().stream().filter(p -> holds(p.rentang(), nilai)).collect(Collectors.toList());
    assertThat(holding).as("bands holding %s", nilai).hasSize(1);
    assertThat(skala.klasifikasi(nilai).toOptional()).contains(holding.get(0));
  }

  @Property
  void classification_of_a_decimal_on_a_gap_free_scale_lands_in_the_one_band_that_contains_it(
      @ForAll("gapFreeScale") SkalaOrdinal skala,
      @ForAll("decimals") BigDecimal nilai) {
    Assume.that(skala.domain().memuat(nilai));
    List<Pita> holding =
        skala.pita().stream().filter(p -> p.rentang().memuat(nilai)).collect(Collectors.toList());
    assertThat(holding).hasSize(1);
    assertThat(skala.klasifikasi(nilai).toOptional()).contains(holding.get(0));
  }

  @Property
  void a_larger_value_never_lands_in_a_lower_band(
      @ForAll("scaleAndTwoValues") Tuple3<SkalaOrdinal, Persentase, Persentase> sample,
      @ForAll("policies") KebijakanCelah kebijakan) {
    SkalaOrdinal skala = sample.get1();
    Persentase kecil = sample.get2().min(sample.get3());
    Persentase besar = sample.get2().max(sample.get3());
    Klasifikasi k = skala.klasifikasi(kecil, kebijakan);
    Klasifikasi b = skala.klasifikasi(besar, kebijakan);
    Assume.that(k.isDalamPita() && b.isDalamPita());
    // pita() lists the highest band first.
    assertThat(skala.pita().indexOf(b.toOptional().get()))
        .isLessThanOrEqualTo(skala.pita().indexOf(k.toOptional().get()));
  }

  @Property
  void rounding_first_agrees_with_classifying_the_rounded_value(
      @ForAll("scaleAndValue") Tuple2<SkalaOrdinal, Persentase> sample,
      @ForAll @IntRange(min = 0, max = 4) int skala,
      @ForAll RoundingMode mode) {
    Assume.that(mode != RoundingMode.UNNECESSARY);
    SkalaOrdinal s = sample.get1();
    Persentase nilai = sample.get2();
    Klasifikasi first = s.klasifikasi(nilai, KebijakanCelah.bulatkanDulu(skala, mode));
    Klasifikasi rounded =
        s.klasifikasi(Persentase.of(nilai.rounded(skala, mode)), KebijakanCelah.TOLAK);
    assertThat(first.getClass()).isEqualTo(rounded.getClass());
    assertThat(first.toOptional()).isEqualTo(rounded.toOptional());
    assertThat(first.nilai()).isEqualTo(nilai);
  }

  @Property
  void pita_bawah_never_places_a_value_in_a_band_above_it(
      @ForAll("scaleAndValue") Tuple2<SkalaOrdinal, Persentase> sample) {
    SkalaOrdinal skala = sample.get1();
    Persentase nilai = sample.get2();
    Klasifikasi tolak = skala.klasifikasi(nilai, KebijakanCelah.TOLAK);
    Klasifikasi bawah = skala.klasifikasi(nilai, KebijakanCelah.PITA_BAWAH);
    if (tolak instanceof Klasifikasi.DiCelah) {
      bawah.toOptional()
          .ifPresent(p -> assertThat(Persentase.of(p.rentang().atas().orElseThrow())).isLessThan(nilai));
    } else {
      assertThat(bawah).isEqualTo(tolak);
    }
  }

  // ---------------------------------------------------------------- generators

  @Provide
  Arbitrary<SkalaOrdinal> gapFreeScale() {
    return Arbitraries.of(GAP_FREE);
  }

  @Provide
  Arbitrary<Tuple2<SkalaOrdinal, Persentase>> gapFreeScaleAndValueInDomain() {
    return Arbitraries.of(GAP_FREE)
        .flatMap(s -> values(s).filter(v -> holds(s.domain(), v)).map(v -> Tuple.of(s, v)));
  }

  @Provide
  Arbitrary<Tuple2<SkalaOrdinal, Persentase>> scaleAndValue() {
    return Arbitraries.of(ALL).flatMap(s -> values(s).map(v -> Tuple.of(s, v)));
  }

  @Provide
  Arbitrary<Tuple3<SkalaOrdinal, Persentase, Persentase>> scaleAndTwoValues() {
    return Arbitraries.of(ALL)
        .flatMap(s -> Combinators.combine(values(s), values(s)).as((a, b) -> Tuple.of(s, a, b)));
  }

  @Provide
  Arbitrary<KebijakanCelah> policies() {
    return Arbitraries.of(
        KebijakanCelah.TOLAK,
        KebijakanCelah.PITA_BAWAH,
        KebijakanCelah.bulatkanDulu(0, RoundingMode.HALF_UP),
        KebijakanCelah.bulatkanDulu(2, RoundingMode.HALF_EVEN),
        KebijakanCelah.bulatkanDulu(1, RoundingMode.FLOOR));
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    return Arbitraries.integers()
        .between(0, 4)
        .flatMap(
            scale ->
                Arbitraries.bigDecimals()
                    .between(new BigDecimal("-20"), new BigDecimal("220"))
                    .ofScale(scale));
  }

  /**
   * Values around a scale: exact fractions anywhere a little beyond its domain (or −20…220 for an
   * open end), short decimals, and every band bound shifted by 0, ±1/3 × 10^-30, ±0.005, ±0.01.
   */
  private static Arbitrary<Persentase> values(SkalaOrdinal skala) {
    Rentang domain = skala.domain();
    BigDecimal lo =
        domain.bawah().isPresent()
            ? domain.bawah().get().subtract(BigDecimal.ONE)
            : new BigDecimal("-20");
    BigDecimal hi =
        domain.atas().isPresent() ? domain.atas().get().add(BigDecimal.ONE) : new BigDecimal("220");
    Persentase start = Persentase.of(lo);
    BigDecimal width = hi.subtract(lo);
    Arbitrary<Persentase> fractions =
        Arbitraries.bigIntegers()
            .between(BigInteger.ONE, BigInteger.valueOf(1_000_000))
            .flatMap(d -> Arbitraries.bigIntegers().between(BigInteger.ZERO, d)
                .map(n -> Persentase.ofFraction(n, d).multipliedBy(width).plus(start)));
    Arbitrary<Persentase> decimals =
        Arbitraries.bigDecimals().between(lo, hi).ofScale(3).map(Persentase::of);
    List<Persentase> edges = new ArrayList<>();
    List<Persentase> shifts =
        List.of(Persentase.ZERO, TINY, TINY.negated(), Persentase.of(new BigDecimal("0.005")),
            Persentase.of(new BigDecimal("-0.005")), Persentase.of(new BigDecimal("0.01")),
            Persentase.of(new BigDecimal("-0.01")));
    for (Pita p : skala.pita()) {
      Rentang r = p.rentang();
      if (r.bawah().isPresent()) {
        shifts.forEach(d -> edges.add(Persentase.of(r.bawah().get()).plus(d)));
      }
      if (r.atas().isPresent()) {
        shifts.forEach(d -> edges.add(Persentase.of(r.atas().get()).plus(d)));
      }
    }
    return Arbitraries.frequencyOf(
        Tuple.of(2, fractions), Tuple.of(1, decimals), Tuple.of(2, Arbitraries.of(edges)));
  }

  // ---------------------------------------------------------------- oracle

  /** Whether {@code rentang} holds {@code nilai}, comparing with each bound by hand. */
  private static boolean holds(Rentang rentang, Persentase nilai) {
    if (rentang.bawah().isPresent()) {
      int c = nilai.compareTo(Persentase.of(rentang.bawah().get()));
      if (c < 0 || (c == 0 && !rentang.bawahTermasuk())) {
        return false;
      }
    }
    if (rentang.atas().isPresent()) {
      int c = nilai.compareTo(Persentase.of(rentang.atas().get()));
      if (c > 0 || (c == 0 && !rentang.atasTermasuk())) {
        return false;
      }
    }
    return true;
  }
}
