package id.sakip.perencanaan;

import id.sakip.angka.AngkaParser;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Notasi;
import id.sakip.kinerja.Satuan;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The output (keluaran) planned for one node of an RKT: its output indicator and target with unit,
 * such as "Jumlah dokumen laporan kinerja", {@code 4 Buku}.
 *
 * @param indikator the output indicator, when the RKT prints one (program rows often print none)
 * @param target the target value
 * @param satuan the unit of the target
 */
public record KeluaranRkt(Optional<String> indikator, BigDecimal target, Satuan satuan) {

  /** Creates an output. */
  public KeluaranRkt {
    Objects.requireNonNull(indikator, "indikator");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(satuan, "satuan");
    indikator.ifPresent(i -> Checks.notBlank("keluaranRkt.indikator", i));
  }

  /**
   * Reads an output as the RKT prints it: {@code parse("Jumlah dokumen laporan kinerja", "4
   * Buku")}; {@code 100%} gives the unit {@code %}.
   *
   * @throws id.sakip.angka.AngkaFormatException if the target is not a number with a unit
   * @throws IllegalArgumentException if the target has no unit
   */
  public static KeluaranRkt parse(String indikator, String targetTercetak) {
    Objects.requireNonNull(indikator, "indikator");
    AngkaTercetak read = AngkaParser.parse(Objects.requireNonNull(targetTercetak, "targetTercetak"), Notasi.INDONESIA);
    BigDecimal value = AngkaParser.parseNilai(targetTercetak, Notasi.INDONESIA);
    String unit = read.isPersen() ? "%" : read.satuan();
    if (unit.isEmpty()) {
      throw new IllegalArgumentException("keluaranRkt.target '" + targetTercetak
          + "' has no unit; an RKT output target is a number with its unit, e.g. '4 Buku'");
    }
    return new KeluaranRkt(indikator.isBlank() ? Optional.empty() : Optional.of(indikator), value, Satuan.of(unit));
  }
}
