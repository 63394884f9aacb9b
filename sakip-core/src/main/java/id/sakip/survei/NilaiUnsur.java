package id.sakip.survei;

import id.sakip.angka.Pecahan;
import java.util.Objects;

/**
 * The figures of one unsur in an SKM result: the total of its answers, the respondents who
 * answered it, its average (<i>nilai rata-rata</i>, NRR = total / respondents), its weight and its
 * weighted average (<i>NRR tertimbang</i> = NRR × weight). All exact.
 *
 * @param unsur the unsur
 * @param jumlahResponden the respondents who answered it; at least 1
 * @param jumlahNilai the total of their answers
 * @param nrr the average answer, {@code jumlahNilai / jumlahResponden}, from 1 to 4
 * @param bobot the weight
 * @param nrrTertimbang {@code nrr × bobot}
 */
public record NilaiUnsur(
    Unsur unsur,
    int jumlahResponden,
    long jumlahNilai,
    Pecahan nrr,
    Pecahan bobot,
    Pecahan nrrTertimbang) {

  /** Creates the figures; every component is required. */
  public NilaiUnsur {
    Objects.requireNonNull(unsur, "unsur");
    Objects.requireNonNull(nrr, "nrr");
    Objects.requireNonNull(bobot, "bobot");
    Objects.requireNonNull(nrrTertimbang, "nrrTertimbang");
  }

  /** Returns the figures of an unsur from its total and respondents: NRR and weighted NRR. */
  static NilaiUnsur of(Unsur unsur, int jumlahResponden, long jumlahNilai, Pecahan bobot) {
    Pecahan nrr = Pecahan.of(jumlahNilai, jumlahResponden);
    return new NilaiUnsur(unsur, jumlahResponden, jumlahNilai, nrr, bobot, nrr.times(bobot));
  }
}
