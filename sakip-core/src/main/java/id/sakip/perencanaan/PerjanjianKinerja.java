package id.sakip.perencanaan;

import id.sakip.anggaran.VersiAnggaran;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The yearly performance agreement (Perjanjian Kinerja, PK): the IKU targets the head of the
 * perangkat daerah promises, and the program budgets behind them in one or more budget versions.
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withTahun(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class PerjanjianKinerja implements WithPerjanjianKinerja {

  PerjanjianKinerja() {}

  /** Returns a new {@link Builder}; {@code tahun} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link PerjanjianKinerja} values; {@code tahun} is required. The builder is strict: an
   * attribute is set at most once (a second call throws {@link IllegalStateException}), a list or
   * map attribute is added to, and {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing and {@link IllegalArgumentException} when the value breaks a rule
   * of {@link PerjanjianKinerja}.
   */
  public static final class Builder extends ImmutablePerjanjianKinerja.Builder {
    Builder() {}
  }

  /** The year of the agreement. */
  public abstract int tahun();

  /** The targets promised. */
  public abstract List<TargetKinerja> target();

  /** The program budgets, one entry per budget version. */
  public abstract List<AnggaranPk> anggaran();

  /** Returns the budget in {@code versi}, if the PK carries it. */
  public Optional<AnggaranPk> anggaran(VersiAnggaran versi) {
    return anggaran().stream().filter(a -> a.versi() == versi).findFirst();
  }

  /** Returns the target line of the indicator named {@code indikator}, if any. */
  public Optional<TargetKinerja> target(String indikator) {
    return target().stream().filter(t -> t.indikator().nama().equals(indikator)).findFirst();
  }

  @Value.Check
  void check() {
    Checks.year("perjanjianKinerja.tahun", tahun());
    Set<VersiAnggaran> seen = new HashSet<>();
    for (AnggaranPk a : anggaran()) {
      if (!seen.add(a.versi())) {
        throw new IllegalArgumentException("perjanjianKinerja.anggaran: version " + a.versi()
            + " appears twice; a PK carries each budget version once");
      }
    }
  }
}
