package id.sakip.kinerja;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A presentation policy for capaian: an optional ceiling (cap) and an optional floor at 0.
 *
 * <p>Organisational LKj guidance caps nothing; practice varies (none, 100, 120, 200; PermenPAN-RB
 * 8/2021 turns more than 110% into a score of 120 for individuals). The policy is therefore a
 * separate, named choice applied to the raw value, and the result ({@link CapaianTersaji}) keeps
 * both. The seed report shows SKM 85,82 against 85 as "100%": raw 100,96%, presented under {@link
 * #MAKS_100}.
 *
 * <p>Immutable and thread-safe: one instance may be shared by any number of threads.
 */
public final class BatasCapaian {

  /** No cap and no floor: the presented value is the raw value. */
  public static final BatasCapaian TANPA_BATAS = new BatasCapaian(Optional.empty(), false);

  /** Capped at 100%. */
  public static final BatasCapaian MAKS_100 = new BatasCapaian(Optional.of(Persentase.HUNDRED), false);

  /** Capped at 120%. */
  public static final BatasCapaian MAKS_120 = new BatasCapaian(Optional.of(Persentase.of(120)), false);

  private final Optional<Persentase> plafon;
  private final boolean lantaiNol;

  private BatasCapaian(Optional<Persentase> plafon, boolean lantaiNol) {
    this.plafon = plafon;
    this.lantaiNol = lantaiNol;
  }

  /**
   * Returns a policy capping at {@code ceilingPercent}.
   *
   * @throws IllegalArgumentException if the ceiling is not positive
   */
  public static BatasCapaian maks(BigDecimal ceilingPercent) {
    Objects.requireNonNull(ceilingPercent, "ceilingPercent");
    if (ceilingPercent.signum() <= 0) {
      throw new IllegalArgumentException(
          "batasCapaian.plafon: ceiling " + ceilingPercent.toPlainString() + "% is not positive; a cap must be above 0%");
    }
    return new BatasCapaian(Optional.of(Persentase.of(ceilingPercent)), false);
  }

  /** Returns this policy with a floor at 0% added (negative raw values are shown as 0%). */
  public BatasCapaian denganLantaiNol() {
    return new BatasCapaian(plafon, true);
  }

  /** Returns the ceiling, if any. */
  public Optional<Persentase> plafon() {
    return plafon;
  }

  /** Returns true if negative values are presented as 0%. */
  public boolean lantaiNol() {
    return lantaiNol;
  }

  /** Applies the policy to a raw capaian; the raw value is kept in the result. */
  public CapaianTersaji terapkan(Persentase mentah) {
    Objects.requireNonNull(mentah, "mentah");
    Persentase shown = plafon.map(mentah::min).orElse(mentah);
    if (lantaiNol) {
      shown = shown.max(Persentase.ZERO);
    }
    return new CapaianTersaji(mentah, shown, this);
  }

  /** Applies the policy to a computed capaian; a not-computable one passes through. */
  public Outcome<CapaianTersaji> terapkan(Outcome<Persentase> mentah) {
    return Objects.requireNonNull(mentah, "mentah").map(this::terapkan);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof BatasCapaian other && other.plafon.equals(plafon) && other.lantaiNol == lantaiNol;
  }

  @Override
  public int hashCode() {
    return Objects.hash(plafon, lantaiNol);
  }

  @Override
  public String toString() {
    String cap = plafon.map(p -> "maks " + p).orElse("tanpa batas");
    return lantaiNol ? cap + ", lantai 0%" : cap;
  }
}
