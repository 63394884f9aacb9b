package id.sakip.evaluasi;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import java.util.List;
import java.util.Objects;

/**
 * The score of one LKE sub-component: the mean of its answers times its weight, exactly, or not
 * computable when it has no answers.
 *
 * @param subKomponen the sub-component
 * @param jawaban its answers
 * @param nilai the score, from 0 to the weight
 */
public record NilaiSubKomponen(
    SubKomponenLke subKomponen, List<JawabanLke> jawaban, Outcome<Pecahan> nilai) {

  /** Creates the score; every component is required. */
  public NilaiSubKomponen {
    Objects.requireNonNull(subKomponen, "subKomponen");
    jawaban = List.copyOf(Objects.requireNonNull(jawaban, "jawaban"));
    Objects.requireNonNull(nilai, "nilai");
  }
}
