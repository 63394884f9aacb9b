package id.sakip.laporan;

import id.sakip.organisasi.UnitOrganisasi;
import id.sakip.perencanaan.PerjanjianKinerja;
import id.sakip.perencanaan.Renstra;
import id.sakip.perencanaan.Rkt;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A whole Laporan Kinerja (LKj) of one perangkat daerah for one year, as PermenPAN-RB 53/2014
 * lays it out: who and when, the Renstra, the Perjanjian Kinerja (every budget version), the RKT,
 * the realisasi of the IKU, and the budget realisation table.
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withInstansi(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class LaporanKinerja implements WithLaporanKinerja {

  LaporanKinerja() {}

  /** Returns a new {@link Builder}; {@code instansi} and {@code tahun} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link LaporanKinerja} values; {@code instansi} and {@code tahun} are required. The
   * builder is strict: an attribute is set at most once (a second call throws {@link
   * IllegalStateException}), a list or map attribute is added to, and {@code build()} throws {@link
   * IllegalStateException} when a required attribute is missing and {@link
   * IllegalArgumentException} when the value breaks a rule of {@link LaporanKinerja}.
   */
  public static final class Builder extends ImmutableLaporanKinerja.Builder {
    Builder() {}
  }

  /** The reporting unit, e.g. "Kecamatan Kromengan, Kabupaten Malang". */
  public abstract String instansi();

  /** The year reported on. */
  public abstract int tahun();

  /**
   * The perangkat daerah (unit organisasi: code and name) the report is of, when the document
   * names it; a kabupaten's reports are told apart by it. Empty in reports that do not say.
   */
  public abstract Optional<UnitOrganisasi> unitOrganisasi();

  /** The Renstra the report refers to. */
  public abstract Optional<Renstra> renstra();

  /** The Perjanjian Kinerja of the year. */
  public abstract Optional<PerjanjianKinerja> perjanjianKinerja();

  /** The RKT of the year. */
  public abstract Optional<Rkt> rkt();

  /** The realisasi of each IKU. */
  public abstract List<RealisasiIku> realisasiIku();

  /** The budget realisation table. */
  public abstract Optional<TabelRealisasiAnggaran> realisasiAnggaran();

  /** The figures the report prints, as printed; empty when only the inputs are transcribed. */
  public abstract Optional<Tercetak> tercetak();

  @Value.Check
  void check() {
    if (instansi().isBlank()) {
      throw new IllegalArgumentException("laporanKinerja.instansi is blank; name the reporting unit");
    }
    if (tahun() < 1945 || tahun() > 2200) {
      throw new IllegalArgumentException("laporanKinerja.tahun " + tahun() + " is not a plausible year; expected 1945 to 2200");
    }
    perjanjianKinerja().filter(pk -> pk.tahun() != tahun()).ifPresent(pk -> {
      throw new IllegalArgumentException("laporanKinerja.perjanjianKinerja.tahun " + pk.tahun()
          + " differs from the report year " + tahun() + "; the PK must be the report year's");
    });
    rkt().filter(r -> r.tahun() != tahun()).ifPresent(r -> {
      throw new IllegalArgumentException("laporanKinerja.rkt.tahun " + r.tahun()
          + " differs from the report year " + tahun() + "; the RKT must be the report year's");
    });
  }
}
