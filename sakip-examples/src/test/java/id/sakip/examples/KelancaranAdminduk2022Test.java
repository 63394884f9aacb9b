package id.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Persentase;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.Target;
import id.sakip.kinerja.komposit.IndikatorKomposit;
import id.sakip.kinerja.komposit.Komponen;
import id.sakip.kinerja.komposit.RumusKomposit;
import id.sakip.laporan.LaporanKinerja;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's "kelancaran administrasi kependudukan" as a composite indicator, against what the
 * report prints: each component's 100% (2021 and 2022) and the indicator's 100% (2021, Bab I). The
 * report prints no composite figure for 2022; the RKT's 2100 disagrees with the components' 4905.
 */
class KelancaranAdminduk2022Test {

  private static final LaporanKinerja LKJ = Kromengan2022.dokumen();

  @Test
  void the_2022_components_are_the_report_s_2850_1797_and_258_pemohon() {
    IndikatorKomposit k = KelancaranAdminduk2022.komposit(LKJ, 2022);
    assertThat(k.komponen()).extracting(Komponen::nama).containsExactly(
        "Pelayanan pengantar KTP", "Pelayanan pengantar KK", "Pelayanan surat pindah/mutasi");
    assertThat(k.komponen()).extracting(c -> ((Target.Angka) c.target()).nilai())
        .containsExactly(new BigDecimal("2850"), new BigDecimal("1797"), new BigDecimal("258"));
    assertThat(k.komponen()).extracting(c -> c.realisasi().orElseThrow())
        .containsExactly(new BigDecimal("2850"), new BigDecimal("1797"), new BigDecimal("258"));
  }

  @Test
  void each_component_agrees_with_the_100_percent_the_report_prints() {
    for (int tahun : new int[] {2021, 2022}) {
      List<BigDecimal> printed = KelancaranAdminduk2022.capaianTercetak(LKJ, tahun);
      List<Persentase> computed = KelancaranAdminduk2022.komposit(LKJ, tahun)
          .capaianKomponen(KalkulatorCapaian.standar()).stream().map(o -> o.value()).toList();
      assertThat(printed).as("printed %d", tahun).hasSize(3).allSatisfy(p -> assertThat(p).isEqualByComparingTo("100"));
      for (int i = 0; i < 3; i++) {
        assertThat(computed.get(i).agreesWith(printed.get(i))).as("component %d of %d", i, tahun).isTrue();
      }
    }
  }

  @Test
  void the_composite_is_100_percent_under_every_rule_as_bab_i_prints_for_2021() {
    // Bab I C.2: "capaian realisasinya adalah 100%" for 2021; 2022 prints only "keberhasilan".
    BigDecimal printed2021 = new BigDecimal("100");
    for (int tahun : new int[] {2021, 2022}) {
      IndikatorKomposit k = KelancaranAdminduk2022.komposit(LKJ, tahun);
      for (RumusKomposit r : KelancaranAdminduk2022.rumus()) {
        Persentase c = k.hitung(r).value();
        assertThat(c).as("%s %d", r, tahun).isEqualTo(Persentase.HUNDRED);
        assertThat(c.agreesWith(printed2021)).isTrue();
      }
    }
  }

  @Test
  void the_rkt_target_of_2100_disagrees_with_the_components_4905() {
    BigDecimal sum = KelancaranAdminduk2022.komposit(LKJ, 2022).komponen().stream()
        .map(c -> ((Target.Angka) c.target()).nilai()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum).isEqualByComparingTo("4905");
    assertThat(KelancaranAdminduk2022.targetRkt(LKJ)).isEqualByComparingTo("2100");
  }

  @Test
  void the_walkthrough_prints_both_years_and_the_disagreement() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    KelancaranAdminduk2022.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains(KelancaranAdminduk2022.NAMA + " 2021").contains(KelancaranAdminduk2022.NAMA + " 2022")
        .contains("RASIO_JUMLAH: 100,00%")
        .contains("target 2100 KK/KTP/Mutasi; the components' 2022 targets add up to 4905");
  }
}
