package id.sakip.survei;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Surveys for the tests, built from per-unsur totals. */
final class ContohSkm {

  /** The nine unsur of PermenPAN-RB 14/2017. */
  static final List<Unsur> UNSUR = MetodeSkm.PERMENPAN_RB_14_2017.unsur();

  /** The totals per unsur of the 29-respondent worked example. */
  static final int[] TOTAL_29 = {105, 101, 100, 116, 102, 105, 106, 105, 115};

  private ContohSkm() {}

  /**
   * Returns {@code n} respondents whose answers to each unsur sum to {@code totals[u]}: every
   * answer is 3 or 4, the 4s spread over different respondents per unsur.
   */
  static List<Responden> responden(int n, int[] totals) {
    List<Responden> out = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      Map<String, Integer> jawaban = new LinkedHashMap<>();
      for (int u = 0; u < totals.length; u++) {
        int fours = totals[u] - 3 * n;
        jawaban.put(UNSUR.get(u).kode(), Math.floorMod(r + 3 * u, n) < fours ? 4 : 3);
      }
      out.add(Responden.of(jawaban));
    }
    return out;
  }

  /** The 29-respondent worked example. */
  static SurveiSkm survei29() {
    return SurveiSkm.of(MetodeSkm.PERMENPAN_RB_14_2017, responden(29, TOTAL_29));
  }

  /**
   * {@code n} respondents whose answers to the nine unsur sum to {@code total} in all: with equal
   * weights the SKM is then {@code 25 × total / (9 × n)}.
   */
  static SurveiSkm denganTotal(int n, int total) {
    int extra = total - 9 * n;
    List<Responden> out = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      Map<String, Integer> jawaban = new LinkedHashMap<>();
      for (Unsur u : UNSUR) {
        int plus = Math.min(3, extra);
        extra -= plus;
        jawaban.put(u.kode(), 1 + plus);
      }
      out.add(Responden.of(jawaban));
    }
    return SurveiSkm.of(UNSUR, out);
  }

  /** {@code n} respondents answering {@code k} to every unsur of {@code unsur}. */
  static List<Responden> semua(List<Unsur> unsur, int n, int k) {
    List<Responden> out = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      Map<String, Integer> jawaban = new LinkedHashMap<>();
      unsur.forEach(u -> jawaban.put(u.kode(), k));
      out.add(Responden.of(jawaban));
    }
    return out;
  }
}
