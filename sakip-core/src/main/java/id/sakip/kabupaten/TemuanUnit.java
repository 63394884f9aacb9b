package id.sakip.kabupaten;

import id.sakip.organisasi.UnitOrganisasi;
import id.sakip.temuan.Temuan;
import java.util.Objects;

/**
 * A finding of one unit's audit, with the unit: the finding's {@link id.sakip.temuan.Lokasi} is
 * within that unit's report.
 *
 * @param unit the perangkat daerah whose report the finding is in
 * @param temuan the finding
 */
public record TemuanUnit(UnitOrganisasi unit, Temuan temuan) {

  /** Pairs a finding with its unit. */
  public TemuanUnit {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(temuan, "temuan");
  }
}
