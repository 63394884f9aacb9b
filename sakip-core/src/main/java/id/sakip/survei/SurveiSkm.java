package id.sakip.survei;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A public-satisfaction survey (<i>Survei Kepuasan Masyarakat</i>, PermenPAN-RB 14/2017): the unsur
 * asked, in questionnaire order, and the respondents with their answers. The unsur are usually
 * {@link MetodeSkm#unsur()}, but a unit may ask its own.
 *
 * @param unsur the unsur asked; at least one, codes distinct
 * @param responden the respondents, each answering only unsur of this survey; may be empty
 */
public record SurveiSkm(List<Unsur> unsur, List<Responden> responden) {

  /**
   * Creates a survey, refusing no unsur, two unsur with one code, and an answer to an unsur the
   * survey does not ask; the message names the respondent (counted from 1) and the code.
   */
  public SurveiSkm {
    unsur = List.copyOf(Objects.requireNonNull(unsur, "unsur"));
    responden = List.copyOf(Objects.requireNonNull(responden, "responden"));
    Set<String> kode = periksaUnsur(unsur);
    for (int i = 0; i < responden.size(); i++) {
      for (String k : responden.get(i).jawaban().keySet()) {
        if (!kode.contains(k)) {
          throw new IllegalArgumentException(
              "respondent " + (i + 1) + " answers unsur '" + k + "', which the survey does not ask"
                  + " (" + unsur.stream().map(Unsur::kode).toList() + "): every answer names an"
                  + " unsur of the survey");
        }
      }
    }
  }

  /** Returns a survey of the standard unsur of {@code metode}. */
  public static SurveiSkm of(MetodeSkm metode, List<Responden> responden) {
    Objects.requireNonNull(metode, "metode");
    return new SurveiSkm(metode.unsur(), responden);
  }

  /** Returns a survey of the given unsur. */
  public static SurveiSkm of(List<Unsur> unsur, List<Responden> responden) {
    return new SurveiSkm(unsur, responden);
  }

  /** Checks that there is at least one unsur and no code twice; returns the codes. */
  static Set<String> periksaUnsur(List<Unsur> unsur) {
    if (unsur.isEmpty()) {
      throw new IllegalArgumentException("survey asks no unsur: an SKM asks at least one");
    }
    Set<String> kode = new HashSet<>();
    for (Unsur u : unsur) {
      if (!kode.add(Objects.requireNonNull(u, "unsur").kode())) {
        throw new IllegalArgumentException(
            "survey asks two unsur coded '" + u.kode() + "': each unsur needs its own code");
      }
    }
    return kode;
  }

  /** Returns the services named by the respondents, in order of first appearance. */
  public List<String> layanan() {
    Set<String> out = new LinkedHashSet<>();
    responden.forEach(r -> r.layanan().ifPresent(out::add));
    return List.copyOf(out);
  }
}
