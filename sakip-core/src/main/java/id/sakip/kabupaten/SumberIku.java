package id.sakip.kabupaten;

import id.sakip.angka.Pecahan;
import id.sakip.organisasi.UnitOrganisasi;
import java.util.Objects;

/**
 * One source of a pemda indicator ({@link IkuPemda}): an IKU of one unit, named as in that unit's
 * PK, and its exact weight in the composite.
 *
 * @param unit the perangkat daerah
 * @param indikator the indicator's name in the unit's PK, not blank
 * @param bobot the weight, exact and above 0
 */
public record SumberIku(UnitOrganisasi unit, String indikator, Pecahan bobot) {

  /**
   * Creates a source.
   *
   * @throws IllegalArgumentException if the indicator name is blank or the weight is not above 0
   */
  public SumberIku {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(indikator, "indikator");
    Objects.requireNonNull(bobot, "bobot");
    if (indikator.isBlank()) {
      throw new IllegalArgumentException("sumberIku.indikator of unit " + unit.kode() + " is blank; name the"
          + " indicator as in the unit's PK / nama indikator unit " + unit.kode() + " kosong");
    }
    if (bobot.signum() <= 0) {
      throw new IllegalArgumentException("sumberIku.bobot of '" + indikator + "' (unit " + unit.kode() + "): weight "
          + bobot + " is not above 0 / bobot '" + indikator + "' (unit " + unit.kode() + ") " + bobot
          + " harus lebih dari 0");
    }
  }

  /** Returns the source {@code indikator} of {@code unit} with weight {@code bobot}. */
  public static SumberIku of(UnitOrganisasi unit, String indikator, Pecahan bobot) {
    return new SumberIku(unit, indikator, bobot);
  }

  /** The component name in the composite: the unit's code and the indicator's name. */
  String namaKomponen() {
    return unit.kode() + " · " + indikator;
  }
}
