package id.sakip.pemantauan;

import static id.sakip.pemantauan.ContohEvaluasi.d;
import static id.sakip.pemantauan.ContohEvaluasi.rp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.kinerja.Periodisasi;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input is refused when built, with a message naming the field, the value and the rule in English and Indonesian. */
class ValidasiEvaluasiTest {

  @Test
  void a_quarter_beyond_the_year_is_refused() {
    assertThat(Triwulan.of(1)).isEqualTo(Triwulan.I);
    assertThat(Triwulan.of(4)).isEqualTo(Triwulan.IV);
    assertThat(Triwulan.IV.nomor()).isEqualTo(4);
    assertThatThrownBy(() -> Triwulan.of(5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("triwulan 5 is outside 1..4").hasMessageContaining("satu tahun memiliki empat triwulan");
    assertThatThrownBy(() -> Triwulan.of(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_realisation_after_the_quarter_evaluated_is_refused() {
    EvaluasiRenja.Builder b = EvaluasiRenja.builder().unit(ContohEvaluasi.KECAMATAN).tahun(2024)
        .sampaiTriwulan(Triwulan.II).addBaris(ContohEvaluasi.kegiatan().withRealisasiKinerja(Map.of(Triwulan.I, d("1")))
            .withRealisasiAnggaran(Map.of()));
    assertThat(b.build().sampaiTriwulan()).isEqualTo(Triwulan.II); // targets may be planned for later quarters
    assertThatThrownBy(() -> ContohEvaluasi.evaluasi().withSampaiTriwulan(Triwulan.II))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evaluasiRenja.baris[0] 7.01.01 'Persentase capaian kinerja kecamatan'")
        .hasMessageContaining("triwulan IV, after triwulan II")
        .hasMessageContaining("melampaui triwulan II");
  }

  @Test
  void a_negative_rupiah_is_refused_naming_the_field() {
    assertThatThrownBy(() -> ContohEvaluasi.kegiatan().withPaguRenja(rp(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("barisEvaluasiRenja.paguRenja")
        .hasMessageContaining("-Rp").hasMessageContaining("never negative").hasMessageContaining("tidak boleh negatif");
    assertThatThrownBy(() -> ContohEvaluasi.kegiatan().withRealisasiAnggaran(Map.of(Triwulan.III, rp(-5))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("realisasiAnggaran[III]");
    assertThatThrownBy(() -> ContohEvaluasi.kegiatan().withRealisasiAnggaranTercetak(rp(-5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("realisasiAnggaranTercetak");
  }

  @Test
  void a_negative_physical_progress_is_refused() {
    assertThatThrownBy(() -> ContohEvaluasi.program().withRealisasiFisik(Map.of(Triwulan.I, d("-1"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("realisasiFisik[I]")
        .hasMessageContaining("-1%").hasMessageContaining("tidak boleh negatif");
  }

  @Test
  void a_row_is_a_program_kegiatan_or_sub_kegiatan() {
    assertThatThrownBy(() -> ContohEvaluasi.program().withKode(KodeNomenklatur.parse("7.01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7.01 is a BIDANG_URUSAN code")
        .hasMessageContaining("bukan program, kegiatan atau sub kegiatan");
  }

  @Test
  void the_same_code_and_indicator_twice_is_refused_but_one_code_may_carry_two_indicators() {
    assertThatThrownBy(() -> ContohEvaluasi.evaluasi(ContohEvaluasi.program(), ContohEvaluasi.program()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("evaluasiRenja.baris[1]")
        .hasMessageContaining("repeats an earlier row").hasMessageContaining("sudah ada");
    EvaluasiRenja dua = ContohEvaluasi.evaluasi(ContohEvaluasi.program(),
        ContohEvaluasi.program().withIndikator(ContohEvaluasi.WAKTU));
    assertThat(dua.baris()).hasSize(2);
  }

  @Test
  void a_year_outside_four_digits_is_refused() {
    assertThatThrownBy(() -> ContohEvaluasi.evaluasi().withTahun(24)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evaluasiRenja.tahun 24").hasMessageContaining("di luar 1900..9999");
  }

  @Test
  void quarters_are_a_triwulan_series_and_rows_compare_by_value() {
    BarisEvaluasiRenja b = ContohEvaluasi.kegiatan();
    assertThat(b.deretRealisasiKinerja().periodisasi()).isEqualTo(Periodisasi.TRIWULAN);
    assertThat(b.deretRealisasiKinerja().nilai(4)).contains(d("2"));
    assertThat(b.deretTargetKinerja().periodeDilaporkan()).containsExactly(1, 2, 3, 4);
    assertThat(b).isEqualTo(ContohEvaluasi.kegiatan()).hasSameHashCodeAs(ContohEvaluasi.kegiatan())
        .isNotEqualTo(b.withPaguRenja(rp(1)));
    assertThat(ContohEvaluasi.evaluasi()).isEqualTo(ContohEvaluasi.evaluasi());
    assertThat(ContohEvaluasi.evaluasi().sampaiTriwulan()).isEqualTo(Triwulan.IV);
  }
}
