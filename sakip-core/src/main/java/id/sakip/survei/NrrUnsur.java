package id.sakip.survei;

import id.sakip.angka.Pecahan;
import java.util.Objects;

/**
 * The figures of one unsur in an index computed from published NRR ({@link HasilIkm}): the NRR as
 * given (a report's printed {@code 3,25}, or a unit's NRR from its services), its weight and its
 * weighted NRR (<i>NRR tertimbang</i> = NRR × weight). All exact. The figures of an unsur computed
 * from answers, with their totals and respondents, are a {@link NilaiUnsur}.
 *
 * @param unsur the unsur
 * @param nrr the average answer, from 1 to 4
 * @param bobot the weight
 * @param nrrTertimbang {@code nrr × bobot}
 */
public record NrrUnsur(Unsur unsur, Pecahan nrr, Pecahan bobot, Pecahan nrrTertimbang) {

  /** Creates the figures; every component is required. */
  public NrrUnsur {
    Objects.requireNonNull(unsur, "unsur");
    Objects.requireNonNull(nrr, "nrr");
    Objects.requireNonNull(bobot, "bobot");
    Objects.requireNonNull(nrrTertimbang, "nrrTertimbang");
  }

  /** Returns the figures of an unsur from its NRR and weight. */
  static NrrUnsur of(Unsur unsur, Pecahan nrr, Pecahan bobot) {
    return new NrrUnsur(unsur, nrr, bobot, nrr.times(bobot));
  }

  /**
   * Checks that an NRR lies from 1 to 4, the range of a mean of answers.
   *
   * @param dimana where the NRR was given, such as {@code layanan 'KTP'}, for the message
   * @throws IllegalArgumentException naming where, the unsur code, the value and the rule
   */
  static void periksa(String dimana, String kode, Pecahan nrr) {
    if (nrr.isLessThan(Pecahan.of(MetodeSkm.JAWABAN_TERENDAH))
        || nrr.isGreaterThan(Pecahan.of(MetodeSkm.JAWABAN_TERTINGGI))) {
      throw new IllegalArgumentException(
          dimana + "NRR of unsur " + kode + " is " + nrr + ": an NRR is a mean of answers from "
              + MetodeSkm.JAWABAN_TERENDAH + " to " + MetodeSkm.JAWABAN_TERTINGGI
              + ", so it lies from 1 to 4 (PermenPAN-RB 14/2017)");
    }
  }
}
