package id.sakip.survei;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One respondent (<i>responden</i>) of an SKM: the service used (layanan), if the survey is by
 * service, and an answer from 1 (tidak baik) to 4 (sangat baik) per unsur code. An unsur the
 * respondent left blank has no entry: a missing answer is never a zero, and what it means is the
 * {@link KebijakanJawabanKosong} of the calculation.
 *
 * @param layanan the service, such as {@code KTP}; not blank when present
 * @param jawaban the answer per unsur code, each 1–4, in questionnaire order
 */
public record Responden(Optional<String> layanan, Map<String, Integer> jawaban) {

  /** Creates a respondent, refusing a blank service, a blank unsur code and an answer outside 1–4. */
  public Responden {
    Objects.requireNonNull(layanan, "layanan");
    Objects.requireNonNull(jawaban, "jawaban");
    if (layanan.isPresent() && layanan.get().isBlank()) {
      throw new IllegalArgumentException(
          "layanan '" + layanan.get() + "' is blank: leave the service out or name it");
    }
    Map<String, Integer> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : jawaban.entrySet()) {
      String kode = Objects.requireNonNull(e.getKey(), "unsur kode");
      Integer nilai = Objects.requireNonNull(e.getValue(), "answer to unsur " + kode);
      if (kode.isBlank()) {
        throw new IllegalArgumentException(
            "unsur kode '" + kode + "' is blank: an answer names its unsur");
      }
      if (nilai < MetodeSkm.JAWABAN_TERENDAH || nilai > MetodeSkm.JAWABAN_TERTINGGI) {
        throw new IllegalArgumentException(salahJawaban("unsur " + kode, Integer.toString(nilai)));
      }
      copy.put(kode, nilai);
    }
    jawaban = Collections.unmodifiableMap(copy);
  }

  /** Returns a respondent without a service. */
  public static Responden of(Map<String, Integer> jawaban) {
    return new Responden(Optional.empty(), jawaban);
  }

  /** Returns a respondent of service {@code layanan}. */
  public static Responden of(String layanan, Map<String, Integer> jawaban) {
    Objects.requireNonNull(layanan, "layanan");
    return new Responden(Optional.of(layanan), jawaban);
  }

  /**
   * Returns a respondent who answered every unsur, answers in the order of {@code unsur}: {@code
   * lengkap(MetodeSkm.PERMENPAN_RB_14_2017.unsur(), 4, 3, 4, 4, 3, 4, 4, 3, 4)}.
   *
   * @throws IllegalArgumentException if the number of answers differs from the number of unsur, or
   *     an answer is outside 1–4
   */
  public static Responden lengkap(List<Unsur> unsur, int... jawaban) {
    Objects.requireNonNull(unsur, "unsur");
    Objects.requireNonNull(jawaban, "jawaban");
    if (unsur.size() != jawaban.length) {
      throw new IllegalArgumentException(
          jawaban.length + " answers for " + unsur.size() + " unsur: a complete respondent answers"
              + " each unsur once");
    }
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < jawaban.length; i++) {
      map.put(unsur.get(i).kode(), jawaban[i]);
    }
    return of(map);
  }

  /** Returns this respondent with service {@code value}. */
  public Responden withLayanan(String value) {
    return new Responden(Optional.of(Objects.requireNonNull(value, "layanan")), jawaban);
  }

  /** Returns the answer to unsur {@code kode}, or empty when the respondent left it blank. */
  public Optional<Integer> jawaban(String kode) {
    Objects.requireNonNull(kode, "kode");
    return Optional.ofNullable(jawaban.get(kode));
  }

  /** The message for an answer outside 1–4, naming where, the value and the rule. */
  static String salahJawaban(String dimana, String nilai) {
    return dimana + ": answer " + nilai + " is outside 1–4: an SKM answer is a whole number from "
        + MetodeSkm.JAWABAN_TERENDAH + " (tidak baik) to " + MetodeSkm.JAWABAN_TERTINGGI
        + " (sangat baik) (PermenPAN-RB 14/2017)";
  }
}
