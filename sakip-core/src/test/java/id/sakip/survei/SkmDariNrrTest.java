package id.sakip.survei;

import static id.sakip.survei.ContohSkm.UNSUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SKM from published figures: NRR per unsur as printed, and a unit from its services (domain.md §11). */
class SkmDariNrrTest {

  private static final KalkulatorSkm EKSAK = KalkulatorSkm.standar();
  private static final KalkulatorSkm TERCETAK = EKSAK.withBobot(BobotSkm.tercetak(MetodeSkm.PERMENPAN_RB_14_2017));

  private static Map<String, Pecahan> nrr(String... printed) {
    Map<String, Pecahan> m = new LinkedHashMap<>();
    for (int i = 0; i < printed.length; i++) {
      m.put(UNSUR.get(i).kode(), Pecahan.of(new BigDecimal(printed[i])));
    }
    return m;
  }

  private static Map<String, Pecahan> semua(long pembilang, long penyebut) {
    Map<String, Pecahan> m = new LinkedHashMap<>();
    UNSUR.forEach(u -> m.put(u.kode(), Pecahan.of(pembilang, penyebut)));
    return m;
  }

  // ------------------------------------------------------------ IKM = Σ NRR × w

  @Test
  void nrr_3_25_printed_on_every_unsur_gives_ikm_3_25_and_81_25_b() {
    HasilIkm h = EKSAK.hitungDariNrr(nrr("3.25", "3.25", "3.25", "3.25", "3.25", "3.25", "3.25", "3.25", "3.25"));
    assertThat(h.ikm()).isEqualTo(Pecahan.of(new BigDecimal("3.25")));
    assertThat(h.nilaiSkm()).isEqualTo(Pecahan.of(new BigDecimal("81.25")));
    assertThat(h.kodeMutu()).contains("B");
    assertThat(h.unsur()).hasSize(9);
    assertThat(h.unsur("U4").orElseThrow().nrrTertimbang()).isEqualTo(Pecahan.of(new BigDecimal("3.25")).times(Pecahan.of(1, 9)));
  }

  @Test
  void nrr_3_25_with_the_printed_0_111_gives_81_17() {
    HasilIkm h = TERCETAK.hitungDariNrr(nrr("3.25", "3.25", "3.25", "3.25", "3.25", "3.25", "3.25", "3.25", "3.25"));
    assertThat(h.ikm()).isEqualTo(Pecahan.of(new BigDecimal("3.24675")));
    assertThat(h.nilaiSkm()).isEqualTo(Pecahan.of(new BigDecimal("81.16875")));
    assertThat(h.nilaiSkm().format()).isEqualTo("81,17");
    assertThat(h.unsur("U1").orElseThrow().bobot()).isEqualTo(Pecahan.of(111, 1000));
    assertThat(h.kodeMutu()).contains("B");
  }

  @Test
  void the_29_respondents_nrr_printed_to_2_decimals_give_91_50_not_91_48() {
    // 105/29 = 3,62; 101/29 = 3,48; 100/29 = 3,45; 116/29 = 4,00; 102/29 = 3,52; 105/29; 106/29 = 3,66; 105/29; 115/29 = 3,97
    HasilIkm h = EKSAK.hitungDariNrr(nrr("3.62", "3.48", "3.45", "4.00", "3.52", "3.62", "3.66", "3.62", "3.97"));
    assertThat(h.ikm()).isEqualTo(Pecahan.of(new BigDecimal("3.66")));
    assertThat(h.nilaiSkm().format()).isEqualTo("91,50");
    HasilIkm tercetak = TERCETAK.hitungDariNrr(nrr("3.62", "3.48", "3.45", "4.00", "3.52", "3.62", "3.66", "3.62", "3.97"));
    assertThat(tercetak.nilaiSkm()).isEqualTo(Pecahan.of(new BigDecimal("91.4085")));
  }

  @Test
  void exact_nrr_from_the_answers_give_exactly_the_figure_from_the_answers() {
    Map<String, Pecahan> exact = new LinkedHashMap<>();
    for (int i = 0; i < UNSUR.size(); i++) {
      exact.put(UNSUR.get(i).kode(), Pecahan.of(ContohSkm.TOTAL_29[i], 29));
    }
    HasilIkm h = EKSAK.hitungDariNrr(exact);
    HasilSkm dariJawaban = EKSAK.hitung(ContohSkm.survei29()).unit().value();
    assertThat(h.ikm()).isEqualTo(dariJawaban.ikm()).isEqualTo(Pecahan.of(955, 261));
    assertThat(h.nilaiSkm()).isEqualTo(Pecahan.of(23875, 261));
    assertThat(h.mutu()).isEqualTo(dariJawaban.mutu());
  }

  @Test
  void nrr_1_and_4_are_the_extremes_and_keep_a_band_with_printed_weights() {
    assertThat(TERCETAK.hitungDariNrr(semua(1, 1)).nilaiSkm().rounded(2, RoundingMode.HALF_UP)).isEqualTo("24.98");
    assertThat(TERCETAK.hitungDariNrr(semua(1, 1)).kodeMutu()).contains("D");
    assertThat(TERCETAK.hitungDariNrr(semua(4, 1)).kodeMutu()).contains("A");
    assertThat(EKSAK.hitungDariNrr(semua(4, 1)).nilaiSkm()).isEqualTo(Pecahan.of(100));
  }

  @Test
  void an_nrr_outside_1_to_4_is_refused_naming_unsur_value_and_rule() {
    assertThatThrownBy(() -> EKSAK.hitungDariNrr(nrr("4.01", "3", "3", "3", "3", "3", "3", "3", "3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("NRR of unsur U1 is 4.01: an NRR is a mean of answers from 1 to 4, so it lies from 1 to 4"
            + " (PermenPAN-RB 14/2017)");
    assertThatThrownBy(() -> EKSAK.hitungDariNrr(nrr("3", "0.99", "3", "3", "3", "3", "3", "3", "3")))
        .hasMessageStartingWith("NRR of unsur U2 is 0.99: ");
    assertThat(EKSAK.hitungDariNrr(nrr("1", "4", "3", "3", "3", "3", "3", "3", "3")).kodeMutu()).isPresent();
  }

  @Test
  void every_unsur_needs_an_nrr_and_no_other_unsur_may_have_one() {
    Map<String, Pecahan> kurang = semua(3, 1);
    kurang.remove("U5");
    assertThatThrownBy(() -> EKSAK.hitungDariNrr(kurang))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no NRR for unsur U5 Produk spesifikasi jenis pelayanan: give the NRR of every unsur of the"
            + " survey [U1, U2, U3, U4, U5, U6, U7, U8, U9]");
    Map<String, Pecahan> lebih = semua(3, 1);
    lebih.put("U10", Pecahan.of(3));
    assertThatThrownBy(() -> EKSAK.hitungDariNrr(lebih))
        .hasMessage("NRR given for unsur 'U10', which the survey does not ask [U1, U2, U3, U4, U5, U6, U7, U8, U9]");
  }

  // ------------------------------------------------------------ a unit from its services

  @Test
  void a_unit_from_its_services_weights_each_by_its_respondents_not_the_mean_of_services() {
    Outcome<HasilIkm> unit = EKSAK.gabungkanLayanan(List.of(
        NrrLayanan.of("KTP", 1, semua(4, 1)), NrrLayanan.of("KK", 3, semua(1, 1))));
    assertThat(unit.value().unsur("U1").orElseThrow().nrr()).isEqualTo(Pecahan.of(7, 4));
    assertThat(unit.value().nilaiSkm()).isEqualTo(Pecahan.of(new BigDecimal("43.75")));
    assertThat(unit.value().nilaiSkm()).isNotEqualTo(Pecahan.of(new BigDecimal("62.5")));
    assertThat(unit.value().kodeMutu()).contains("D");
    // The same as from the answers.
    assertThat(unit.value().ikm()).isEqualTo(EKSAK.hitung(SurveiSkm.of(UNSUR, List.of(
        Responden.lengkap(UNSUR, 4, 4, 4, 4, 4, 4, 4, 4, 4).withLayanan("KTP"),
        Responden.lengkap(UNSUR, 1, 1, 1, 1, 1, 1, 1, 1, 1).withLayanan("KK"),
        Responden.lengkap(UNSUR, 1, 1, 1, 1, 1, 1, 1, 1, 1).withLayanan("KK"),
        Responden.lengkap(UNSUR, 1, 1, 1, 1, 1, 1, 1, 1, 1).withLayanan("KK")))).unit().value().ikm());
  }

  @Test
  void services_with_printed_nrr_combine_exactly() {
    // KTP 20 respondents NRR 3,25; KK 10 respondents NRR 3,50: unit (65 + 35) / 30 = 10/3.
    HasilIkm unit = EKSAK.gabungkanLayanan(List.of(
        NrrLayanan.of("KTP", 20, nrr("3.25", "3.25", "3.25", "3.25", "3.25", "3.25", "3.25", "3.25", "3.25")),
        NrrLayanan.of("KK", 10, nrr("3.5", "3.5", "3.5", "3.5", "3.5", "3.5", "3.5", "3.5", "3.5")))).value();
    assertThat(unit.unsur("U9").orElseThrow().nrr()).isEqualTo(Pecahan.of(10, 3));
    assertThat(unit.nilaiSkm()).isEqualTo(Pecahan.of(250, 3));
    assertThat(unit.nilaiSkm().format()).isEqualTo("83,33");
    assertThat(unit.kodeMutu()).contains("B");
  }

  @Test
  void no_services_give_no_unit_figure() {
    Outcome<HasilIkm> unit = EKSAK.gabungkanLayanan(List.of());
    assertThat(unit.notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    assertThat(unit.explanation()).isEqualTo("SKM of the unit from its services: no service figures are given");
  }

  @Test
  void service_figures_are_checked_naming_the_service() {
    assertThatThrownBy(() -> NrrLayanan.of("KTP", 0, semua(3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("layanan 'KTP': jumlahResponden is 0: a service with an NRR has at least 1 respondent");
    assertThatThrownBy(() -> NrrLayanan.of(" ", 5, semua(3, 1)))
        .hasMessage("layanan ' ' is blank: published service figures name their service");
    assertThatThrownBy(() -> NrrLayanan.of("KK", 5, Map.of()))
        .hasMessage("layanan 'KK' has no NRR: give the NRR of each unsur");
    assertThatThrownBy(() -> NrrLayanan.of("KK", 5, Map.of("U1", Pecahan.of(9, 2))))
        .hasMessage("layanan 'KK': NRR of unsur U1 is 4.5: an NRR is a mean of answers from 1 to 4, so it lies"
            + " from 1 to 4 (PermenPAN-RB 14/2017)");
    Map<String, Pecahan> kurang = semua(3, 1);
    kurang.remove("U9");
    assertThatThrownBy(() -> EKSAK.gabungkanLayanan(List.of(NrrLayanan.of("KK", 5, kurang))))
        .hasMessageStartingWith("layanan 'KK': no NRR for unsur U9 Sarana dan prasarana");
    assertThatThrownBy(() -> EKSAK.gabungkanLayanan(List.of(
            NrrLayanan.of("KK", 5, semua(3, 1)), NrrLayanan.of("KK", 2, semua(2, 1)))))
        .hasMessage("layanan 'KK' is given twice: give each service's figures once");
    assertThatNullPointerException().isThrownBy(() -> EKSAK.hitungDariNrr(null)).withMessage("nrr");
  }

  @Test
  void published_figures_compare_by_value() {
    assertThat(NrrLayanan.of("KTP", 3, semua(3, 1))).isEqualTo(NrrLayanan.of("KTP", 3, semua(3, 1)));
    assertThat(EKSAK.hitungDariNrr(semua(3, 1))).isEqualTo(EKSAK.hitungDariNrr(semua(3, 1)))
        .isNotEqualTo(TERCETAK.hitungDariNrr(semua(3, 1)));
  }
}
