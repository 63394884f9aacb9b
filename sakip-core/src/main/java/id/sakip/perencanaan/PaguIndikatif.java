package id.sakip.perencanaan;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.angka.Rupiah;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The indicative budget (pagu indikatif) a Renstra plans for one program, kegiatan or sub kegiatan,
 * by year, with its end-of-period total as the matrix prints it (kondisi kinerja pada akhir periode,
 * Rp) [practice: the Renstra matrix of Permendagri 86/2017, held by wp-eval-sakip, E-Sakip AKSARA,
 * SIMDA]. The total is the sum of the yearly amounts ({@link #jumlah()}); a printed total that
 * differs is a finding of {@link PemeriksaanRenstra#jumlahPagu(Renstra)}, not a refusal.
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withKode(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class PaguIndikatif implements WithPaguIndikatif {

  PaguIndikatif() {}

  /** Returns a new {@link Builder}; {@code kode} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link PaguIndikatif} values; {@code kode} is required. The builder is strict: an
   * attribute is set at most once (a second call throws {@link IllegalStateException}), a list or
   * map attribute is added to, and {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing and {@link IllegalArgumentException} when the value breaks a rule
   * of {@link PaguIndikatif}.
   */
  public static final class Builder extends ImmutablePaguIndikatif.Builder {
    Builder() {}
  }

  /** The nomenclature code of the program, kegiatan or sub kegiatan (Permendagri 90/2019). */
  public abstract KodeNomenklatur kode();

  /** The name as the Renstra prints it, if it prints one. */
  public abstract Optional<String> nama();

  /** The indicative budget of each year the Renstra states, by year. */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, Rupiah> paguTahunan();

  /** The end-of-period total as printed, if the Renstra prints one. */
  public abstract Optional<Rupiah> jumlahTercetak();

  /** Returns the indicative budget for {@code tahun}, if the Renstra states one. */
  public Optional<Rupiah> pagu(int tahun) {
    return Optional.ofNullable(paguTahunan().get(tahun));
  }

  /** Returns the end-of-period total: the sum of the yearly amounts (zero when none is stated). */
  @Value.Derived
  public Rupiah jumlah() {
    try {
      return Rupiah.total(paguTahunan().values());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("paguIndikatif " + kode() + ": the yearly amounts " + paguTahunan().values()
          + " sum beyond the Rupiah range (±" + Rupiah.MAX + "); a pagu indikatif needs a total", e);
    }
  }

  @Value.Check
  void check() {
    nama().ifPresent(n -> Checks.notBlank("paguIndikatif.nama", n));
    paguTahunan().keySet().forEach(year -> Checks.year("paguIndikatif " + kode() + ".paguTahunan", year));
  }
}
