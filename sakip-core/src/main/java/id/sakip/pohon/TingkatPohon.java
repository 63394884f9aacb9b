package id.sakip.pohon;

import id.sakip.anggaran.TingkatAnggaran;
import java.util.Optional;

/**
 * The level of a node of the performance tree (<i>tingkat pohon kinerja</i>), top to bottom. Each
 * level sits directly under the one before it: tujuan → sasaran → program → kegiatan → sub
 * kegiatan (domain.md §11, "The performance tree"; Permendagri 90/2019 for the budget levels).
 */
public enum TingkatPohon {
  /** A goal (tujuan) of the Renstra. */
  TUJUAN(null),
  /** A strategic objective (sasaran); its indicators are the IKU. */
  SASARAN(null),
  /** A program; its indicators are outcomes. */
  PROGRAM(TingkatAnggaran.PROGRAM),
  /** A kegiatan; its indicators are outputs. */
  KEGIATAN(TingkatAnggaran.KEGIATAN),
  /** A sub kegiatan; its indicators are outputs. */
  SUB_KEGIATAN(TingkatAnggaran.SUB_KEGIATAN);

  private final TingkatAnggaran anggaran;

  TingkatPohon(TingkatAnggaran anggaran) {
    this.anggaran = anggaran;
  }

  /** Returns the budget level of this level's code, empty for tujuan and sasaran (they carry no code). */
  public Optional<TingkatAnggaran> tingkatAnggaran() {
    return Optional.ofNullable(anggaran);
  }

  /** Returns the level directly below, empty for {@link #SUB_KEGIATAN}. */
  public Optional<TingkatPohon> bawah() {
    return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
  }

  /** Returns the level of a budget node of level {@code tingkat}, empty for urusan and bidang urusan. */
  public static Optional<TingkatPohon> dari(TingkatAnggaran tingkat) {
    for (TingkatPohon t : values()) {
      if (t.anggaran == tingkat) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Returns the level's name in lower case with spaces, as messages print it: {@code sub kegiatan}. */
  public String teks() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
