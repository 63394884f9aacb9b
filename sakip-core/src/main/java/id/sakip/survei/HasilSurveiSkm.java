package id.sakip.survei;

import id.sakip.angka.Outcome;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SKM of a whole survey: the unit's figures from all answers, and each service's figures from
 * its own respondents. Each is an {@link Outcome}: not computable when the group has no
 * respondents, has a blank answer under {@link KebijakanJawabanKosong#TOLAK}, or has an unsur
 * nobody answered.
 *
 * <p>The unit's figure is never the mean of the service figures; see {@link KalkulatorSkm}.
 *
 * @param unit the whole unit's figures
 * @param perLayanan each service's figures, in order of first appearance
 */
public record HasilSurveiSkm(Outcome<HasilSkm> unit, Map<String, Outcome<HasilSkm>> perLayanan) {

  /** Creates the result; every component is required. */
  public HasilSurveiSkm {
    Objects.requireNonNull(unit, "unit");
    perLayanan = Collections.unmodifiableMap(
        new LinkedHashMap<>(Objects.requireNonNull(perLayanan, "perLayanan")));
  }

  /** Returns the figures of service {@code layanan}, or empty if no respondent named it. */
  public Optional<Outcome<HasilSkm>> layanan(String layanan) {
    Objects.requireNonNull(layanan, "layanan");
    return Optional.ofNullable(perLayanan.get(layanan));
  }
}
