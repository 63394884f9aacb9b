package id.sakip.pemantauan;

import id.sakip.temuan.Aturan;
import id.sakip.temuan.DefinisiAturan;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.PenyediaAturan;

/**
 * The rules of the checks of a Renja evaluation against its quarters ({@link PemeriksaanTriwulan}),
 * with their messages in both languages.
 */
public enum AturanPemantauan implements Aturan {

  /** This year's printed kinerja realisation is not its quarters combined by the indicator's aggregation. */
  QUARTERS_REALISASI_MISMATCH(DefinisiAturan.of(Keparahan.ERROR,
      "realisasi kinerja tahunan tercetak tidak sesuai realisasi triwulanannya",
      "a printed yearly kinerja realisation is not its quarters combined",
      "{lokasi}: realisasi tahun ini '{indikator}' tercetak {tercetak}, padahal triwulan-triwulannya ({agregasi}) "
          + "memberi {pembanding} (selisih {selisih}).",
      "{lokasi}: this year's realisation of '{indikator}' is printed as {tercetak}, but its quarters ({agregasi}) "
          + "give {pembanding} (difference {selisih}).")),
  /** This year's printed Rupiah realisation is not the sum of its quarters. */
  QUARTERS_ANGGARAN_MISMATCH(DefinisiAturan.of(Keparahan.ERROR,
      "realisasi anggaran tahunan tercetak bukan jumlah realisasi triwulanannya",
      "a printed yearly budget realisation is not the sum of its quarters",
      "{lokasi}: realisasi anggaran tahun ini '{indikator}' tercetak {tercetak}, padahal jumlah triwulan-triwulannya "
          + "{pembanding} (selisih {selisih}).",
      "{lokasi}: this year's budget realisation of '{indikator}' is printed as {tercetak}, but its quarters sum to "
          + "{pembanding} (difference {selisih}).")),
  /** A physical progress above 100 %. */
  FISIK_ABOVE_HUNDRED(DefinisiAturan.of(Keparahan.ERROR,
      "realisasi fisik melebihi 100%",
      "a physical progress above 100%",
      "{lokasi}: realisasi fisik '{indikator}' triwulan {triwulan} {tercetak} melebihi {pembanding}; kemajuan fisik "
          + "adalah bagian dari seluruh pekerjaan.",
      "{lokasi}: the physical progress of '{indikator}' in quarter {triwulan} is {tercetak}, above {pembanding}; "
          + "physical progress is a share of the whole work.")),
  /** A cumulative Renstra realisation to date below the realisation up to last year. */
  RENSTRA_REALISASI_DECREASES(DefinisiAturan.of(Keparahan.ERROR,
      "realisasi Renstra kumulatif s.d. tahun ini lebih kecil dari s.d. tahun lalu",
      "a cumulative Renstra realisation to date is below last year's",
      "{lokasi}: realisasi Renstra '{indikator}' s.d. tahun ini {tercetak} lebih kecil dari realisasi s.d. tahun lalu "
          + "{pembanding} (selisih {selisih}); angka kumulatif tidak dapat berkurang.",
      "{lokasi}: the Renstra realisation of '{indikator}' to date is {tercetak}, below the realisation up to last "
          + "year, {pembanding} (difference {selisih}); a cumulative figure cannot decrease.")),
  /** A printed Renstra realisation to date that does not recompute from last year's and this year's. */
  RENSTRA_REALISASI_MISMATCH(DefinisiAturan.of(Keparahan.ERROR,
      "realisasi Renstra s.d. tahun ini tercetak tidak sesuai hitungan ulang",
      "a printed Renstra realisation to date does not recompute",
      "{lokasi}: realisasi Renstra '{indikator}' s.d. tahun ini tercetak {tercetak}, padahal {dasar} memberi "
          + "{pembanding} (selisih {selisih}).",
      "{lokasi}: the Renstra realisation of '{indikator}' to date is printed as {tercetak}, but {dasar} gives "
          + "{pembanding} (difference {selisih})."));

  private final DefinisiAturan definisi;

  AturanPemantauan(DefinisiAturan definisi) {
    this.definisi = definisi;
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public DefinisiAturan definisi() {
    return definisi;
  }

  /** Contributes these rules to the registry. */
  public static final class Penyedia extends PenyediaAturan.DariEnum {
    /** Creates the provider (called by the service loader). */
    public Penyedia() {
      super(values());
    }
  }
}
