package id.sakip.temuan;

import java.util.Locale;
import java.util.Objects;

/**
 * A part of a Laporan Kinerja a finding can point at: one of the input documents it carries (PK,
 * Renstra, RKT, IKU realisasi, the budget realisation table of Bab III.B) or one of the tables of
 * Bab III as PermenPAN-RB 53/2014 lays them out. Figures printed elsewhere (Bab I, an annex, the
 * narrative) are {@link #NARASI} or {@link #LAIN}, with the place as printed kept in {@link
 * Lokasi#tempat()}.
 */
public enum Bagian {
  /** The Perjanjian Kinerja: targets and program budgets. */
  PERJANJIAN_KINERJA("Perjanjian Kinerja", "Perjanjian Kinerja (PK)", null),
  /** The Renstra: yearly and end-of-period targets. */
  RENSTRA("Renstra", "Strategic plan (Renstra)", null),
  /** The RKT: sasaran, their supporting budget nodes and the budget tree. */
  RKT("RKT", "Annual performance plan (RKT)", null),
  /** The realisasi of the IKU by year (and by period). */
  REALISASI_IKU("Tabel realisasi IKU", "IKU realisasi table", null),
  /** The budget realisation table (Bab III.B): rows, totals and the percentages printed on them. */
  TABEL_B("Tabel B", "Table B", "tabel b"),
  /** Table 1.1: target, realisasi and capaian of the year. */
  TABEL_1_1("Tabel 1.1", "Table 1.1", "tabel 1.1"),
  /** Table 1.2: realisasi of the year against the year before. */
  TABEL_1_2("Tabel 1.2", "Table 1.2", "tabel 1.2"),
  /** Table 1.3: realisasi against the Renstra end target (tingkat kemajuan). */
  TABEL_1_3("Tabel 1.3", "Table 1.3", "tabel 1.3"),
  /** Table 3.1: budget allocation and share per sasaran. */
  TABEL_3_1("Tabel 3.1", "Table 3.1", "tabel 3.1"),
  /** Table 3.2: performance and budget per sasaran. */
  TABEL_3_2("Tabel 3.2", "Table 3.2", "tabel 3.2"),
  /** Table 3.3: efficiency per sasaran. */
  TABEL_3_3("Tabel 3.3", "Table 3.3", "tabel 3.3"),
  /** A figure stated in the narrative. */
  NARASI("Narasi", "Narrative", null),
  /** A table printed elsewhere (Bab I, an annex); the place is in {@link Lokasi#tempat()}. */
  LAIN("Tempat lain", "Elsewhere", null);

  private final Istilah istilah;
  private final String tempat;

  Bagian(String id, String en, String tempat) {
    this.istilah = new Istilah(id, en);
    this.tempat = tempat;
  }

  /** Returns the part's name in both languages, as a location starts with it ({@code Tabel 1.1}). */
  public Istilah istilah() {
    return istilah;
  }

  /**
   * Returns the part's name as a sentence names the document a figure comes from: {@code tabel
   * realisasi IKU} / {@code the IKU realisasi table}.
   */
  public Istilah sebutan() {
    return switch (this) {
      case PERJANJIAN_KINERJA -> new Istilah("Perjanjian Kinerja", "the Perjanjian Kinerja (PK)");
      case RENSTRA -> new Istilah("Renstra", "the Renstra");
      case RKT -> new Istilah("RKT", "the RKT");
      case REALISASI_IKU -> new Istilah("tabel realisasi IKU", "the IKU realisasi table");
      case TABEL_B -> new Istilah("tabel realisasi anggaran (tabel B)", "the budget realisation table (table B)");
      default -> new Istilah(istilah.id(), istilah.en());
    };
  }

  /**
   * Returns the table a printed place names: {@code "Tabel 1.1"}, {@code "tabel 3.2"} or {@code
   * "Table 3.3"} name tables 1.1 to 3.3 (case and surrounding spaces ignored); {@code "Tabel B"}
   * the budget realisation table; any other place is {@link #LAIN}.
   */
  public static Bagian dariTempat(String tempat) {
    String t = Objects.requireNonNull(tempat, "tempat").strip().toLowerCase(Locale.ROOT).replace("table ", "tabel ");
    for (Bagian b : values()) {
      if (b.tempat != null && b.tempat.equals(t)) {
        return b;
      }
    }
    return LAIN;
  }
}
