package id.sakip.assertj;

import static org.assertj.core.api.Assertions.catchThrowable;

import id.sakip.audit.HasilAudit;
import id.sakip.temuan.Aturan;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Baris;
import id.sakip.temuan.DefinisiAturan;
import id.sakip.temuan.Istilah;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Nilai;
import id.sakip.temuan.Pembanding;
import id.sakip.temuan.Sumber;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Findings built directly from their typed parts, with rules of the tests' own, so the assertions
 * are tested without the audit (which decides which findings a report gets).
 */
final class Contoh {

  private Contoh() {}

  /** Rules of the tests, with messages of their own. */
  enum AturanUji implements Aturan {
    TOTAL_SALAH(Keparahan.ERROR,
        "{lokasi}: jumlah tercetak {tercetak} bukan {pembanding} (selisih {selisih}).",
        "{lokasi}: the printed total {tercetak} is not {pembanding} (difference {selisih})."),
    CAPAIAN_SALAH(Keparahan.ERROR,
        "{lokasi}: tercetak {tercetak}, padahal capaian adalah {pembanding} (selisih {selisih}).",
        "{lokasi}: printed {tercetak}, but the capaian is {pembanding} (difference {selisih})."),
    DIBATASI(Keparahan.WARNING,
        "{lokasi}: capaian dibatasi pada {tercetak}.",
        "{lokasi}: capaian capped at {tercetak}."),
    DUA_VERSI(Keparahan.INFO,
        "{lokasi}: laporan memuat dua versi anggaran.",
        "{lokasi}: the report carries two budget versions.");

    private final DefinisiAturan definisi;

    AturanUji(Keparahan keparahan, String id, String en) {
      this.definisi = new DefinisiAturan(keparahan, new Istilah("aturan uji " + name(), "test rule " + name()),
          new Istilah(id, en));
    }

    @Override
    public String id() {
      return name();
    }

    @Override
    public DefinisiAturan definisi() {
      return definisi;
    }
  }

  /** Table B, total row, pagu: {@code Table B › total row › pagu (budget)}. */
  static final Lokasi TOTAL_B = Lokasi.of(Bagian.TABEL_B).withBaris(new Baris.Jumlah()).withKolom(Kolom.PAGU);

  /** Table 1.1, SKM 2022, capaian: {@code Table 1.1 › indicator 'SKM' 2022 › capaian}. */
  static final Lokasi SKM_2022 =
      Lokasi.of(Bagian.TABEL_1_1).withBaris(Baris.Indikator.of("SKM", 2022)).withKolom(Kolom.CAPAIAN);

  /** Table 1.1, IKM 2022, capaian. */
  static final Lokasi IKM_2022 =
      Lokasi.of(Bagian.TABEL_1_1).withBaris(Baris.Indikator.of("IKM", 2022)).withKolom(Kolom.CAPAIAN);

  /** Table 1.1, IKU 2022, capaian. */
  static final Lokasi IKU_2022 =
      Lokasi.of(Bagian.TABEL_1_1).withBaris(Baris.Indikator.of("IKU", 2022)).withKolom(Kolom.CAPAIAN);

  /** A printed total Rp315.604.700,00 against a recomputed Rp305.711.500,00: difference 9.893.200,00. */
  static final Temuan TOTAL = Temuan.banding(AturanUji.TOTAL_SALAH, TOTAL_B,
      Nilai.rupiah(new BigDecimal("315604700.00")),
      new Pembanding(Nilai.rupiah(new BigDecimal("305711500.00")), Sumber.DIHITUNG));

  /** A printed capaian of 100% against a recomputed 100.96%: difference -0.96. */
  static final Temuan CAPAIAN_SKM = capaian(SKM_2022);

  /** The same at IKM 2022. */
  static final Temuan CAPAIAN_IKM = capaian(IKM_2022);

  /** A capped capaian (a warning). */
  static final Temuan DIBATASI = Temuan.of(AturanUji.DIBATASI, IKU_2022).withTercetak(Nilai.persen(new BigDecimal("100")));

  /** Two budget versions (an info). */
  static final Temuan DUA_VERSI = Temuan.of(AturanUji.DUA_VERSI, Lokasi.of(Bagian.TABEL_B));

  static Temuan capaian(Lokasi lokasi) {
    return Temuan.banding(AturanUji.CAPAIAN_SALAH, lokasi, Nilai.persen(new BigDecimal("100")),
        new Pembanding(Nilai.persen(new BigDecimal("100.96")), Sumber.DIHITUNG));
  }

  static HasilAudit audit(Temuan... temuan) {
    return new HasilAudit(List.of(temuan));
  }

  /**
   * Runs {@code assertion}, which must fail, and returns its error, after checking the failure
   * message has real line breaks only: no literal {@code %n} left from formatting.
   */
  static AssertionError failure(ThrowingCallable assertion) {
    Throwable thrown = catchThrowable(assertion);
    Assertions.assertThat(thrown).as("the assertion must fail").isInstanceOf(AssertionError.class);
    Assertions.assertThat(thrown.getMessage()).as("failure message").doesNotContain("%n");
    return (AssertionError) thrown;
  }
}
