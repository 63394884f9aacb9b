package id.sakip.pemantauan;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.Agregasi;
import id.sakip.kinerja.AgregasiPeriode;
import id.sakip.kinerja.CapaianBerjalan;
import id.sakip.kinerja.DeretPeriode;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.PeriodeKosong;
import id.sakip.kinerja.PeriodeTerisi;
import id.sakip.kinerja.Periodisasi;
import id.sakip.kinerja.SifatIndikator;
import id.sakip.kinerja.TingkatKemajuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Derives the computed columns of the evaluation of a Renja's results (Permendagri 86/2017) from
 * the figures of each row ({@link BarisEvaluasiRenja}), up to a quarter:
 *
 * <ul>
 *   <li>this year's realisation (column 13): kinerja, the quarters combined by the indicator's
 *       {@link Agregasi} ({@link AgregasiPeriode}, periods not reported handled by the {@link
 *       PeriodeKosong} policy); Rupiah, the sum of the quarters. The form's own rule is the sum of
 *       quarters I–IV; for a stock or percentage indicator practice takes the last quarter (SIMDA's
 *       "sifat", domain.md §2), which is what the indicator's {@code agregasi} says;
 *   <li>the Renstra realisation to date (column 14 = column 7 + column 13): kinerja, last year's
 *       plus this year's for a {@link SifatIndikator#KUMULATIF} indicator and this year's level for
 *       a {@link SifatIndikator#STOK} one; Rupiah, last year's plus this year's;
 *   <li>the tingkat capaian of the Renstra to date (column 15 = column 14 / column 6): kinerja
 *       with the indicator's polarity formula ({@link TingkatKemajuan}); Rupiah as a ratio;
 *   <li>beside the form: this year's capaian against the Renja target (the {@link
 *       KalkulatorCapaian}), the serapan against the Renja pagu, the capaian to date against the
 *       per-quarter targets ({@link CapaianBerjalan}, filled quarters by the {@link PeriodeTerisi}
 *       policy), the Rupiah to date against the Rupiah planned for the same quarters, and the
 *       physical progress of the last quarter reported.
 * </ul>
 *
 * Worked (a KUMULATIF SUM indicator, end target 100, 55 up to last year; quarters 5, 7, 6, 8 with
 * Rp 10.000.000, 20.000.000, 30.000.000, 40.000.000; Renja target 25, pagu Rp 110.000.000; Renstra
 * end budget Rp 500.000.000, Rp 230.000.000 up to last year): this year 26 and Rp 100.000.000,
 * Renstra to date 81 and Rp 330.000.000, tingkat capaian 81 % and 66 %, capaian Renja 104 %, serapan
 * 90,90…%.
 *
 * <p>Exact throughout; every figure that cannot be computed is an {@link Outcome} that says why,
 * prefixed with the row's code and indicator. Linear in the number of rows. Instances are immutable.
 * Thread-safe: an instance keeps no state between calls and may be used by any number of threads
 * at once.
 */
public final class KalkulatorEvaluasiRenja {

  private static final KalkulatorEvaluasiRenja STANDAR = new KalkulatorEvaluasiRenja(
      KalkulatorCapaian.standar(), PeriodeKosong.ABAIKAN, PeriodeTerisi.NOL_TERISI);

  private final KalkulatorCapaian kalkulator;
  private final PeriodeKosong periodeKosong;
  private final PeriodeTerisi periodeTerisi;

  private KalkulatorEvaluasiRenja(KalkulatorCapaian kalkulator, PeriodeKosong periodeKosong,
      PeriodeTerisi periodeTerisi) {
    this.kalkulator = Objects.requireNonNull(kalkulator, "kalkulator");
    this.periodeKosong = Objects.requireNonNull(periodeKosong, "periodeKosong");
    this.periodeTerisi = Objects.requireNonNull(periodeTerisi, "periodeTerisi");
  }

  /**
   * Returns the standard calculator: {@link KalkulatorCapaian#standar()}, quarters not reported
   * skipped ({@link PeriodeKosong#ABAIKAN}, as the audit of period series does), a reported 0 a
   * filled quarter ({@link PeriodeTerisi#NOL_TERISI}, practice: E-Sakip AKSARA).
   */
  public static KalkulatorEvaluasiRenja standar() {
    return STANDAR;
  }

  /** Returns a copy computing capaian and tingkat capaian with {@code value}. */
  public KalkulatorEvaluasiRenja withKalkulator(KalkulatorCapaian value) {
    return new KalkulatorEvaluasiRenja(value, periodeKosong, periodeTerisi);
  }

  /** Returns a copy treating quarters not reported by {@code value} when it combines them. */
  public KalkulatorEvaluasiRenja withPeriodeKosong(PeriodeKosong value) {
    return new KalkulatorEvaluasiRenja(kalkulator, value, periodeTerisi);
  }

  /** Returns a copy choosing the filled quarters of the capaian to date by {@code value}. */
  public KalkulatorEvaluasiRenja withPeriodeTerisi(PeriodeTerisi value) {
    return new KalkulatorEvaluasiRenja(kalkulator, periodeKosong, value);
  }

  /** Returns the capaian calculator. */
  public KalkulatorCapaian kalkulator() {
    return kalkulator;
  }

  /** Returns the policy for quarters not reported. */
  public PeriodeKosong periodeKosong() {
    return periodeKosong;
  }

  /** Returns the policy choosing the filled quarters of the capaian to date. */
  public PeriodeTerisi periodeTerisi() {
    return periodeTerisi;
  }

  /** Returns the derived columns of every row of {@code evaluasi}, in its order, up to its {@code sampaiTriwulan}. */
  public List<HasilBarisEvaluasi> hitung(EvaluasiRenja evaluasi) {
    Objects.requireNonNull(evaluasi, "evaluasi");
    List<HasilBarisEvaluasi> out = new ArrayList<>(evaluasi.baris().size());
    for (BarisEvaluasiRenja b : evaluasi.baris()) {
      out.add(hitung(b, evaluasi.sampaiTriwulan()));
    }
    return out;
  }

  /** Returns the derived columns of {@code baris} taking quarters I to {@code sampai} into account. */
  public HasilBarisEvaluasi hitung(BarisEvaluasiRenja baris, Triwulan sampai) {
    Objects.requireNonNull(baris, "baris");
    Objects.requireNonNull(sampai, "sampai");
    String awalan = baris.kunci() + ": ";
    Outcome<BigDecimal> kinerja = berawalan(awalan,
        AgregasiPeriode.hitung(baris.deretRealisasiKinerja(), baris.indikator().agregasi(), periodeKosong, sampai.nomor()));
    Outcome<Rupiah> anggaran = berawalan(awalan, jumlahTriwulan(baris.realisasiAnggaran(), sampai));
    Outcome<BigDecimal> renstra = realisasiRenstra(baris, kinerja, awalan);
    Outcome<Rupiah> anggaranRenstra =
        anggaran.flatMap(r -> tambah(baris.realisasiAnggaranRenstraLalu(), r, awalan));
    Outcome<Persentase> tingkat = kinerja.flatMap(ini -> tahunRenstra(baris, ini, awalan))
        .flatMap(tahun -> berawalan(awalan,
            TingkatKemajuan.hitung(kalkulator, baris.indikator(), baris.targetAkhirRenstra(), tahun)));
    Outcome<Persentase> tingkatAnggaran = anggaranRenstra.flatMap(r ->
        berawalan(awalan + "Rupiah to date against the Renstra end budget: ", Persentase.ratio(r, baris.paguAkhirRenstra())));
    Outcome<Persentase> capaian = kinerja.flatMap(r ->
        berawalan(awalan, kalkulator.hitung(baris.indikator().polaritas(), baris.targetRenja(), r)));
    Outcome<Persentase> serapan = anggaran.flatMap(r ->
        berawalan(awalan + "serapan against the Renja pagu: ", Persentase.ratio(r, baris.paguRenja())));
    return new HasilBarisEvaluasi(baris, sampai, kinerja, anggaran, renstra, anggaranRenstra, tingkat, tingkatAnggaran,
        capaian, serapan, capaianBerjalan(baris, sampai, awalan), serapanBerjalan(baris, sampai, awalan),
        fisik(baris, sampai));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof KalkulatorEvaluasiRenja other && other.kalkulator.equals(kalkulator)
        && other.periodeKosong == periodeKosong && other.periodeTerisi == periodeTerisi;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kalkulator, periodeKosong, periodeTerisi);
  }

  @Override
  public String toString() {
    return "KalkulatorEvaluasiRenja[" + kalkulator + ", " + periodeKosong + ", " + periodeTerisi + "]";
  }

  // ---------------------------------------------------------------- internals

  /** The years TingkatKemajuan compares: last year's and this year's for a cumulative indicator, this year's for a stock. */
  private static Outcome<List<BigDecimal>> tahunRenstra(BarisEvaluasiRenja baris, BigDecimal ini, String awalan) {
    if (baris.indikator().sifat() == SifatIndikator.STOK) {
      return Outcome.of(List.of(ini));
    }
    return baris.realisasiRenstraLalu()
        .map(lalu -> Outcome.of(List.of(lalu, ini)))
        .orElseGet(() -> tanpaLalu(awalan));
  }

  private static Outcome<BigDecimal> realisasiRenstra(BarisEvaluasiRenja baris, Outcome<BigDecimal> kinerja, String awalan) {
    return kinerja.flatMap(ini -> tahunRenstra(baris, ini, awalan))
        .map(tahun -> tahun.size() == 1 ? tahun.get(0) : tahun.get(0).add(tahun.get(1)));
  }

  private static <T> Outcome<T> tanpaLalu(String awalan) {
    return Outcome.notComputable(Outcome.Reason.NO_VALUE, awalan + "the Renstra realisation up to last year is not"
        + " stated; a KUMULATIF indicator adds this year's realisation to it (state 0 in the Renstra's first year)");
  }

  /** The Rupiah of quarters I to {@code sampai} summed, quarters not reported handled by the policy. */
  private Outcome<Rupiah> jumlahTriwulan(Map<Triwulan, Rupiah> perTriwulan, Triwulan sampai) {
    Map<Integer, BigDecimal> amounts = new HashMap<>();
    perTriwulan.forEach((t, r) -> amounts.put(t.nomor(), r.toBigDecimal()));
    return AgregasiPeriode.hitung(DeretPeriode.of(Periodisasi.TRIWULAN, amounts), Agregasi.SUM, periodeKosong,
        sampai.nomor()).flatMap(KalkulatorEvaluasiRenja::rupiah);
  }

  private static Outcome<Rupiah> rupiah(BigDecimal amount) {
    try {
      return Outcome.of(Rupiah.of(amount));
    } catch (ArithmeticException beyond) {
      return Outcome.notComputable(Outcome.Reason.OUT_OF_RANGE, "the sum " + amount.toPlainString()
          + " lies outside the range of Rupiah");
    }
  }

  private static Outcome<Rupiah> tambah(Rupiah a, Rupiah b, String awalan) {
    return berawalan(awalan, rupiah(a.toBigDecimal().add(b.toBigDecimal())));
  }

  private Outcome<CapaianBerjalan.Hasil> capaianBerjalan(BarisEvaluasiRenja baris, Triwulan sampai, String awalan) {
    if (baris.targetKinerjaTriwulan().isEmpty()) {
      return Outcome.notComputable(Outcome.Reason.NO_VALUE, awalan + "the Renja sets no target per quarter");
    }
    return CapaianBerjalan.hitung(kalkulator, baris.indikator(), baris.deretTargetKinerja(),
        baris.deretRealisasiKinerja(), periodeTerisi, sampai.nomor());
  }

  /**
   * Σ Rupiah spent in the filled quarters / Σ Rupiah planned for the same quarters × 100; a quarter
   * is filled as {@link CapaianBerjalan} fills one (a reported amount, a reported 0 by the policy).
   */
  private Outcome<Persentase> serapanBerjalan(BarisEvaluasiRenja baris, Triwulan sampai, String awalan) {
    if (baris.targetAnggaranTriwulan().isEmpty()) {
      return Outcome.notComputable(Outcome.Reason.NO_VALUE, awalan + "the Renja plans no Rupiah per quarter");
    }
    BigDecimal realisasi = BigDecimal.ZERO;
    BigDecimal rencana = BigDecimal.ZERO;
    List<Triwulan> tanpaRencana = new ArrayList<>();
    int terisi = 0;
    for (Triwulan t : Triwulan.values()) {
      if (t.isSetelah(sampai)) {
        break;
      }
      Rupiah r = baris.realisasiAnggaran().get(t);
      if (r == null || periodeTerisi == PeriodeTerisi.NOL_DIABAIKAN && r.isZero()) {
        continue;
      }
      Rupiah p = baris.targetAnggaranTriwulan().get(t);
      if (p == null) {
        tanpaRencana.add(t);
        continue;
      }
      terisi++;
      realisasi = realisasi.add(r.toBigDecimal());
      rencana = rencana.add(p.toBigDecimal());
    }
    if (!tanpaRencana.isEmpty()) {
      return Outcome.notComputable(Outcome.Reason.NO_VALUE, awalan + "triwulan " + tanpaRencana
          + " spent Rupiah that the Renja did not plan per quarter; every filled quarter needs its plan");
    }
    if (terisi == 0) {
      return Outcome.notComputable(Outcome.Reason.NO_VALUE, awalan + "no quarter up to " + sampai
          + " reports Rupiah spent (" + periodeTerisi + ")");
    }
    return berawalan(awalan + "Rupiah to date against the Rupiah planned: ", Persentase.ratio(realisasi, rencana));
  }

  private static Optional<BigDecimal> fisik(BarisEvaluasiRenja baris, Triwulan sampai) {
    BigDecimal last = null;
    for (Triwulan t : Triwulan.values()) {
      if (!t.isSetelah(sampai) && baris.realisasiFisik().containsKey(t)) {
        last = baris.realisasiFisik().get(t);
      }
    }
    return Optional.ofNullable(last);
  }

  private static <T> Outcome<T> berawalan(String awalan, Outcome<T> o) {
    if (o.isComputable() || o.explanation().startsWith(awalan)) {
      return o;
    }
    return Outcome.notComputable(o.notComputableReason().orElseThrow(), awalan + o.explanation());
  }
}
