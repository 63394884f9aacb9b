package id.sakip.perencanaan;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.angka.Rupiah;
import java.util.Objects;
import java.util.Optional;

/**
 * A program budget line of a Perjanjian Kinerja.
 *
 * @param nama the program as printed
 * @param pagu its budget in this version
 * @param kode its nomenclature code, when known
 */
public record ProgramPk(String nama, Rupiah pagu, Optional<KodeNomenklatur> kode) {

  /** Creates a line; the name must not be blank. */
  public ProgramPk {
    Objects.requireNonNull(nama, "nama");
    Objects.requireNonNull(pagu, "pagu");
    Objects.requireNonNull(kode, "kode");
    Checks.notBlank("programPk.nama", nama);
  }

  /** Returns a line without a code. */
  public static ProgramPk of(String nama, Rupiah pagu) {
    return new ProgramPk(nama, pagu, Optional.empty());
  }
}
