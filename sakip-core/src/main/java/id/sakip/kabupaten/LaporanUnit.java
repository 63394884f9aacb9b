package id.sakip.kabupaten;

import id.sakip.laporan.LaporanKinerja;
import id.sakip.organisasi.UnitOrganisasi;
import java.util.Objects;

/**
 * The report of one perangkat daerah within a {@link Kabupaten}: the unit and its LKj. A {@link
 * LaporanKinerja} names its unit only as text ({@link LaporanKinerja#instansi()}); the pairing
 * with a {@link UnitOrganisasi} is stated here, explicitly.
 *
 * @param unit the perangkat daerah
 * @param laporan its Laporan Kinerja
 */
public record LaporanUnit(UnitOrganisasi unit, LaporanKinerja laporan) {

  /** Pairs {@code unit} with {@code laporan}. */
  public LaporanUnit {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(laporan, "laporan");
  }
}
