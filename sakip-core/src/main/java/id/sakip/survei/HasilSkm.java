package id.sakip.survei;

import id.sakip.angka.Pecahan;
import id.sakip.skala.Klasifikasi;
import id.sakip.skala.Pita;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SKM figures of one group of respondents, a service (layanan) or the whole unit, under
 * PermenPAN-RB 14/2017: per unsur NRR and weighted NRR, the index IKM = Σ NRR × weight (1–4), the
 * converted SKM value = IKM × 25 (25–100 when the weights sum to 1), and its quality band (mutu
 * pelayanan). Every figure is exact; round only to present ({@code nilaiSkm().format()} is {@code
 * 91,48}).
 *
 * @param layanan the service, or empty for the whole unit
 * @param jumlahResponden the respondents of the group
 * @param unsur the figures per unsur, in questionnaire order
 * @param ikm the index, Σ NRR × weight
 * @param nilaiSkm the converted value, IKM × 25
 * @param mutu the quality band of the converted value, on the method's scale for the weights
 */
public record HasilSkm(
    Optional<String> layanan,
    int jumlahResponden,
    List<NilaiUnsur> unsur,
    Pecahan ikm,
    Pecahan nilaiSkm,
    Klasifikasi mutu) {

  /** Creates the figures; every component is required. */
  public HasilSkm {
    Objects.requireNonNull(layanan, "layanan");
    unsur = List.copyOf(Objects.requireNonNull(unsur, "unsur"));
    Objects.requireNonNull(ikm, "ikm");
    Objects.requireNonNull(nilaiSkm, "nilaiSkm");
    Objects.requireNonNull(mutu, "mutu");
  }

  /** Returns the figures of unsur {@code kode}, if the survey asks it. */
  public Optional<NilaiUnsur> unsur(String kode) {
    Objects.requireNonNull(kode, "kode");
    return unsur.stream().filter(n -> n.unsur().kode().equals(kode)).findFirst();
  }

  /**
   * Returns the code of the quality band, {@code A} to {@code D}; empty only for a value beyond the
   * scale, which the calculator's {@linkplain MetodeSkm#skalaMutu(Pecahan) scale} never leaves (an
   * all-1 survey weighted 0,111 gives 24,975: D).
   */
  public Optional<String> kodeMutu() {
    return mutu.toOptional().flatMap(Pita::kode);
  }
}
