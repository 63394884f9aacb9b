package id.sakip.evaluasi;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import java.util.List;
import java.util.Objects;

/**
 * The score of one LKE sub-component: the mean of the values of its answers (or of its numeric
 * scores, each {@code nilai / nilaiMaksimal}) times its weight, exactly, or not computable when it
 * has neither.
 *
 * @param subKomponen the sub-component
 * @param jawaban its Y/T/A–E answers; empty when it is scored by number
 * @param nilaiKriteria its numeric scores; empty when it is answered Y/T/A–E
 * @param nilai the score, from 0 to the weight
 */
public record NilaiSubKomponen(
    SubKomponenLke subKomponen,
    List<JawabanLke> jawaban,
    List<NilaiKriteria> nilaiKriteria,
    Outcome<Pecahan> nilai) {

  /** Creates the score; every component is required. */
  public NilaiSubKomponen {
    Objects.requireNonNull(subKomponen, "subKomponen");
    jawaban = List.copyOf(Objects.requireNonNull(jawaban, "jawaban"));
    nilaiKriteria = List.copyOf(Objects.requireNonNull(nilaiKriteria, "nilaiKriteria"));
    Objects.requireNonNull(nilai, "nilai");
  }

  /** Creates the score of a sub-component answered Y/T/A–E; every argument is required. */
  public NilaiSubKomponen(SubKomponenLke subKomponen, List<JawabanLke> jawaban, Outcome<Pecahan> nilai) {
    this(subKomponen, jawaban, List.of(), nilai);
  }
}
