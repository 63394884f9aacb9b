package id.sakip.evaluasi;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A filled-in evaluation worksheet (<i>Lembar Kerja Evaluasi</i>, LKE, PermenPAN-RB 88/2021): the
 * method and the answers to the criteria of each sub-component, filed by sub-component code. A
 * sub-component without answers is left out; its score is then not computable.
 *
 * <pre>{@code
 * LembarKerjaEvaluasi lke = LembarKerjaEvaluasi.of(MetodeLke.PERMENPAN_RB_88_2021)
 *     .with("1.a", JawabanLke.Y, JawabanLke.Y, JawabanLke.Y, JawabanLke.T);  // 0,75 × 6 = 4,5
 * }</pre>
 *
 * @param metode the method whose sub-components are answered
 * @param jawaban the answers per sub-component code, each list not empty, in the order given
 */
public record LembarKerjaEvaluasi(MetodeLke metode, Map<String, List<JawabanLke>> jawaban) {

  /**
   * Creates a worksheet, refusing answers filed under a code the method does not have and an
   * empty list of answers.
   */
  public LembarKerjaEvaluasi {
    Objects.requireNonNull(metode, "metode");
    Objects.requireNonNull(jawaban, "jawaban");
    Map<String, List<JawabanLke>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<JawabanLke>> e : jawaban.entrySet()) {
      String kode = Objects.requireNonNull(e.getKey(), "sub-komponen kode");
      List<JawabanLke> list = List.copyOf(Objects.requireNonNull(e.getValue(), "answers of " + kode));
      if (metode.subKomponen(kode).isEmpty()) {
        throw new IllegalArgumentException(
            "answers are filed under sub-komponen '" + kode + "', which method '" + metode.nama()
                + "' does not have (" + metode.kodeSubKomponen() + ")");
      }
      if (list.isEmpty()) {
        throw new IllegalArgumentException(
            "sub-komponen " + kode + " has an empty list of answers: give at least one answer or"
                + " leave the sub-component out");
      }
      copy.put(kode, list);
    }
    jawaban = Collections.unmodifiableMap(copy);
  }

  /** Returns an empty worksheet of {@code metode}. */
  public static LembarKerjaEvaluasi of(MetodeLke metode) {
    return new LembarKerjaEvaluasi(metode, Map.of());
  }

  /**
   * Returns this worksheet with the answers of sub-component {@code kode} set to {@code values}
   * (replacing any given before).
   *
   * @throws IllegalArgumentException if the method has no such sub-component or no answer is given
   */
  public LembarKerjaEvaluasi with(String kode, JawabanLke... values) {
    Objects.requireNonNull(kode, "kode");
    Objects.requireNonNull(values, "values");
    Map<String, List<JawabanLke>> next = new LinkedHashMap<>(jawaban);
    next.put(kode, Arrays.asList(values));
    return new LembarKerjaEvaluasi(metode, next);
  }

  /** Returns the answers of sub-component {@code kode}, empty when none were given. */
  public List<JawabanLke> jawaban(String kode) {
    Objects.requireNonNull(kode, "kode");
    return jawaban.getOrDefault(kode, List.of());
  }
}
