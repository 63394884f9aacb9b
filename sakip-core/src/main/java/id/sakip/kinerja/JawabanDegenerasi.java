package id.sakip.kinerja;

import id.sakip.angka.Persentase;
import java.util.Optional;

/**
 * The answer a {@link KebijakanDegenerasi} gives to a degenerate input (a target of 0, a
 * realisasi of 0 under {@code T / R}, a missing realisasi or target). No regulation rules on
 * these inputs (domain.md §11 "Degenerate inputs"); each answer is one that practice uses. A
 * value given by any answer but {@link #TIDAK_TERHITUNG} comes from the policy, not from a
 * formula, and {@link HasilCapaian#asal()} says so.
 */
public enum JawabanDegenerasi {

  /**
   * Not computable: the outcome says which input and why (ours, and the default: no source
   * defines a capaian then; practice: e-sakip-bna returns {@code null} for a target of 0).
   */
  TIDAK_TERHITUNG,

  /** 0% (practice: wp-eval-sakip for a target of 0). */
  NOL,

  /** 100% (practice: E-Sakip AKSARA, "trend turun" {@code T / R} with a realisasi of 0). */
  SERATUS,

  /**
   * 100% when target and realisasi are both 0, otherwise 0% (practice: wp-eval-sakip for a
   * negative indicator with a realisasi of 0). Only for a figure that is 0: a missing figure is
   * not 0, so a policy refuses it for {@link KebijakanDegenerasi#realisasiKosong()} and {@link
   * KebijakanDegenerasi#targetKosong()}.
   */
  SERATUS_JIKA_KEDUANYA_NOL;

  /**
   * The value this answer sets, or empty for {@link #TIDAK_TERHITUNG}; {@code keduanyaNol} says
   * whether target and realisasi are both 0.
   */
  Optional<Persentase> nilai(boolean keduanyaNol) {
    return switch (this) {
      case TIDAK_TERHITUNG -> Optional.empty();
      case NOL -> Optional.of(Persentase.ZERO);
      case SERATUS -> Optional.of(Persentase.HUNDRED);
      case SERATUS_JIKA_KEDUANYA_NOL -> Optional.of(keduanyaNol ? Persentase.HUNDRED : Persentase.ZERO);
    };
  }
}
