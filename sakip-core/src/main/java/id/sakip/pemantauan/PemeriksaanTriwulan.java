package id.sakip.pemantauan;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.SifatIndikator;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Istilah;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Nilai;
import id.sakip.temuan.Pembanding;
import id.sakip.temuan.Sumber;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks of a Renja evaluation (Permendagri 86/2017) against its quarters, each returning typed
 * {@link Temuan findings} of an {@link AturanPemantauan} rule, located at the evaluation ({@link
 * Bagian#LAIN} at {@link EvaluasiRenja#tempat()}), the row's code and the column:
 *
 * <ul>
 *   <li>{@link AturanPemantauan#QUARTERS_REALISASI_MISMATCH}: this year's printed kinerja
 *       realisation against the quarters combined by the indicator's {@link
 *       id.sakip.kinerja.Agregasi} (quarter IV 95 against a yearly 90 for a {@code LAST} indicator;
 *       a {@code SUM} indicator whose yearly figure is not the sum), compared at the printed
 *       precision as the audit compares printed figures;
 *   <li>{@link AturanPemantauan#QUARTERS_ANGGARAN_MISMATCH}: this year's printed Rupiah against the
 *       sum of the quarters, exactly;
 *   <li>{@link AturanPemantauan#FISIK_ABOVE_HUNDRED}: a quarter's physical progress above 100 %;
 *   <li>{@link AturanPemantauan#RENSTRA_REALISASI_DECREASES}: a Renstra realisation to date below the
 *       realisation up to last year, for a figure that accumulates: the kinerja of a {@link
 *       SifatIndikator#KUMULATIF} indicator (a {@link SifatIndikator#STOK} level may fall, ours: a
 *       worse rate is not an inconsistency) and the Rupiah of every row. The printed figure is used
 *       when the form prints one, else the recomputed one;
 *   <li>{@link AturanPemantauan#RENSTRA_REALISASI_MISMATCH}: a printed Renstra realisation to date
 *       against last year's plus this year's (this year's level for a stock); not reported for a
 *       column that already decreases (the decrease says more).
 * </ul>
 *
 * A figure that cannot be recomputed (no quarter reported) is not compared. Linear in the number
 * of rows.
 *
 * <p>Thread-safe: its methods keep no state between calls and may run in any number of threads at once.
 */
public final class PemeriksaanTriwulan {

  private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

  private PemeriksaanTriwulan() {}

  /**
   * Runs every check with the {@linkplain KalkulatorEvaluasiRenja#standar() standard calculator},
   * comparing printed kinerja figures half-up at their printed precision.
   */
  public static List<Temuan> periksa(EvaluasiRenja evaluasi) {
    return periksa(evaluasi, KalkulatorEvaluasiRenja.standar(), RoundingMode.HALF_UP);
  }

  /**
   * Runs every check, recomputing with {@code kalkulator} and comparing printed kinerja figures at
   * their printed precision with {@code pembulatan}; the findings come row by row, in the order of
   * the rules.
   *
   * @throws IllegalArgumentException for {@link RoundingMode#UNNECESSARY}, which no printed figure
   *     of lower precision could satisfy
   */
  public static List<Temuan> periksa(EvaluasiRenja evaluasi, KalkulatorEvaluasiRenja kalkulator, RoundingMode pembulatan) {
    Objects.requireNonNull(evaluasi, "evaluasi");
    Objects.requireNonNull(kalkulator, "kalkulator");
    if (Objects.requireNonNull(pembulatan, "pembulatan") == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("pembulatan: UNNECESSARY cannot compare a printed figure with a more"
          + " precise one; choose HALF_UP, HALF_EVEN, DOWN, … / pembulatan UNNECESSARY tidak dapat membandingkan"
          + " angka tercetak dengan angka yang lebih teliti");
    }
    Lokasi dasar = new Lokasi(Bagian.LAIN, Optional.of(evaluasi.tempat()), Optional.empty(), Optional.empty());
    List<Temuan> out = new ArrayList<>();
    for (BarisEvaluasiRenja baris : evaluasi.baris()) {
      HasilBarisEvaluasi h = kalkulator.hitung(baris, evaluasi.sampaiTriwulan());
      Lokasi lokasi = dasar.withBaris(new Baris.Kode(baris.kode().toString()));
      realisasiTahunan(out, h, lokasi, pembulatan);
      anggaranTahunan(out, h, lokasi);
      fisik(out, h, lokasi);
      boolean kinerjaMenurun = kinerjaMenurun(out, h, lokasi);
      boolean anggaranMenurun = anggaranMenurun(out, h, lokasi);
      renstra(out, h, lokasi, pembulatan, kinerjaMenurun, anggaranMenurun);
    }
    return out;
  }

  private static void realisasiTahunan(List<Temuan> out, HasilBarisEvaluasi h, Lokasi lokasi, RoundingMode mode) {
    BarisEvaluasiRenja b = h.baris();
    Optional<BigDecimal> printed = b.realisasiKinerjaTercetak();
    if (printed.isPresent() && h.realisasiKinerja().isComputable()
        && !cocok(h.realisasiKinerja().value(), printed.get(), mode)) {
      out.add(Temuan.banding(AturanPemantauan.QUARTERS_REALISASI_MISMATCH, lokasi.withKolom(Kolom.REALISASI),
              Nilai.bilangan(printed.get()),
              new Pembanding(Nilai.bilangan(dinyatakan(h.realisasiKinerja().value(), printed.get(), mode)), Sumber.DIHITUNG))
          .with("indikator", b.indikator().nama()).with("agregasi", agregasi(b)));
    }
  }

  private static void anggaranTahunan(List<Temuan> out, HasilBarisEvaluasi h, Lokasi lokasi) {
    BarisEvaluasiRenja b = h.baris();
    Optional<Rupiah> printed = b.realisasiAnggaranTercetak();
    if (printed.isPresent() && h.realisasiAnggaran().isComputable() && !printed.get().equals(h.realisasiAnggaran().value())) {
      out.add(Temuan.banding(AturanPemantauan.QUARTERS_ANGGARAN_MISMATCH, lokasi.withKolom(Kolom.REALISASI_ANGGARAN),
              rupiah(printed.get()), new Pembanding(rupiah(h.realisasiAnggaran().value()), Sumber.DIHITUNG))
          .with("indikator", b.indikator().nama()));
    }
  }

  private static void fisik(List<Temuan> out, HasilBarisEvaluasi h, Lokasi lokasi) {
    BarisEvaluasiRenja b = h.baris();
    for (Triwulan t : Triwulan.values()) {
      BigDecimal v = t.isSetelah(h.sampaiTriwulan()) ? null : b.realisasiFisik().get(t);
      if (v != null && v.compareTo(SERATUS) > 0) {
        out.add(Temuan.banding(AturanPemantauan.FISIK_ABOVE_HUNDRED, lokasi.withKolom(Kolom.PERIODE), Nilai.persen(v),
                new Pembanding(Nilai.persen(SERATUS), Sumber.BATAS))
            .with("indikator", b.indikator().nama()).with("triwulan", t.name()));
      }
    }
  }

  /** A cumulative kinerja to date below last year's; returns whether one was found. */
  private static boolean kinerjaMenurun(List<Temuan> out, HasilBarisEvaluasi h, Lokasi lokasi) {
    BarisEvaluasiRenja b = h.baris();
    if (b.indikator().sifat() != SifatIndikator.KUMULATIF || b.realisasiRenstraLalu().isEmpty()) {
      return false;
    }
    Optional<BigDecimal> sekarang = b.realisasiRenstraTercetak().or(() -> h.realisasiRenstra().toOptional());
    BigDecimal lalu = b.realisasiRenstraLalu().get();
    if (sekarang.isPresent() && sekarang.get().compareTo(lalu) < 0) {
      out.add(Temuan.banding(AturanPemantauan.RENSTRA_REALISASI_DECREASES, lokasi.withKolom(Kolom.REALISASI),
              Nilai.bilangan(sekarang.get()), new Pembanding(Nilai.bilangan(lalu), Sumber.DOKUMEN_LAIN))
          .with("indikator", b.indikator().nama()));
      return true;
    }
    return false;
  }

  /** A Rupiah to date below last year's (only a printed one can be); returns whether one was found. */
  private static boolean anggaranMenurun(List<Temuan> out, HasilBarisEvaluasi h, Lokasi lokasi) {
    BarisEvaluasiRenja b = h.baris();
    Optional<Rupiah> sekarang = b.realisasiAnggaranRenstraTercetak().or(() -> h.realisasiAnggaranRenstra().toOptional());
    Rupiah lalu = b.realisasiAnggaranRenstraLalu();
    if (sekarang.isPresent() && sekarang.get().isLessThan(lalu)) {
      out.add(Temuan.banding(AturanPemantauan.RENSTRA_REALISASI_DECREASES, lokasi.withKolom(Kolom.REALISASI_ANGGARAN),
              rupiah(sekarang.get()), new Pembanding(rupiah(lalu), Sumber.DOKUMEN_LAIN))
          .with("indikator", b.indikator().nama()));
      return true;
    }
    return false;
  }

  private static void renstra(List<Temuan> out, HasilBarisEvaluasi h, Lokasi lokasi, RoundingMode mode,
      boolean kinerjaMenurun, boolean anggaranMenurun) {
    BarisEvaluasiRenja b = h.baris();
    Optional<BigDecimal> printed = b.realisasiRenstraTercetak();
    Outcome<BigDecimal> computed = h.realisasiRenstra();
    if (!kinerjaMenurun && printed.isPresent() && computed.isComputable() && !cocok(computed.value(), printed.get(), mode)) {
      out.add(Temuan.banding(AturanPemantauan.RENSTRA_REALISASI_MISMATCH, lokasi.withKolom(Kolom.REALISASI),
              Nilai.bilangan(printed.get()),
              new Pembanding(Nilai.bilangan(dinyatakan(computed.value(), printed.get(), mode)), Sumber.DIHITUNG))
          .with("indikator", b.indikator().nama()).with("dasar", dasarRenstra(b)));
    }
    Optional<Rupiah> printedRp = b.realisasiAnggaranRenstraTercetak();
    Outcome<Rupiah> computedRp = h.realisasiAnggaranRenstra();
    if (!anggaranMenurun && printedRp.isPresent() && computedRp.isComputable()
        && !printedRp.get().equals(computedRp.value())) {
      out.add(Temuan.banding(AturanPemantauan.RENSTRA_REALISASI_MISMATCH, lokasi.withKolom(Kolom.REALISASI_ANGGARAN),
              rupiah(printedRp.get()), new Pembanding(rupiah(computedRp.value()), Sumber.DIHITUNG))
          .with("indikator", b.indikator().nama())
          .with("dasar", new Istilah("realisasi s.d. tahun lalu ditambah tahun ini", "last year's total plus this year's")));
    }
  }

  /**
   * Whether {@code printed} agrees with {@code value} at the printed precision, as the audit compares
   * printed indicator figures: the value rounded to the printed scale with {@code mode}.
   */
  static boolean cocok(BigDecimal value, BigDecimal printed, RoundingMode mode) {
    return Pecahan.of(value).rounded(Math.max(0, printed.scale()), mode).compareTo(printed) == 0;
  }

  /** The recomputed value as a finding states it: at the printed precision, at least 2 decimals, when it has more. */
  private static BigDecimal dinyatakan(BigDecimal value, BigDecimal printed, RoundingMode mode) {
    int scale = Math.max(2, printed.scale());
    return value.scale() > scale ? value.setScale(scale, mode) : value;
  }

  private static Istilah agregasi(BarisEvaluasiRenja b) {
    return switch (b.indikator().agregasi()) {
      case SUM -> new Istilah("dijumlahkan", "summed");
      case LAST -> new Istilah("nilai triwulan terakhir", "the last quarter's value");
      case MAX -> new Istilah("nilai tertinggi", "the highest value");
      case AVERAGE -> new Istilah("rata-rata", "averaged");
    };
  }

  private static Istilah dasarRenstra(BarisEvaluasiRenja b) {
    return b.indikator().sifat() == SifatIndikator.KUMULATIF
        ? new Istilah("realisasi s.d. tahun lalu ditambah tahun ini", "last year's total plus this year's")
        : new Istilah("realisasi tahun ini (indikator stok)", "this year's level (a stock indicator)");
  }

  private static Nilai rupiah(Rupiah r) {
    return Nilai.rupiah(r.toBigDecimal());
  }
}
