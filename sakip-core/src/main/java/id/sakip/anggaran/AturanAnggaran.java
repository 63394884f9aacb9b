package id.sakip.anggaran;

import id.sakip.temuan.Aturan;
import id.sakip.temuan.DefinisiAturan;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.PenyediaAturan;

/** The rules of the budget-tree checks ({@link PemeriksaanAnggaran}), with their messages in both languages. */
public enum AturanAnggaran implements Aturan {

  /** A parent's stated pagu or realisasi differs from the sum of its children. */
  BUDGET_CHILDREN_SUM_MISMATCH(DefinisiAturan.of(Keparahan.ERROR,
      "pagu atau realisasi yang tercatat pada induk bukan jumlah anak-anaknya",
      "a parent's stated pagu or realisasi is not the sum of its children",
      "{lokasi}: tercatat {tercetak}, padahal {jumlahAnak} baris di bawahnya berjumlah {pembanding} (selisih "
          + "{selisih}); ada baris yang hilang atau angka yang salah.",
      "{lokasi}: stated as {tercetak}, but its {jumlahAnak} children sum to {pembanding} (difference {selisih}): "
          + "a row is missing or a figure is wrong.")),
  /** A printed total row differs from the sum of its rows. */
  BUDGET_TOTAL_MISMATCH(DefinisiAturan.of(Keparahan.ERROR,
      "baris jumlah yang tercetak bukan jumlah baris-barisnya",
      "a printed total row is not the sum of its rows",
      "{lokasi}: jumlah tercetak {tercetak} tidak sama dengan jumlah baris-barisnya, {pembanding} (selisih {selisih}).",
      "{lokasi}: the printed total {tercetak} is not the sum of its rows, {pembanding} (difference {selisih}).")),
  /** A node spent more than its pagu. */
  REALISASI_EXCEEDS_PAGU(DefinisiAturan.of(Keparahan.ERROR,
      "realisasi melebihi pagu",
      "realisasi above pagu",
      "{lokasi}: realisasi {tercetak} melebihi pagu {pembanding} sebesar {selisih}; belanja tidak boleh melampaui pagu.",
      "{lokasi}: realisasi {tercetak} exceeds the pagu {pembanding} by {selisih}; spending may not exceed the pagu.")),
  /** A negative amount. */
  NEGATIVE_AMOUNT(DefinisiAturan.of(Keparahan.ERROR,
      "pagu atau realisasi bernilai negatif",
      "a negative pagu or realisasi",
      "{lokasi}: nilainya {tercetak}; angka anggaran tidak boleh negatif.",
      "{lokasi}: the amount is {tercetak}; budget amounts may not be negative.")),
  /** Two budget nodes share a code. */
  DUPLICATE_CODE(DefinisiAturan.of(Keparahan.ERROR,
      "dua baris anggaran memakai kode yang sama",
      "two budget nodes share a nomenclature code",
      "{lokasi}: kode {kode} dipakai oleh lebih dari satu baris; setiap baris anggaran memerlukan kodenya sendiri.",
      "{lokasi}: code {kode} is used by more than one node; each budget node needs its own code.")),
  /** A child's code does not extend its parent's. */
  CODE_OUTSIDE_PARENT(DefinisiAturan.of(Keparahan.ERROR,
      "kode anak tidak tepat satu tingkat di bawah kode induknya",
      "a child's code is not one level below its parent's",
      "{lokasi}: kode {kode} ({tingkat}) diletakkan di bawah {induk} ({tingkatInduk}), padahal bukan turunan "
          + "langsungnya; kode anak harus melanjutkan kode induknya tepat satu tingkat.",
      "{lokasi}: code {kode} ({tingkat}) is placed under {induk} ({tingkatInduk}) but does not extend it by one "
          + "level; a child's code must extend its parent's.")),
  /** A sasaran with no supporting budget. */
  SASARAN_WITHOUT_BUDGET(DefinisiAturan.of(Keparahan.WARNING,
      "sasaran tanpa dukungan anggaran",
      "a sasaran is supported by no budget",
      "{lokasi}: sasaran '{sasaran}' {alasan}; setiap sasaran perlu didukung anggaran.",
      "{lokasi}: sasaran '{sasaran}' {alasan}; every sasaran needs a budget behind it."));

  private final DefinisiAturan definisi;

  AturanAnggaran(DefinisiAturan definisi) {
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
