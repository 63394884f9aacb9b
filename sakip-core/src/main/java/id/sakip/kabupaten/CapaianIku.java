package id.sakip.kabupaten;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.laporan.RealisasiIku;
import id.sakip.perencanaan.TargetKinerja;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The capaian of one IKU of a unit in the report year: the PK target against the realisasi the
 * IKU table records for that year, with the indicator's polarity formula.
 *
 * @param indikator the indicator's name, as in the PK
 * @param capaian the capaian, or why it is not computable (no realisasi reported, target 0, …)
 */
public record CapaianIku(String indikator, Outcome<Persentase> capaian) {

  /** Creates the capaian of one IKU. */
  public CapaianIku {
    Objects.requireNonNull(indikator, "indikator");
    Objects.requireNonNull(capaian, "capaian");
  }

  /**
   * Returns the capaian of every IKU of {@code lkj} in its year, in PK order: one per indicator
   * (a second PK line for the same indicator adds none, as in the audit's tables). Empty when the
   * report has no PK.
   */
  public static List<CapaianIku> dari(LaporanKinerja lkj, KalkulatorCapaian kalkulator) {
    Objects.requireNonNull(lkj, "lkj");
    Objects.requireNonNull(kalkulator, "kalkulator");
    Map<String, RealisasiIku> realisasi = new HashMap<>();
    lkj.realisasiIku().forEach(r -> realisasi.putIfAbsent(r.indikator(), r));
    Map<String, TargetKinerja> target = new LinkedHashMap<>();
    lkj.perjanjianKinerja().ifPresent(pk -> pk.target().forEach(t -> target.putIfAbsent(t.indikator().nama(), t)));
    List<CapaianIku> out = new ArrayList<>(target.size());
    target.forEach((nama, t) -> {
      Optional<BigDecimal> r = Optional.ofNullable(realisasi.get(nama)).flatMap(x -> x.realisasi(lkj.tahun()));
      out.add(new CapaianIku(nama, kalkulator.hitung(t.indikator().polaritas(), t.target(), r)));
    });
    return List.copyOf(out);
  }
}
