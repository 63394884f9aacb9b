package id.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.KebijakanBatasKetat;
import id.sakip.kinerja.KebijakanDegenerasi;
import id.sakip.kinerja.RumusCapaian;
import id.sakip.kinerja.RumusRentang;
import org.junit.jupiter.api.Test;

/** A capaian policy in JSON: its formulas and its policies for degenerate inputs and strict bounds. */
class KalkulatorCapaianJsonTest {

  private static final SakipJson JSON = SakipJson.standar();

  @Test
  void an_empty_object_is_the_standard_calculator() {
    assertThat(JSON.read("{}", KalkulatorCapaian.class)).isEqualTo(KalkulatorCapaian.standar());
  }

  @Test
  void the_policies_and_the_practice_formulas_are_read_by_name() {
    KalkulatorCapaian k = JSON.read("""
        {"positif": "POSITIF_DEVIASI", "negatif": "NEGATIF_INVERS", "rentang": "REALISASI_PEMDA_SERVICE",
         "degenerasi": {"realisasiNol": "SERATUS"}, "batasKetat": "NILAI_RUMUS_DITANDAI"}
        """, KalkulatorCapaian.class);
    assertThat(k).isEqualTo(KalkulatorCapaian.standar()
        .withPositif(RumusCapaian.POSITIF_DEVIASI)
        .withNegatif(RumusCapaian.NEGATIF_INVERS)
        .withRentang(RumusRentang.REALISASI_PEMDA_SERVICE)
        .withKebijakanDegenerasi(KebijakanDegenerasi.E_SAKIP_AKSARA)
        .withKebijakanBatasKetat(KebijakanBatasKetat.NILAI_RUMUS_DITANDAI));
    assertThat(JSON.read(JSON.write(k), KalkulatorCapaian.class)).isEqualTo(k);
    assertThat(JSON.write(k)).contains("\"realisasiNol\": \"SERATUS\"").contains("\"targetNol\": \"TIDAK_TERHITUNG\"");
  }

  @Test
  void hundred_when_both_are_0_for_a_missing_figure_is_a_problem_at_its_member() {
    SakipJsonException e = catchThrowableOfType(SakipJsonException.class, () -> JSON.read("""
        {"degenerasi": {"targetNol": "NOL", "realisasiKosong": "SERATUS_JIKA_KEDUANYA_NOL"}}
        """, KalkulatorCapaian.class));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.degenerasi.realisasiKosong");
      assertThat(p.rule()).contains("TIDAK_TERHITUNG", "NOL", "SERATUS");
    });
  }
}
