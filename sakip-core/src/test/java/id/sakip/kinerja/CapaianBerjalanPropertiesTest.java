package id.sakip.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Capaian to date against an oracle that picks the filled periods itself and sums their unscaled
 * values with {@link BigInteger} at a common scale; the capaian must equal the oracle's fraction
 * exactly, for both polarities and both zero policies. Levels combined by LAST and WORST against a
 * list scan.
 */
class CapaianBerjalanPropertiesTest {

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);
  private static final int SCALE = 3;

  /** One generated year: per period a target and a realisasi, {@code null} where not reported. */
  record Tahun(Periodisasi periodisasi, List<BigDecimal> target, List<BigDecimal> realisasi) {
    DeretPeriode deret(List<BigDecimal> values) {
      Map<Integer, BigDecimal> m = new HashMap<>();
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) != null) {
          m.put(i + 1, values.get(i));
        }
      }
      return DeretPeriode.of(periodisasi, m);
    }
  }

  @Property
  void capaian_to_date_equals_the_biginteger_oracle(
      @ForAll("tahun") Tahun tahun, @ForAll PeriodeTerisi kebijakan, @ForAll boolean negatif) {
    Polaritas polaritas = negatif ? Polaritas.NEGATIF : Polaritas.POSITIF;
    Indikator indikator = Indikator.builder().nama("I").satuan(Satuan.PERSEN).polaritas(polaritas).build();
    Outcome<CapaianBerjalan.Hasil> c = CapaianBerjalan.hitung(
        indikator, tahun.deret(tahun.target()), tahun.deret(tahun.realisasi()), kebijakan);

    BigInteger t = BigInteger.ZERO;
    BigInteger r = BigInteger.ZERO;
    List<Integer> filled = new ArrayList<>();
    boolean missingTarget = false;
    for (int i = 0; i < tahun.realisasi().size(); i++) {
      BigDecimal ri = tahun.realisasi().get(i);
      if (ri == null || kebijakan == PeriodeTerisi.NOL_DIABAIKAN && ri.unscaledValue().signum() == 0) {
        continue;
      }
      BigDecimal ti = tahun.target().get(i);
      if (ti == null) {
        missingTarget = true;
        continue;
      }
      filled.add(i + 1);
      t = t.add(ti.setScale(SCALE).unscaledValue());
      r = r.add(ri.setScale(SCALE).unscaledValue());
    }
    if (missingTarget || filled.isEmpty()) {
      assertThat(c.notComputableReason()).contains(Outcome.Reason.NO_VALUE);
      return;
    }
    if (t.signum() == 0) {
      assertThat(c.notComputableReason()).contains(Outcome.Reason.ZERO_DENOMINATOR);
      return;
    }
    BigInteger num = (negatif ? t.shiftLeft(1).subtract(r) : r).multiply(HUNDRED);
    Persentase capaian = c.value().capaian();
    assertThat(capaian.numerator().multiply(t)).isEqualTo(num.multiply(capaian.denominator()));
    assertThat(c.value().periodeTerisi()).isEqualTo(filled);
  }

  @Property
  void last_and_worst_equal_a_list_scan(@ForAll("opini") Map<Integer, String> opini) {
    DeretPeringkat d = DeretPeringkat.of(SkalaPeringkat.OPINI_BPK, opini);
    if (opini.isEmpty()) {
      assertThat(d.gabung(AgregasiPeringkat.LAST).isComputable()).isFalse();
      return;
    }
    int lastYear = opini.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertThat(d.gabung(AgregasiPeringkat.LAST).value()).isEqualTo(opini.get(lastYear));
    List<String> order = SkalaPeringkat.OPINI_BPK.tingkat(); // best first
    String worst = opini.values().stream().max((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b))).orElseThrow();
    assertThat(d.gabung(AgregasiPeringkat.WORST).value()).isEqualTo(worst);
  }

  @Provide
  Arbitrary<Tahun> tahun() {
    Arbitrary<BigDecimal> target = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000"))
        .ofScale(SCALE).injectNull(0.15);
    Arbitrary<BigDecimal> realisasi = Arbitraries.integers().between(0, 2).flatMap(s ->
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("150000")).ofScale(s)).injectNull(0.3);
    Arbitrary<BigDecimal> nol = Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.00"));
    Arbitrary<BigDecimal> realisasiOrZero = Arbitraries.frequencyOf(
        Tuple.of(4, realisasi), Tuple.of(1, nol));
    return Arbitraries.of(Periodisasi.class).flatMap(p -> Combinators.combine(
            target.list().ofSize(p.jumlahPeriode()), realisasiOrZero.list().ofSize(p.jumlahPeriode()))
        .as((t, r) -> new Tahun(p, t, r)));
  }

  @Provide
  Arbitrary<Map<Integer, String>> opini() {
    return Arbitraries.maps(Arbitraries.integers().between(1990, 2100), Arbitraries.of(SkalaPeringkat.OPINI_BPK.tingkat()))
        .ofMaxSize(20);
  }
}
