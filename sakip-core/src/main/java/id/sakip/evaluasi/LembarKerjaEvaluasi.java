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
 * sub-component is answered either with Y/T/A–E ({@link JawabanLke}) or, as some evaluators score
 * it, with numbers ({@link NilaiKriteria}, such as 70 of 100); never both [ours: a mixed list would
 * need a rule practice does not give]. A sub-component without answers is left out; its score is
 * then not computable.
 *
 * <pre>{@code
 * LembarKerjaEvaluasi lke = LembarKerjaEvaluasi.of(MetodeLke.PERMENPAN_RB_88_2021)
 *     .with("1.a", JawabanLke.Y, JawabanLke.Y, JawabanLke.Y, JawabanLke.T)  // 0,75 × 6 = 4,5
 *     .withNilai("1.b", NilaiKriteria.of(70, 100));                         // 0,7 × 9 = 6,3
 * }</pre>
 *
 * @param metode the method whose sub-components are answered
 * @param jawaban the answers per sub-component code, each list not empty, in the order given
 * @param nilaiKriteria the numeric scores per sub-component code, each list not empty, in the
 *     order given; no code also in {@code jawaban}
 */
public record LembarKerjaEvaluasi(
    MetodeLke metode,
    Map<String, List<JawabanLke>> jawaban,
    Map<String, List<NilaiKriteria>> nilaiKriteria) {

  /**
   * Creates a worksheet, refusing answers or scores filed under a code the method does not have,
   * an empty list, and a sub-component given both answers and scores.
   */
  public LembarKerjaEvaluasi {
    Objects.requireNonNull(metode, "metode");
    jawaban = periksa(metode, Objects.requireNonNull(jawaban, "jawaban"), "answer");
    nilaiKriteria = periksa(metode, Objects.requireNonNull(nilaiKriteria, "nilaiKriteria"), "score");
    for (String kode : nilaiKriteria.keySet()) {
      if (jawaban.containsKey(kode)) {
        throw new IllegalArgumentException(
            "sub-komponen " + kode + " has answers " + jawaban.get(kode) + " and numeric scores "
                + nilaiKriteria.get(kode) + ": a sub-component is scored either with Y/T/A–E"
                + " answers or with numbers, not both");
      }
    }
  }

  /**
   * Creates a worksheet answered with Y/T/A–E only, refusing answers filed under a code the method
   * does not have and an empty list of answers.
   */
  public LembarKerjaEvaluasi(MetodeLke metode, Map<String, List<JawabanLke>> jawaban) {
    this(metode, jawaban, Map.of());
  }

  /** Returns an empty worksheet of {@code metode}. */
  public static LembarKerjaEvaluasi of(MetodeLke metode) {
    return new LembarKerjaEvaluasi(metode, Map.of(), Map.of());
  }

  /**
   * Returns this worksheet with the answers of sub-component {@code kode} set to {@code values},
   * replacing any answers or scores given before.
   *
   * @throws IllegalArgumentException if the method has no such sub-component or no answer is given
   */
  public LembarKerjaEvaluasi with(String kode, JawabanLke... values) {
    Objects.requireNonNull(kode, "kode");
    Objects.requireNonNull(values, "values");
    Map<String, List<JawabanLke>> next = new LinkedHashMap<>(jawaban);
    next.put(kode, Arrays.asList(values));
    Map<String, List<NilaiKriteria>> scores = new LinkedHashMap<>(nilaiKriteria);
    scores.remove(kode);
    return new LembarKerjaEvaluasi(metode, next, scores);
  }

  /**
   * Returns this worksheet with sub-component {@code kode} scored by the numbers {@code values},
   * replacing any answers or scores given before.
   *
   * @throws IllegalArgumentException if the method has no such sub-component or no score is given
   */
  public LembarKerjaEvaluasi withNilai(String kode, NilaiKriteria... values) {
    Objects.requireNonNull(kode, "kode");
    Objects.requireNonNull(values, "values");
    Map<String, List<NilaiKriteria>> next = new LinkedHashMap<>(nilaiKriteria);
    next.put(kode, Arrays.asList(values));
    Map<String, List<JawabanLke>> answers = new LinkedHashMap<>(jawaban);
    answers.remove(kode);
    return new LembarKerjaEvaluasi(metode, answers, next);
  }

  /** Returns the answers of sub-component {@code kode}, empty when none were given. */
  public List<JawabanLke> jawaban(String kode) {
    Objects.requireNonNull(kode, "kode");
    return jawaban.getOrDefault(kode, List.of());
  }

  /** Returns the numeric scores of sub-component {@code kode}, empty when none were given. */
  public List<NilaiKriteria> nilaiKriteria(String kode) {
    Objects.requireNonNull(kode, "kode");
    return nilaiKriteria.getOrDefault(kode, List.of());
  }

  /** An unmodifiable copy of {@code entries}, each under a code of the method with a list not empty. */
  private static <T> Map<String, List<T>> periksa(
      MetodeLke metode, Map<String, List<T>> entries, String what) {
    Map<String, List<T>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<T>> e : entries.entrySet()) {
      String kode = Objects.requireNonNull(e.getKey(), "sub-komponen kode");
      List<T> list = List.copyOf(Objects.requireNonNull(e.getValue(), what + "s of " + kode));
      if (metode.subKomponen(kode).isEmpty()) {
        throw new IllegalArgumentException(
            what + "s are filed under sub-komponen '" + kode + "', which method '" + metode.nama()
                + "' does not have (" + metode.kodeSubKomponen() + ")");
      }
      if (list.isEmpty()) {
        throw new IllegalArgumentException(
            "sub-komponen " + kode + " has an empty list of " + what + "s: give at least one "
                + what + " or leave the sub-component out");
      }
      copy.put(kode, list);
    }
    return Collections.unmodifiableMap(copy);
  }
}
