package id.sakip.anggaran;

/**
 * The levels of the Permendagri 90/2019 nomenclature, by the number of code segments:
 * urusan {@code 7}, bidang urusan {@code 7.01}, program {@code 7.01.01}, kegiatan {@code
 * 7.01.01.2.01} (two segments), sub kegiatan {@code 7.01.01.2.01.01}.
 */
public enum TingkatAnggaran {
  /** Government affair (urusan), one segment: {@code 7}. */
  URUSAN(1),
  /** Field of the affair (bidang urusan), two segments: {@code 7.01}. */
  BIDANG_URUSAN(2),
  /** Program, three segments: {@code 7.01.01}. */
  PROGRAM(3),
  /** Kegiatan (activity), five segments: {@code 7.01.01.2.01}. */
  KEGIATAN(5),
  /** Sub kegiatan (sub-activity), six segments: {@code 7.01.01.2.01.01} or {@code 7.01.01.2.01.0001}. */
  SUB_KEGIATAN(6);

  private final int segmen;

  TingkatAnggaran(int segmen) {
    this.segmen = segmen;
  }

  /** Returns the number of code segments at this level. */
  public int segmen() {
    return segmen;
  }
}
