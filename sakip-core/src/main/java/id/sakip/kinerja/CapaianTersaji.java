package id.sakip.kinerja;

import id.sakip.angka.Persentase;
import java.util.Objects;

/**
 * A capaian as presented under a {@link BatasCapaian}, with the raw value kept beside it.
 *
 * @param mentah the raw, exact capaian
 * @param tersaji the value presented after the cap and floor
 * @param batas the policy applied
 */
public record CapaianTersaji(Persentase mentah, Persentase tersaji, BatasCapaian batas) {

  /** Creates a presented capaian. */
  public CapaianTersaji {
    Objects.requireNonNull(mentah, "mentah");
    Objects.requireNonNull(tersaji, "tersaji");
    Objects.requireNonNull(batas, "batas");
  }

  /** Returns true if the policy changed the value (the raw value was capped or floored). */
  public boolean isDibatasi() {
    return !mentah.equals(tersaji);
  }
}
