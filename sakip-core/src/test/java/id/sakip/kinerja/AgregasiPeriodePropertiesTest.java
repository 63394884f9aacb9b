package id.sakip.kinerja;

import static id.sakip.kinerja.Agregasi.AVERAGE;
import static id.sakip.kinerja.Agregasi.LAST;
import static id.sakip.kinerja.Agregasi.MAX;
import static id.sakip.kinerja.Agregasi.SUM;
import static id.sakip.kinerja.PeriodeKosong.ABAIKAN;
import static id.sakip.kinerja.PeriodeKosong.TOLAK;
import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Outcome;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Period aggregation against independent oracles: a {@link BigInteger} sum of unscaled values at a
 * common scale, the maximum from sorting, the last reported value from a list scan, and
 * divisibility for exact averages.
 */
class AgregasiPeriodePropertiesTest {

  /** A generated year: one entry per period, {@code null} where the period was not reported. */
  record Tahun(Periodisasi periodisasi, List<BigDecimal> nilai) {

    DeretPeriode deret() {
      Map<Integer, BigDecimal> perPeriode = new HashMap<>();
      for (int i = 0; i < nilai.size(); i++) {
        if (nilai.get(i) != null) {
          perPeriode.put(i + 1, nilai.get(i));
        }
      }
      return DeretPeriode.of(periodisasi, perPeriode);
    }

    List<BigDecimal> dilaporkan() {
      return nilai.stream().filter(Objects::nonNull).toList();
    }

    List<Integer> kosong() {
      List<Integer> kosong = new ArrayList<>();
      for (int i = 0; i < nilai.size(); i++) {
        if (nilai.get(i) == null) {
          kosong.add(i + 1);
        }
      }
      return kosong;
    }

    /** The same year with every period after {@code sampai} not reported. */
    Tahun kosongkanSetelah(int sampai) {
      List<BigDecimal> prefix = new ArrayList<>(nilai.subList(0, sampai));
      prefix.addAll(Collections.nCopies(nilai.size() - sampai, null));
      return new Tahun(periodisasi, prefix);
    }
  }

  @Property
  void sum_equals_the_integer_sum_of_unscaled_values_at_a_common_scale(@ForAll("tahun") Tahun tahun) {
    List<BigDecimal> dilaporkan = tahun.dilaporkan();
    Outcome<BigDecimal> sum = AgregasiPeriode.hitung(tahun.deret(), SUM, ABAIKAN);
    if (dilaporkan.isEmpty()) {
      assertThat(sum.notComputableReason()).contains(Outcome.Reason.NO_VALUE);
      return;
    }
    int common = dilaporkan.stream().mapToInt(BigDecimal::scale).max().orElseThrow();
    BigInteger oracle = BigInteger.ZERO;
    for (BigDecimal v : dilaporkan) {
      oracle = oracle.add(v.unscaledValue().multiply(BigInteger.TEN.pow(common - v.scale())));
    }
    assertThat(sum.value()).isEqualTo(new BigDecimal(oracle, common));
  }

  @Property
  void tolak_computes_exactly_when_no_period_is_missing(
      @ForAll("tahun") Tahun tahun, @ForAll Agregasi agregasi) {
    Outcome<BigDecimal> refused = AgregasiPeriode.hitung(tahun.deret(), agregasi, TOLAK);
    Outcome<BigDecimal> skipped = AgregasiPeriode.hitung(tahun.deret(), agregasi, ABAIKAN);
    if (tahun.kosong().isEmpty()) {
      assertThat(refused).isEqualTo(skipped);
    } else {
      assertThat(refused.notComputableReason()).contains(Outcome.Reason.NO_VALUE);
      assertThat(refused.explanation()).contains(daftar(tahun.kosong()) + " of ");
    }
  }

  @Property
  void max_equals_the_largest_value_after_sorting(@ForAll("tahun") Tahun tahun) {
    List<BigDecimal> sorted = new ArrayList<>(tahun.dilaporkan());
    Assume.that(!sorted.isEmpty());
    Collections.sort(sorted);
    BigDecimal max = AgregasiPeriode.hitung(tahun.deret(), MAX, ABAIKAN).value();
    assertThat(max).isEqualByComparingTo(sorted.get(sorted.size() - 1));
    assertThat(tahun.dilaporkan()).as("the maximum is a reported value").contains(max);
  }

  @Property
  void last_ignores_missing_trailing_periods(
      @ForAll("tahun") Tahun tahun, @ForAll @IntRange(min = 1, max = 12) int potong) {
    int n = tahun.periodisasi().jumlahPeriode();
    int sampai = 1 + (potong - 1) % n;
    Tahun withTrailingGap = tahun.kosongkanSetelah(sampai);

    Outcome<BigDecimal> year = AgregasiPeriode.hitung(withTrailingGap.deret(), LAST, ABAIKAN);
    Outcome<BigDecimal> toDate = AgregasiPeriode.hitung(tahun.deret(), LAST, ABAIKAN, sampai);

    List<BigDecimal> reported = withTrailingGap.dilaporkan();
    if (reported.isEmpty()) {
      assertThat(year.isComputable()).isFalse();
      assertThat(toDate.isComputable()).isFalse();
    } else {
      BigDecimal oracle = reported.get(reported.size() - 1);
      assertThat(year.value()).isEqualTo(oracle);
      assertThat(toDate.value()).isEqualTo(oracle);
    }
    if (sampai < n) {
      Outcome<BigDecimal> refused = AgregasiPeriode.hitung(withTrailingGap.deret(), LAST, TOLAK);
      assertThat(refused.notComputableReason()).contains(Outcome.Reason.NO_VALUE);
      assertThat(refused.explanation()).contains(daftar(withTrailingGap.kosong()) + " of ");
    }
  }

  @Property
  void year_to_date_is_the_year_with_later_periods_not_reported(
      @ForAll("tahun") Tahun tahun,
      @ForAll Agregasi agregasi,
      @ForAll @IntRange(min = 1, max = 12) int potong) {
    int sampai = 1 + (potong - 1) % tahun.periodisasi().jumlahPeriode();
    Outcome<BigDecimal> toDate = AgregasiPeriode.hitung(tahun.deret(), agregasi, ABAIKAN, sampai);
    Outcome<BigDecimal> blanked =
        AgregasiPeriode.hitung(tahun.kosongkanSetelah(sampai).deret(), agregasi, ABAIKAN);
    assertThat(toDate.toOptional()).isEqualTo(blanked.toOptional());
  }

  @Property
  void average_times_count_equals_the_sum_when_the_average_is_exact(@ForAll("tahun") Tahun tahun) {
    int count = tahun.dilaporkan().size();
    Assume.that(count > 0);
    BigDecimal sum = AgregasiPeriode.hitung(tahun.deret(), SUM, ABAIKAN).value();
    BigDecimal average = AgregasiPeriode.hitung(tahun.deret(), AVERAGE, ABAIKAN).value();
    BigDecimal n = BigDecimal.valueOf(count);
    if (terminates(sum, count)) {
      assertThat(average.multiply(n)).isEqualByComparingTo(sum);
    } else {
      assertThat(average.precision()).isEqualTo(34);
      BigDecimal error = average.multiply(n).subtract(sum).abs();
      assertThat(error).isLessThanOrEqualTo(average.ulp().multiply(n).divide(BigDecimal.valueOf(2)));
    }
  }

  /**
   * Oracle for exactness: {@code sum / count} has a finite decimal expansion exactly when the part
   * of {@code count} coprime to 10 divides the unscaled sum.
   */
  private static boolean terminates(BigDecimal sum, int count) {
    int coprime = count;
    while (coprime % 2 == 0) {
      coprime /= 2;
    }
    while (coprime % 5 == 0) {
      coprime /= 5;
    }
    return sum.unscaledValue().mod(BigInteger.valueOf(coprime)).signum() == 0;
  }

  private static String daftar(List<Integer> periode) {
    StringBuilder s = new StringBuilder(periode.size() == 1 ? "period " : "periods ");
    for (int i = 0; i < periode.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(periode.get(i));
    }
    return s.toString();
  }

  @Provide
  Arbitrary<Tahun> tahun() {
    Arbitrary<BigDecimal> nilai =
        Arbitraries.integers()
            .between(0, 3)
            .flatMap(
                scale ->
                    Arbitraries.bigDecimals()
                        .between(new BigDecimal("-1000000"), new BigDecimal("1000000"))
                        .ofScale(scale));
    return Arbitraries.of(Periodisasi.class)
        .flatMap(
            p ->
                nilai
                    .injectNull(0.3)
                    .list()
                    .ofSize(p.jumlahPeriode())
                    .map(values -> new Tahun(p, values)));
  }
}
