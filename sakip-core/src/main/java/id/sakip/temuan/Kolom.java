package id.sakip.temuan;

/** A column of a table or a field of a document that a finding points at. */
public enum Kolom {
  /** The target. */
  TARGET("target", "target"),
  /** The realisasi (actual) of an indicator. */
  REALISASI("realisasi", "realisasi"),
  /** The capaian (achievement). */
  CAPAIAN("capaian", "capaian"),
  /** The category of the ordinal scale. */
  KATEGORI("kategori", "category"),
  /** The end-of-Renstra target. */
  TARGET_AKHIR("target akhir Renstra", "Renstra end target"),
  /** The tingkat kemajuan. */
  KEMAJUAN("tingkat kemajuan", "progress (tingkat kemajuan)"),
  /** The budget allocated to a sasaran. */
  ALOKASI("alokasi anggaran", "budget allocated"),
  /** The budget spent. */
  REALISASI_ANGGARAN("realisasi anggaran", "budget spent"),
  /** The share of the total budget. */
  PORSI("porsi anggaran", "budget share"),
  /** The absorption (serapan). */
  SERAPAN("serapan", "absorption (serapan)"),
  /** The efficiency. */
  EFISIENSI("tingkat efisiensi", "efficiency"),
  /** The capaian kinerja printed beside budget figures (table 3.3). */
  CAPAIAN_KINERJA("capaian kinerja", "performance capaian"),
  /** The budget ceiling. */
  PAGU("pagu", "pagu (budget)"),
  /** The nomenclature code. */
  KODE("kode", "code"),
  /** The indicator's name. */
  INDIKATOR("indikator", "indicator"),
  /** The supporting budget nodes of a sasaran. */
  PENDUKUNG("kegiatan pendukung", "supporting activities"),
  /** The realisasi per period (quarter or month). */
  PERIODE("realisasi per periode", "realisasi per period"),
  /** The difference between two years' realisasi. */
  SELISIH("selisih", "difference"),
  /** The relative change between two years' realisasi. */
  PERUBAHAN("perubahan", "change"),
  /** A figure stated in the narrative. */
  NILAI("angka", "figure");

  private final Istilah istilah;

  Kolom(String id, String en) {
    this.istilah = new Istilah(id, en);
  }

  /** Returns the column's name in both languages. */
  public Istilah istilah() {
    return istilah;
  }
}
