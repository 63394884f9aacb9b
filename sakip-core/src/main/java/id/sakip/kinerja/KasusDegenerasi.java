package id.sakip.kinerja;

/**
 * The degenerate inputs of a capaian, each answered by one member of a {@link
 * KebijakanDegenerasi}. Not part of the API: the policy's members name the cases.
 */
enum KasusDegenerasi {
  /** A target of 0 under a formula (every numeric form divides by it or needs it positive). */
  TARGET_NOL("targetNol"),
  /** A realisasi of 0 under {@code T / R}. */
  REALISASI_NOL("realisasiNol"),
  /** No realisasi reported. */
  REALISASI_KOSONG("realisasiKosong"),
  /** No target set. */
  TARGET_KOSONG("targetKosong");

  private final String anggota;

  KasusDegenerasi(String anggota) {
    this.anggota = anggota;
  }

  /** The name of the policy member that answers this case, as messages say it. */
  String anggota() {
    return anggota;
  }

  /** True for the cases where both figures are there (and may both be 0). */
  boolean keduanyaAda() {
    return this == TARGET_NOL || this == REALISASI_NOL;
  }
}
