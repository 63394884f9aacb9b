package id.sakip.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Qualitative series (BPK opinions across years) combined by LAST or WORST and compared with a predicate target. */
class DeretPeringkatTest {

  private static final Target.Predikat WTP = Target.predikat(SkalaPeringkat.OPINI_BPK, "WTP");

  private static final DeretPeringkat OPINI =
      DeretPeringkat.of(SkalaPeringkat.OPINI_BPK, Map.of(2023, "WTP", 2021, "WTP", 2022, "WDP"));

  @Test
  void last_is_the_latest_year_and_worst_the_weakest_level() {
    assertThat(OPINI.gabung(AgregasiPeringkat.LAST).value()).isEqualTo("WTP");
    assertThat(OPINI.gabung(AgregasiPeringkat.WORST).value()).isEqualTo("WDP");
    assertThat(OPINI.tingkat().keySet()).containsExactly(2021, 2022, 2023);
  }

  @Test
  void a_wtp_target_is_met_by_the_last_opinion_but_not_by_every_year() {
    assertThat(OPINI.terpenuhi(WTP, AgregasiPeringkat.LAST).value()).isTrue();
    assertThat(OPINI.terpenuhi(WTP, AgregasiPeringkat.WORST).value()).isFalse();
    assertThat(OPINI.terpenuhi(Target.predikat(SkalaPeringkat.OPINI_BPK, "WDP"), AgregasiPeringkat.WORST).value()).isTrue();
    // rank(WDP) / rank(WTP) = 3 / 4
    assertThat(OPINI.capaian(WTP, AgregasiPeringkat.WORST).value()).isEqualTo(Persentase.of(75));
    assertThat(OPINI.capaian(WTP, AgregasiPeringkat.LAST).value()).isEqualTo(Persentase.HUNDRED);
  }

  @Test
  void quarters_work_as_keys_too() {
    DeretPeringkat triwulan = DeretPeringkat.of(SkalaPeringkat.OPINI_BPK, Map.of(1, "TW", 2, "WDP", 4, "WTP"));
    assertThat(triwulan.gabung(AgregasiPeringkat.LAST).value()).isEqualTo("WTP");
    assertThat(triwulan.gabung(AgregasiPeringkat.WORST).value()).isEqualTo("TW");
  }

  @Test
  void an_empty_series_is_not_computable() {
    DeretPeringkat kosong = DeretPeringkat.of(SkalaPeringkat.OPINI_BPK, Map.of());
    for (AgregasiPeringkat a : AgregasiPeringkat.values()) {
      assertThat(kosong.gabung(a).notComputableReason()).contains(Outcome.Reason.NO_VALUE);
      assertThat(kosong.terpenuhi(WTP, a).notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    }
  }

  @Test
  void a_target_on_another_scale_is_not_compared() {
    SkalaPeringkat predikatSakip = new SkalaPeringkat("Predikat SAKIP", List.of("AA", "A", "BB", "B", "CC", "C", "D"));
    Outcome<Persentase> c = OPINI.capaian(Target.predikat(predikatSakip, "A"), AgregasiPeringkat.LAST);
    assertThat(c.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(c.explanation()).contains("'Predikat SAKIP'").contains("'Opini BPK'");
    assertThat(OPINI.terpenuhi(Target.predikat(predikatSakip, "A"), AgregasiPeringkat.LAST).isComputable()).isFalse();
  }

  @Test
  void a_level_not_on_the_scale_is_refused_naming_the_year() {
    assertThatThrownBy(() -> DeretPeringkat.of(SkalaPeringkat.OPINI_BPK, Map.of(2022, "WTP", 2023, "Baik")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tingkat of 2023: 'Baik' is not a level of scale 'Opini BPK' [WTP, WDP, TW, TMP]");
    Map<Integer, String> withNull = new HashMap<>();
    withNull.put(2022, null);
    assertThatThrownBy(() -> DeretPeringkat.of(SkalaPeringkat.OPINI_BPK, withNull))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("2022");
  }

  @Test
  void series_compare_by_value_and_cannot_be_changed() {
    Map<Integer, String> source = new HashMap<>(Map.of(2021, "WTP"));
    DeretPeringkat a = DeretPeringkat.of(SkalaPeringkat.OPINI_BPK, source);
    source.put(2022, "TMP");
    assertThat(a).isEqualTo(DeretPeringkat.of(SkalaPeringkat.OPINI_BPK, Map.of(2021, "WTP")));
    assertThatThrownBy(() -> a.tingkat().put(2022, "TMP")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void a_series_of_200_000_levels_combines_in_one_pass() {
    Map<Integer, String> levels = new HashMap<>();
    for (int i = 0; i < 200_000; i++) {
      levels.put(i, i == 123_456 ? "TMP" : (i % 2 == 0 ? "WTP" : "WDP"));
    }
    DeretPeringkat d = DeretPeringkat.of(SkalaPeringkat.OPINI_BPK, levels);
    assertThat(d.gabung(AgregasiPeringkat.WORST).value()).isEqualTo("TMP");
    assertThat(d.gabung(AgregasiPeringkat.LAST).value()).isEqualTo("WDP");
  }
}
