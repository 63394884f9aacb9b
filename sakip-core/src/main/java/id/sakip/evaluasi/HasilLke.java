package id.sakip.evaluasi;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of an LKE: each component's score, the 100-point total and its grade (predikat). The
 * total and the grade are not computable while a sub-component has no answers.
 *
 * @param komponen the component scores, in the method's order
 * @param total the sum of the component scores, from 0 to 100
 * @param predikat the grade of the total under the chosen {@link PembacaanBatas}
 */
public record HasilLke(List<NilaiKomponen> komponen, Outcome<Pecahan> total, Outcome<Predikat> predikat) {

  /** Creates the result; every component is required. */
  public HasilLke {
    komponen = List.copyOf(Objects.requireNonNull(komponen, "komponen"));
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(predikat, "predikat");
  }

  /** Returns the score of component {@code kode}, if the method has one. */
  public Optional<NilaiKomponen> komponen(String kode) {
    Objects.requireNonNull(kode, "kode");
    return komponen.stream().filter(k -> k.komponen().kode().equals(kode)).findFirst();
  }
}
