package id.sakip.kinerja;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.util.Objects;
import java.util.Optional;

/**
 * The policy (kebijakan) for the degenerate inputs of a capaian: what a {@link KalkulatorCapaian}
 * answers when no formula defines a value. No regulation rules on them [reg: none found]; the
 * default, {@link #STANDAR}, leaves each not computable (ours), and practice answers differ, so
 * each answer is a named {@link JawabanDegenerasi} and each system's combination a preset
 * (domain.md §11 "Degenerate inputs").
 *
 * <p>A value the policy sets is never mistaken for a formula's: {@link
 * KalkulatorCapaian#hitungRinci} returns it with {@link HasilCapaian.Asal#KEBIJAKAN} and an
 * explanation that names the input, the member and the answer.
 *
 * <p>Under {@code T / R} a realisasi of 0 is {@link #realisasiNol()} whatever the target, and a
 * target of 0 with another realisasi is {@link #targetNol()}. A missing target is looked at before
 * a missing realisasi. A strict inequality bound that the realisasi equals is decided first, by
 * {@link KebijakanBatasKetat}.
 *
 * <p>Immutable and thread-safe: one instance may be shared by any number of threads.
 *
 * @param targetNol the answer to a target of 0 under any numeric formula (and to a range bound of
 *     0 that the realisasi is measured against)
 * @param realisasiNol the answer to a realisasi of 0 under {@link RumusCapaian#NEGATIF_INVERS}
 * @param realisasiKosong the answer to a missing realisasi (none reported, printed {@code n/a})
 * @param targetKosong the answer to a missing target
 */
public record KebijakanDegenerasi(
    JawabanDegenerasi targetNol,
    JawabanDegenerasi realisasiNol,
    JawabanDegenerasi realisasiKosong,
    JawabanDegenerasi targetKosong) {

  /** Every degenerate input not computable (ours, the default: no source defines a value). */
  public static final KebijakanDegenerasi STANDAR = new KebijakanDegenerasi(JawabanDegenerasi.TIDAK_TERHITUNG,
      JawabanDegenerasi.TIDAK_TERHITUNG, JawabanDegenerasi.TIDAK_TERHITUNG, JawabanDegenerasi.TIDAK_TERHITUNG);

  /**
   * Practice: wp-eval-sakip. A target of 0 gives 0% ({@link JawabanDegenerasi#NOL}); a realisasi of
   * 0 under {@code T / R} gives 100% when the target is 0 too, otherwise 0% ({@link
   * JawabanDegenerasi#SERATUS_JIKA_KEDUANYA_NOL}). Missing figures: not described, left at the
   * default.
   */
  public static final KebijakanDegenerasi WP_EVAL_SAKIP = STANDAR.withTargetNol(JawabanDegenerasi.NOL)
      .withRealisasiNol(JawabanDegenerasi.SERATUS_JIKA_KEDUANYA_NOL);

  /**
   * Practice: E-Sakip AKSARA. Its "trend turun" ({@code T / R}) gives 100% for a realisasi of 0
   * ({@link JawabanDegenerasi#SERATUS}). The other inputs: not described, left at the default.
   */
  public static final KebijakanDegenerasi E_SAKIP_AKSARA = STANDAR.withRealisasiNol(JawabanDegenerasi.SERATUS);

  /**
   * Practice: e-sakip-bna, which returns {@code null} for a target of 0: not computable, so this
   * preset equals {@link #STANDAR}; it is named so that a configuration can say which system it
   * follows.
   */
  public static final KebijakanDegenerasi E_SAKIP_BNA = STANDAR;

  /**
   * Creates a policy.
   *
   * @throws IllegalArgumentException if {@code realisasiKosong} or {@code targetKosong} is {@link
   *     JawabanDegenerasi#SERATUS_JIKA_KEDUANYA_NOL}: a missing figure is not 0
   */
  public KebijakanDegenerasi {
    Objects.requireNonNull(targetNol, "targetNol");
    Objects.requireNonNull(realisasiNol, "realisasiNol");
    Objects.requireNonNull(realisasiKosong, "realisasiKosong");
    Objects.requireNonNull(targetKosong, "targetKosong");
    requireFigure(KasusDegenerasi.REALISASI_KOSONG, realisasiKosong);
    requireFigure(KasusDegenerasi.TARGET_KOSONG, targetKosong);
  }

  /** Returns this policy answering a target of 0 with {@code jawaban}. */
  public KebijakanDegenerasi withTargetNol(JawabanDegenerasi jawaban) {
    return new KebijakanDegenerasi(jawaban, realisasiNol, realisasiKosong, targetKosong);
  }

  /** Returns this policy answering a realisasi of 0 under {@code T / R} with {@code jawaban}. */
  public KebijakanDegenerasi withRealisasiNol(JawabanDegenerasi jawaban) {
    return new KebijakanDegenerasi(targetNol, jawaban, realisasiKosong, targetKosong);
  }

  /**
   * Returns this policy answering a missing realisasi with {@code jawaban}.
   *
   * @throws IllegalArgumentException for {@link JawabanDegenerasi#SERATUS_JIKA_KEDUANYA_NOL}
   */
  public KebijakanDegenerasi withRealisasiKosong(JawabanDegenerasi jawaban) {
    return new KebijakanDegenerasi(targetNol, realisasiNol, jawaban, targetKosong);
  }

  /**
   * Returns this policy answering a missing target with {@code jawaban}.
   *
   * @throws IllegalArgumentException for {@link JawabanDegenerasi#SERATUS_JIKA_KEDUANYA_NOL}
   */
  public KebijakanDegenerasi withTargetKosong(JawabanDegenerasi jawaban) {
    return new KebijakanDegenerasi(targetNol, realisasiNol, realisasiKosong, jawaban);
  }

  /** The answer to {@code kasus}. */
  JawabanDegenerasi jawaban(KasusDegenerasi kasus) {
    return switch (kasus) {
      case TARGET_NOL -> targetNol;
      case REALISASI_NOL -> realisasiNol;
      case REALISASI_KOSONG -> realisasiKosong;
      case TARGET_KOSONG -> targetKosong;
    };
  }

  /**
   * Answers {@code kasus}: the not-computable outcome {@code tanpaKebijakan} (what the input gives
   * without a policy) under {@link JawabanDegenerasi#TIDAK_TERHITUNG}, otherwise the value the
   * answer sets, marked as set by the policy, with that outcome's explanation and the answer.
   */
  Outcome<HasilCapaian> terapkan(KasusDegenerasi kasus, boolean keduanyaNol, Outcome<?> tanpaKebijakan) {
    JawabanDegenerasi jawaban = jawaban(kasus);
    Optional<Persentase> nilai = jawaban.nilai(keduanyaNol);
    if (nilai.isEmpty()) {
      return Outcome.notComputable(tanpaKebijakan.notComputableReason().orElseThrow(), tanpaKebijakan.explanation());
    }
    return Outcome.of(new HasilCapaian(nilai.get(), HasilCapaian.Asal.KEBIJAKAN, tanpaKebijakan.explanation()
        + "; " + nilai.get() + " is set by the policy KebijakanDegenerasi." + kasus.anggota() + " = " + jawaban
        + ", not by a formula"));
  }

  private static void requireFigure(KasusDegenerasi kasus, JawabanDegenerasi jawaban) {
    if (jawaban == JawabanDegenerasi.SERATUS_JIKA_KEDUANYA_NOL) {
      throw new IllegalArgumentException("kebijakanDegenerasi." + kasus.anggota() + ": " + jawaban
          + " answers two figures that are both 0, and a missing figure is not 0; choose TIDAK_TERHITUNG, NOL or"
          + " SERATUS");
    }
  }
}
