package id.sakip.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Pecahan;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any complete worksheet scores 0–100 and gets a grade; the readings differ only on a boundary. */
class LkePropertiesTest {

  @Provide
  Arbitrary<LembarKerjaEvaluasi> lengkap() {
    Arbitrary<MetodeLke> metode = Arbitraries.of(MetodeLke.PERMENPAN_RB_88_2021, MetodeLke.PERMENPAN_RB_12_2015);
    return metode.flatMap(m -> Arbitraries.of(JawabanLke.class).list().ofMinSize(1).ofMaxSize(12)
        .list().ofSize(m.kodeSubKomponen().size())
        .map(answers -> {
          LembarKerjaEvaluasi lke = LembarKerjaEvaluasi.of(m);
          List<String> kode = m.kodeSubKomponen();
          for (int i = 0; i < kode.size(); i++) {
            lke = lke.with(kode.get(i), answers.get(i).toArray(JawabanLke[]::new));
          }
          return lke;
        }));
  }

  @Property
  void a_complete_worksheet_totals_0_to_100_and_has_a_grade(@ForAll("lengkap") LembarKerjaEvaluasi lke) {
    HasilLke h = KalkulatorLke.standar().hitung(lke);
    Pecahan total = h.total().value();
    assertThat(total).isBetween(Pecahan.ZERO, Pecahan.of(100));
    Pecahan sum = h.komponen().stream().map(k -> k.nilai().value()).reduce(Pecahan.ZERO, Pecahan::plus);
    assertThat(sum).isEqualTo(total);
    assertThat(h.predikat().isComputable()).isTrue();
  }

  @Property
  void the_two_readings_differ_only_on_a_boundary(@ForAll("lengkap") LembarKerjaEvaluasi lke) {
    HasilLke bawah = KalkulatorLke.of(PembacaanBatas.BATAS_KE_PITA_BAWAH).hitung(lke);
    HasilLke atas = KalkulatorLke.of(PembacaanBatas.BATAS_KE_PITA_ATAS).hitung(lke);
    Pecahan total = bawah.total().value();
    boolean onBoundary = List.of(30, 50, 60, 70, 80, 90).stream().anyMatch(b -> total.equals(Pecahan.of(b)));
    assertThat(bawah.predikat().equals(atas.predikat())).isEqualTo(!onBoundary);
  }
}
