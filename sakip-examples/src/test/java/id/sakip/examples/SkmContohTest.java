package id.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Pecahan;
import id.sakip.survei.BobotSkm;
import id.sakip.survei.HasilSkm;
import id.sakip.survei.HasilSurveiSkm;
import id.sakip.survei.KalkulatorSkm;
import id.sakip.survei.MetodeSkm;
import id.sakip.survei.NilaiUnsur;
import id.sakip.survei.SkmCsv;
import id.sakip.survei.SurveiSkm;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The example SKM file: 29 respondents of three services, unsur totals 105 … 115. */
class SkmContohTest {

  static String csv() throws IOException {
    try (InputStream in = SkmContohTest.class.getResourceAsStream("skm-contoh.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void the_example_file_gives_91_48_with_exact_ninths_and_91_38_with_0_111() throws IOException {
    SurveiSkm survei = SkmCsv.of(MetodeSkm.PERMENPAN_RB_14_2017).read(csv());
    assertThat(survei.responden()).hasSize(29);
    HasilSurveiSkm hasil = KalkulatorSkm.standar().hitung(survei);
    HasilSkm unit = hasil.unit().value();
    assertThat(unit.unsur()).extracting(NilaiUnsur::jumlahNilai)
        .containsExactly(105L, 101L, 100L, 116L, 102L, 105L, 106L, 105L, 115L);
    assertThat(unit.nilaiSkm()).isEqualTo(Pecahan.of(23875, 261));
    assertThat(unit.nilaiSkm().format()).isEqualTo("91,48");
    assertThat(unit.kodeMutu()).contains("A");

    HasilSkm tercetak = KalkulatorSkm.standar().withBobot(BobotSkm.tercetak(new BigDecimal("0.111")))
        .hitung(survei).unit().value();
    assertThat(tercetak.nilaiSkm().format()).isEqualTo("91,38");
  }

  @Test
  void each_service_has_its_own_figure_and_the_unit_is_not_their_mean() throws IOException {
    HasilSurveiSkm hasil = KalkulatorSkm.standar().hitung(SkmCsv.of(MetodeSkm.PERMENPAN_RB_14_2017).read(csv()));
    assertThat(hasil.perLayanan()).containsOnlyKeys("KTP", "KK", "Surat pindah");
    assertThat(hasil.perLayanan().values()).extracting(o -> o.value().jumlahResponden())
        .containsExactly(10, 10, 9);
    Pecahan mean = hasil.perLayanan().values().stream().map(o -> o.value().nilaiSkm())
        .reduce(Pecahan.ZERO, Pecahan::plus).times(Pecahan.of(1, 3));
    assertThat(hasil.unit().value().nilaiSkm()).isNotEqualTo(mean);
  }

  @Test
  void the_example_file_is_written_as_the_library_writes_it() throws IOException {
    SkmCsv skmCsv = SkmCsv.of(MetodeSkm.PERMENPAN_RB_14_2017);
    assertThat(skmCsv.write(skmCsv.read(csv()))).isEqualTo(csv());
  }
}
