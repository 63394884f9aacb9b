package id.sakip.audit;

import id.sakip.temuan.Aturan;
import id.sakip.temuan.DefinisiAturan;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.PenyediaAturan;

/**
 * The rules of the audit of a whole report, each with its severity, what it checks and its
 * message in Indonesian and English. The budget-tree rules are {@link
 * id.sakip.anggaran.AturanAnggaran}; {@link id.sakip.temuan.RegistriAturan} lists both. Ids never
 * change meaning; new rules get new ids.
 */
public enum AturanAudit implements Aturan {

  /** A printed capaian does not recompute from the target and realisasi. */
  CAPAIAN_MISMATCH(DefinisiAturan.of(Keparahan.ERROR,
      "capaian tercetak tidak sesuai hitungan ulang dari target dan realisasinya",
      "a printed capaian does not recompute from its target and realisasi",
      "{lokasi}: tercetak {tercetak}, padahal capaian realisasi {realisasi} terhadap target {target} ({rumus}) "
          + "adalah {pembanding} (selisih {selisih}).",
      "{lokasi}: printed {tercetak}, but the capaian of realisasi {realisasi} against target {target} ({rumus}) is "
          + "{pembanding} (difference {selisih}).")),
  /** A printed capaian equals a capped value, but the policy declares no such cap. */
  CAPPED_WITHOUT_POLICY(DefinisiAturan.of(Keparahan.WARNING,
      "capaian tercetak dibatasi (misalnya 100%) tanpa kebijakan batas yang dinyatakan",
      "a printed capaian is capped (e.g. at 100%) without a declared cap policy",
      "{lokasi}: capaian realisasi {realisasi} terhadap target {target} adalah {pembanding}, tetapi dicetak "
          + "{tercetak} karena dibatasi pada {batas}, padahal kebijakan tidak menetapkan batas tersebut.",
      "{lokasi}: the capaian of realisasi {realisasi} against target {target} is {pembanding}, but it is printed as "
          + "{tercetak}: capped at {batas}, a cap the policy does not declare.")),
  /** A printed target differs from the target the PK (or, for other years, the IKU table) sets. */
  PRINTED_TARGET_MISMATCH(DefinisiAturan.of(Keparahan.ERROR,
      "target tercetak berbeda dari target dokumen sumbernya (PK, atau tabel IKU untuk tahun lain)",
      "a printed target differs from its source document (the PK, or the IKU table for other years)",
      "{lokasi}: target tercetak {tercetak}, padahal {dokumen} mencantumkan {pembanding} (selisih {selisih}).",
      "{lokasi}: printed target {tercetak}, but {dokumen} states {pembanding} (difference {selisih}).")),
  /** A printed realisasi differs from the realisasi of the IKU. */
  PRINTED_REALISASI_MISMATCH(DefinisiAturan.of(Keparahan.ERROR,
      "realisasi tercetak berbeda dari realisasi IKU",
      "a printed realisasi differs from the IKU realisasi",
      "{lokasi}: realisasi tercetak {tercetak}, padahal {dokumen} mencatat {pembanding} (selisih {selisih}).",
      "{lokasi}: printed realisasi {tercetak}, but {dokumen} records {pembanding} (difference {selisih}).")),
  /** A printed category label differs from the category of the recomputed capaian on the policy's scale. */
  CATEGORY_MISMATCH(DefinisiAturan.of(Keparahan.ERROR,
      "kategori tercetak berbeda dari kategori capaian hitung ulang pada skala kebijakan",
      "a printed category differs from the category of the recomputed capaian on the policy's scale",
      "{lokasi}: kategori tercetak '{kategoriTercetak}', padahal capaian {capaian} termasuk kategori '{kategori}' "
          + "pada skala {skala}.",
      "{lokasi}: printed category '{kategoriTercetak}', but a capaian of {capaian} falls in '{kategori}' on the "
          + "scale {skala}.")),
  /** A printed end-of-Renstra target differs from the Renstra. */
  END_TARGET_MISMATCH(DefinisiAturan.of(Keparahan.ERROR,
      "target akhir Renstra tercetak berbeda dari Renstra",
      "a printed end-of-Renstra target differs from the Renstra",
      "{lokasi}: target akhir tercetak {tercetak}, padahal Renstra menetapkan {pembanding} (selisih {selisih}).",
      "{lokasi}: printed end target {tercetak}, but the Renstra sets {pembanding} (difference {selisih}).")),
  /** A printed tingkat kemajuan does not recompute. */
  KEMAJUAN_MISMATCH(DefinisiAturan.of(Keparahan.ERROR,
      "tingkat kemajuan tercetak tidak sesuai hitungan ulang",
      "a printed tingkat kemajuan does not recompute",
      "{lokasi}: tingkat kemajuan tercetak {tercetak}, padahal {cara} sebesar {realisasi} terhadap target akhir "
          + "Renstra {target} adalah {pembanding} (selisih {selisih}).",
      "{lokasi}: printed progress {tercetak}, but {cara}, {realisasi}, against the Renstra end target {target} is "
          + "{pembanding} (difference {selisih}).")),
  /** A printed budget allocation per sasaran differs from the pagu of its supporting budget rows. */
  ALOKASI_MISMATCH(DefinisiAturan.of(Keparahan.ERROR,
      "alokasi anggaran tercetak berbeda dari pagu kegiatan pendukung sasarannya",
      "a printed allocation differs from the pagu of the sasaran's supporting rows",
      "{lokasi}: alokasi tercetak {tercetak}, padahal pagu kegiatan pendukungnya ({kode}) di {dokumen} berjumlah "
          + "{pembanding} (selisih {selisih}).",
      "{lokasi}: printed allocation {tercetak}, but the pagu of its supporting rows ({kode}) in {dokumen} sums "
          + "to {pembanding} (difference {selisih}).")),
  /** A printed budget realisasi per sasaran differs from the realisasi of its supporting budget rows. */
  REALISASI_ANGGARAN_MISMATCH(DefinisiAturan.of(Keparahan.ERROR,
      "realisasi anggaran tercetak berbeda dari realisasi kegiatan pendukung sasarannya",
      "a printed budget realisasi differs from the realisasi of the sasaran's supporting rows",
      "{lokasi}: realisasi anggaran tercetak {tercetak}, padahal realisasi kegiatan pendukungnya ({kode}) di "
          + "{dokumen} berjumlah {pembanding} (selisih {selisih}).",
      "{lokasi}: printed budget realisasi {tercetak}, but the realisasi of its supporting rows ({kode}) in "
          + "{dokumen} sums to {pembanding} (difference {selisih}).")),
  /** A printed budget share does not recompute. */
  SHARE_MISMATCH(DefinisiAturan.of(Keparahan.ERROR,
      "porsi anggaran tercetak tidak sesuai hitungan ulang",
      "a printed share of the budget does not recompute",
      "{lokasi}: porsi tercetak {tercetak}, padahal {alokasi} dari jumlah anggaran {versi} {total} adalah "
          + "{pembanding} (selisih {selisih}).",
      "{lokasi}: printed share {tercetak}, but {alokasi} of the {versi} total {total} is {pembanding} "
          + "(difference {selisih}).")),
  /** A printed absorption does not recompute from its amounts. */
  SERAPAN_MISMATCH(DefinisiAturan.of(Keparahan.ERROR,
      "serapan tercetak tidak sesuai realisasi dibagi pagu",
      "a printed serapan does not recompute from its pagu and realisasi",
      "{lokasi}: serapan tercetak {tercetak}, padahal realisasi {realisasi} dari pagu {pagu} adalah {pembanding} "
          + "(selisih {selisih}).",
      "{lokasi}: printed serapan {tercetak}, but realisasi {realisasi} of pagu {pagu} is {pembanding} "
          + "(difference {selisih}).")),
  /** A printed total percentage is the mean of the row percentages, not the ratio of the sums. */
  MEAN_OF_PERCENTAGES(DefinisiAturan.of(Keparahan.ERROR,
      "persentase baris jumlah dicetak sebagai rata-rata persentase baris",
      "a total percentage is printed as the mean of the row percentages",
      "{lokasi}: persentase jumlah {tercetak} adalah rata-rata persentase baris ({rataRata}), bukan realisasi total "
          + "{realisasi} dibagi pagu total {pagu}, yaitu {pembanding}.",
      "{lokasi}: the total percentage {tercetak} is the mean of the row percentages ({rataRata}), not the total "
          + "realisasi {realisasi} over the total pagu {pagu}, which is {pembanding}.")),
  /** A printed efficiency does not recompute under the policy's strategy. */
  EFFICIENCY_MISMATCH(DefinisiAturan.of(Keparahan.ERROR,
      "efisiensi tercetak tidak sesuai hitungan ulang dengan rumus kebijakan",
      "a printed efficiency does not recompute under the policy's strategy",
      "{lokasi}: efisiensi tercetak {tercetak}, padahal {rumus} dengan capaian {capaian} dan serapan {serapan} "
          + "menghasilkan {pembanding} (selisih {selisih}).",
      "{lokasi}: printed efficiency {tercetak}, but {rumus} with capaian {capaian} and serapan {serapan} gives "
          + "{pembanding} (difference {selisih}).")),
  /** A narrative figure differs from the ratio the same sentence computes it from. */
  NARRATIVE_RATIO_MISMATCH(DefinisiAturan.of(Keparahan.ERROR,
      "angka dalam narasi bukan rasio yang diberikan teksnya sendiri",
      "a narrative figure is not the ratio its own text gives",
      "{lokasi}: teks menyebut {tercetak}, padahal angka dalam teks itu sendiri menghasilkan {pembilang} / "
          + "{penyebut} × 100 = {pembanding}.",
      "{lokasi}: the text states {tercetak}, but its own figures give {pembilang} / {penyebut} × 100 = "
          + "{pembanding}.")),
  /** The Renstra, the RKT or the IKU table sets another target than the PK for one indicator and year. */
  TARGET_DIFFERS_BETWEEN_DOCUMENTS(DefinisiAturan.of(Keparahan.ERROR,
      "Renstra, RKT atau tabel IKU menetapkan target yang berbeda dari PK",
      "the Renstra, RKT or IKU table sets another target than the PK",
      "{lokasi}: {dokumen} menetapkan target tahun {tahun} untuk indikator '{indikator}' sebesar {targetLain}, "
          + "padahal Perjanjian Kinerja menetapkan {targetPk}.",
      "{lokasi}: {dokumen} sets the {tahun} target of '{indikator}' at {targetLain}, but the Perjanjian Kinerja "
          + "sets {targetPk}.")),
  /** A yearly realisasi differs from its per-period series combined by the indicator's aggregation. */
  PERIOD_SERIES_MISMATCH(DefinisiAturan.of(Keparahan.ERROR,
      "realisasi tahunan berbeda dari gabungan realisasi per periodenya",
      "a yearly realisasi differs from its per-period series",
      "{lokasi}: realisasi tahunan {tercetak}, padahal realisasi per periode ({agregasi}) menghasilkan "
          + "{pembanding} (selisih {selisih}).",
      "{lokasi}: the yearly realisasi is {tercetak}, but the realisasi per period ({agregasi}) gives {pembanding} "
          + "(difference {selisih}).")),
  /** The report carries several budget versions; says which one the tables use. */
  BUDGET_VERSIONS(DefinisiAturan.of(Keparahan.INFO,
      "laporan memuat beberapa versi anggaran; versi mana yang dipakai tiap tabel",
      "the report carries several budget versions; which one each table uses",
      "{lokasi}: PK memuat beberapa versi anggaran ({daftar}){versiTabel}; porsi anggaran pada Tabel 3.1 dihitung "
          + "terhadap jumlah {versi}.",
      "{lokasi}: the PK carries several budget versions ({daftar}){versiTabel}; the shares of table 3.1 are taken of "
          + "the {versi} total.")),
  /** A printed figure names an indicator no plan document has. */
  UNKNOWN_INDICATOR(DefinisiAturan.of(Keparahan.WARNING,
      "angka tercetak menyebut indikator yang tidak ada di dokumen perencanaan mana pun",
      "a printed figure names an indicator no plan document has",
      "{lokasi}: '{indikator}' tidak terdapat dalam PK, RKT, Renstra, maupun tabel realisasi IKU, sehingga nilai "
          + "tercetak '{teksTercetak}' tidak dapat dihitung ulang.",
      "{lokasi}: '{indikator}' is not an indicator of the PK, RKT, Renstra or IKU table, so the printed "
          + "'{teksTercetak}' cannot be recomputed.")),
  /** A printed figure cannot be recomputed (target 0, a missing input). */
  NOT_COMPUTABLE(DefinisiAturan.of(Keparahan.WARNING,
      "angka tercetak tidak dapat dihitung ulang dari dokumen",
      "a printed figure cannot be recomputed from the document",
      "{lokasi}: nilai tercetak '{teksTercetak}' tidak dapat diperiksa: {alasan}.",
      "{lokasi}: the printed '{teksTercetak}' cannot be checked: {alasan}.")),
  /** The pagu or realisasi of the rows the RKT links a sasaran to sums beyond the Rupiah range. */
  AMOUNT_OUT_OF_RANGE(DefinisiAturan.of(Keparahan.ERROR,
      "jumlah pagu atau realisasi kegiatan pendukung sasaran di luar rentang Rupiah",
      "the pagu or realisasi of a sasaran's supporting rows sums beyond the Rupiah range",
      "{lokasi}: jumlah pagu atau realisasi kegiatan pendukungnya ({kode}) berada di luar rentang Rupiah "
          + "(±{batas}), sehingga tidak dapat dihitung.",
      "{lokasi}: the pagu or realisasi of its supporting rows ({kode}) sums beyond the Rupiah range (±{batas}) and "
          + "cannot be computed."));

  private final DefinisiAturan definisi;

  AturanAudit(DefinisiAturan definisi) {
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
