package id.sakip.survei;

import id.sakip.angka.Pecahan;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The published SKM figures of one service (layanan) of a unit: its respondents and its NRR per
 * unsur, as a report prints them ({@code 3,25}) or as computed ({@code 105/29}). A unit's NRR per
 * unsur is computed from these by {@link KalkulatorSkm#gabungkanLayanan(java.util.List, java.util.List)}:
 * each service's NRR weighted by its respondents.
 *
 * @param layanan the service, such as {@code KTP}; not blank
 * @param jumlahResponden the service's respondents; at least 1
 * @param nrr the NRR per unsur code, each from 1 to 4, in questionnaire order; not empty
 */
public record NrrLayanan(String layanan, int jumlahResponden, Map<String, Pecahan> nrr) {

  /**
   * Creates the figures, refusing a blank service, fewer than 1 respondent, no NRR, a blank unsur
   * code and an NRR outside 1–4; the message names the service, the field, the value and the rule.
   */
  public NrrLayanan {
    Objects.requireNonNull(layanan, "layanan");
    Objects.requireNonNull(nrr, "nrr");
    if (layanan.isBlank()) {
      throw new IllegalArgumentException(
          "layanan '" + layanan + "' is blank: published service figures name their service");
    }
    if (jumlahResponden < 1) {
      throw new IllegalArgumentException(
          "layanan '" + layanan + "': jumlahResponden is " + jumlahResponden + ": a service with an"
              + " NRR has at least 1 respondent");
    }
    if (nrr.isEmpty()) {
      throw new IllegalArgumentException(
          "layanan '" + layanan + "' has no NRR: give the NRR of each unsur");
    }
    Map<String, Pecahan> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Pecahan> e : nrr.entrySet()) {
      String kode = Objects.requireNonNull(e.getKey(), "unsur kode");
      Pecahan nilai = Objects.requireNonNull(e.getValue(), "NRR of unsur " + kode);
      if (kode.isBlank()) {
        throw new IllegalArgumentException(
            "layanan '" + layanan + "': unsur kode '" + kode + "' is blank: an NRR names its unsur");
      }
      NrrUnsur.periksa("layanan '" + layanan + "': ", kode, nilai);
      copy.put(kode, nilai);
    }
    nrr = Collections.unmodifiableMap(copy);
  }

  /** Returns a service's figures: {@code of("KTP", 29, Map.of("U1", Pecahan.of(new BigDecimal("3.62")), …))}. */
  public static NrrLayanan of(String layanan, int jumlahResponden, Map<String, Pecahan> nrr) {
    return new NrrLayanan(layanan, jumlahResponden, nrr);
  }
}
