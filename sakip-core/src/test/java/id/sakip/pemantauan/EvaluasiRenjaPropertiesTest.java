package id.sakip.pemantauan;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.Agregasi;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.SifatIndikator;
import id.sakip.kinerja.Target;
import id.sakip.temuan.Temuan;
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
 * The derived columns and the checks against an oracle that works on unscaled {@link BigInteger}
 * values at a common scale of 2 (hundredths; sen for Rupiah) and compares fractions by cross
 * multiplication, never through the code under test.
 */
class EvaluasiRenjaPropertiesTest {

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  /**
   * One generated row: per quarter the kinerja in hundredths and the Rupiah in sen ({@code null}
   * where not reported), last year's figures, the end target and budget, the Renja pagu, the quarter
   * evaluated, and what is added to the printed yearly figures (0: printed right).
   */
  record Kasus(Agregasi agregasi, SifatIndikator sifat, List<Long> kinerja, List<Long> sen, long lalu, long laluSen,
      long targetAkhir, long paguSen, int sampai, long geserK, long geserRp) {

    BarisEvaluasiRenja baris() {
      Indikator ind = Indikator.builder().nama("I").satuan(Satuan.of("unit")).polaritas(Polaritas.POSITIF)
          .agregasi(agregasi).sifat(sifat).build();
      BarisEvaluasiRenja.Builder b = BarisEvaluasiRenja.builder().kode(KodeNomenklatur.parse("7.01.01.2.01"))
          .indikator(ind).targetAkhirRenstra(Target.angka(BigDecimal.valueOf(targetAkhir, 2)))
          .paguAkhirRenstra(Rupiah.ofSen(paguSen)).realisasiRenstraLalu(BigDecimal.valueOf(lalu, 2))
          .realisasiAnggaranRenstraLalu(Rupiah.ofSen(laluSen)).targetRenja(Target.angka(BigDecimal.valueOf(targetAkhir, 2)))
          .paguRenja(Rupiah.ofSen(paguSen));
      for (int q = 0; q < sampai; q++) {
        if (kinerja.get(q) != null) {
          // scale 0 when the value is whole, as a report prints it: the oracle's common scale must not matter
          BigDecimal v = BigDecimal.valueOf(kinerja.get(q), 2);
          b.putRealisasiKinerja(Triwulan.of(q + 1), kinerja.get(q) % 100 == 0 ? v.setScale(0) : v);
        }
        if (sen.get(q) != null) {
          b.putRealisasiAnggaran(Triwulan.of(q + 1), Rupiah.ofSen(sen.get(q)));
        }
      }
      return b.build();
    }

    /** This year's kinerja in hundredths, or null when no quarter up to {@code sampai} is reported. */
    BigInteger tahunIni() {
      List<BigInteger> reported = new ArrayList<>();
      for (int q = 0; q < sampai; q++) {
        if (kinerja.get(q) != null) {
          reported.add(BigInteger.valueOf(kinerja.get(q)));
        }
      }
      if (reported.isEmpty()) {
        return null;
      }
      return switch (agregasi) {
        case SUM -> reported.stream().reduce(BigInteger.ZERO, BigInteger::add);
        case LAST -> reported.get(reported.size() - 1);
        case MAX -> reported.stream().reduce(reported.get(0), BigInteger::max);
        case AVERAGE -> throw new IllegalStateException("not generated");
      };
    }

    /** This year's Rupiah in sen, or null when no quarter is reported. */
    BigInteger senTahunIni() {
      BigInteger sum = null;
      for (int q = 0; q < sampai; q++) {
        if (sen.get(q) != null) {
          sum = (sum == null ? BigInteger.ZERO : sum).add(BigInteger.valueOf(sen.get(q)));
        }
      }
      return sum;
    }
  }

  @Provide
  Arbitrary<Kasus> kasus() {
    Arbitrary<List<Long>> kinerja = Arbitraries.longs().between(0, 1_000_000).injectNull(0.25).list().ofSize(4);
    Arbitrary<List<Long>> sen = Arbitraries.longs().between(0, 1_000_000_000_000L).injectNull(0.25).list().ofSize(4);
    Arbitrary<Long> geser = Arbitraries.longs().between(-3, 3);
    return Combinators.combine(Arbitraries.of(Agregasi.SUM, Agregasi.LAST, Agregasi.MAX),
            Arbitraries.of(SifatIndikator.class), kinerja, sen, Arbitraries.longs().between(0, 1_000_000),
            Arbitraries.longs().between(0, 1_000_000_000_000L), Arbitraries.longs().between(1, 10_000_000),
            Arbitraries.longs().between(1, 10_000_000_000_000L))
        .flatAs((a, s, k, r, lalu, laluSen, target, pagu) -> Combinators.combine(Arbitraries.integers().between(1, 4),
            geser, geser).as((sampai, gk, gr) -> new Kasus(a, s, k, r, lalu, laluSen, target, pagu, sampai, gk, gr)));
  }

  @Property
  void derived_columns_equal_the_biginteger_oracle(@ForAll("kasus") Kasus k) {
    HasilBarisEvaluasi h = KalkulatorEvaluasiRenja.standar().hitung(k.baris(), Triwulan.of(k.sampai()));
    BigInteger tahun = k.tahunIni();
    if (tahun == null) {
      assertThat(h.realisasiKinerja().isComputable()).isFalse();
      assertThat(h.tingkatCapaianRenstra().isComputable()).isFalse();
    } else {
      assertThat(h.realisasiKinerja().value()).isEqualByComparingTo(new BigDecimal(tahun, 2));
      BigInteger toDate = k.sifat() == SifatIndikator.KUMULATIF ? tahun.add(BigInteger.valueOf(k.lalu())) : tahun;
      assertThat(h.realisasiRenstra().value()).isEqualByComparingTo(new BigDecimal(toDate, 2));
      // toDate / target × 100, both in hundredths
      assertFraction(h.tingkatCapaianRenstra().value(), toDate.multiply(HUNDRED), BigInteger.valueOf(k.targetAkhir()));
      assertFraction(h.capaianRenja().value(), tahun.multiply(HUNDRED), BigInteger.valueOf(k.targetAkhir()));
    }
    BigInteger sen = k.senTahunIni();
    if (sen == null) {
      assertThat(h.realisasiAnggaran().isComputable()).isFalse();
    } else {
      assertThat(h.realisasiAnggaran().value().toBigDecimal()).isEqualByComparingTo(new BigDecimal(sen, 2));
      BigInteger toDate = sen.add(BigInteger.valueOf(k.laluSen()));
      assertThat(h.realisasiAnggaranRenstra().value().toBigDecimal()).isEqualByComparingTo(new BigDecimal(toDate, 2));
      assertFraction(h.tingkatRealisasiAnggaranRenstra().value(), toDate.multiply(HUNDRED), BigInteger.valueOf(k.paguSen()));
      assertFraction(h.serapanRenja().value(), sen.multiply(HUNDRED), BigInteger.valueOf(k.paguSen()));
    }
  }

  @Property
  void a_printed_yearly_figure_is_found_exactly_when_it_differs_from_the_oracle(@ForAll("kasus") Kasus k) {
    BarisEvaluasiRenja b = k.baris();
    BigInteger tahun = k.tahunIni();
    BigInteger sen = k.senTahunIni();
    if (tahun != null) {
      b = b.withRealisasiKinerjaTercetak(new BigDecimal(tahun.add(BigInteger.valueOf(k.geserK())), 2));
    }
    if (sen != null && sen.add(BigInteger.valueOf(k.geserRp())).signum() >= 0) {
      b = b.withRealisasiAnggaranTercetak(Rupiah.ofSen(sen.longValueExact() + k.geserRp()));
    }
    EvaluasiRenja e = EvaluasiRenja.builder().unit(ContohEvaluasi.KECAMATAN).tahun(2024)
        .sampaiTriwulan(Triwulan.of(k.sampai())).addBaris(b).build();
    List<Temuan> temuan = PemeriksaanTriwulan.periksa(e);
    boolean kinerjaSalah = tahun != null && k.geserK() != 0;
    boolean rupiahSalah = b.realisasiAnggaranTercetak().isPresent() && k.geserRp() != 0;
    assertThat(temuan.stream().filter(t -> t.aturan() == AturanPemantauan.QUARTERS_REALISASI_MISMATCH).count())
        .isEqualTo(kinerjaSalah ? 1 : 0);
    assertThat(temuan.stream().filter(t -> t.aturan() == AturanPemantauan.QUARTERS_ANGGARAN_MISMATCH).count())
        .isEqualTo(rupiahSalah ? 1 : 0);
    temuan.stream().filter(t -> t.aturan() == AturanPemantauan.QUARTERS_REALISASI_MISMATCH).forEach(t ->
        assertThat(t.selisih().orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(k.geserK(), 2)));
    temuan.stream().filter(t -> t.aturan() == AturanPemantauan.QUARTERS_ANGGARAN_MISMATCH).forEach(t ->
        assertThat(t.selisih().orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(k.geserRp(), 2)));
  }

  /** {@code p} equals {@code num / den} percent: cross multiplication of the reduced fraction. */
  private static void assertFraction(Persentase p, BigInteger num, BigInteger den) {
    assertThat(p.numerator().multiply(den)).isEqualTo(num.multiply(p.denominator()));
  }
}
