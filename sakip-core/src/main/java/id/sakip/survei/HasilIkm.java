package id.sakip.survei;

import id.sakip.angka.Pecahan;
import id.sakip.skala.Klasifikasi;
import id.sakip.skala.Pita;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SKM figures computed from published NRR rather than from answers (domain reference §11,
 * "SKM from published figures"): per unsur the NRR and weighted NRR, the index IKM = Σ NRR ×
 * weight, the converted value IKM × 25 and its quality band. The figures from answers, with
 * respondent counts, are a {@link HasilSkm}. Every figure is exact.
 *
 * @param unsur the figures per unsur, in questionnaire order
 * @param ikm the index, Σ NRR × weight
 * @param nilaiSkm the converted value, IKM × 25
 * @param mutu the quality band of the converted value
 */
public record HasilIkm(List<NrrUnsur> unsur, Pecahan ikm, Pecahan nilaiSkm, Klasifikasi mutu) {

  /** Creates the figures; every component is required. */
  public HasilIkm {
    unsur = List.copyOf(Objects.requireNonNull(unsur, "unsur"));
    Objects.requireNonNull(ikm, "ikm");
    Objects.requireNonNull(nilaiSkm, "nilaiSkm");
    Objects.requireNonNull(mutu, "mutu");
  }

  /** Returns the figures of unsur {@code kode}, if the index has it. */
  public Optional<NrrUnsur> unsur(String kode) {
    Objects.requireNonNull(kode, "kode");
    return unsur.stream().filter(n -> n.unsur().kode().equals(kode)).findFirst();
  }

  /**
   * Returns the code of the quality band, {@code A} to {@code D}; empty only for a value beyond the
   * scale, which the calculator's {@linkplain MetodeSkm#skalaMutu(Pecahan) scale} never leaves.
   */
  public Optional<String> kodeMutu() {
    return mutu.toOptional().flatMap(Pita::kode);
  }
}
