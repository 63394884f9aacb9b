package id.sakip.evaluasi;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import java.util.List;
import java.util.Objects;

/**
 * The score of one LKE component: the sum of its sub-component scores, exactly, or not computable
 * when one of them is.
 *
 * @param komponen the component
 * @param subKomponen the sub-component scores, in the method's order
 * @param nilai the score, from 0 to the weight
 */
public record NilaiKomponen(
    KomponenLke komponen, List<NilaiSubKomponen> subKomponen, Outcome<Pecahan> nilai) {

  /** Creates the score; every component is required. */
  public NilaiKomponen {
    Objects.requireNonNull(komponen, "komponen");
    subKomponen = List.copyOf(Objects.requireNonNull(subKomponen, "subKomponen"));
    Objects.requireNonNull(nilai, "nilai");
  }
}
