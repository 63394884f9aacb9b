package id.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.anggaran.AturanAnggaran;
import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.angka.Rupiah;
import id.sakip.audit.Audit;
import id.sakip.audit.HasilAudit;
import id.sakip.json.SakipJson;
import id.sakip.kabupaten.Kabupaten;
import id.sakip.kabupaten.RekapKode;
import id.sakip.kabupaten.SebaranTemuan;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.organisasi.UnitOrganisasi;
import id.sakip.temuan.Keparahan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed report as one unit of a kabupaten: its audit is unchanged, its budget is summed by code. */
class KabupatenKromenganTest {

  private static final UnitOrganisasi KROMENGAN = UnitOrganisasi.of("7.01.0.00.0.00.21.0000", "Kecamatan Kromengan");
  private static final UnitOrganisasi KEMBAR = UnitOrganisasi.of("7.01.0.00.0.00.99.0000", "Kecamatan Kembar");
  private static LaporanKinerja lkj;

  @BeforeAll
  static void read() throws IOException {
    lkj = SakipJson.standar()
        .readLaporan(Files.readString(Path.of("src/main/resources/id/sakip/examples/kromengan-2022.json")));
  }

  @Test
  void kromengan_within_a_kabupaten_reports_exactly_its_own_findings() {
    Kabupaten k = Kabupaten.builder("Kabupaten Malang", 2022).unit(KROMENGAN, lkj).build();
    SebaranTemuan s = k.audit();
    HasilAudit alone = Audit.periksa(lkj);
    assertThat(s.hasil().get(KROMENGAN)).isEqualTo(alone);
    assertThat(s.perKeparahan()).isEqualTo(Map.of(Keparahan.ERROR, 11L, Keparahan.WARNING, 8L, Keparahan.INFO, 1L));
    assertThat(s.perAturan()).containsEntry("BUDGET_TOTAL_MISMATCH", 2L).containsEntry("CAPPED_WITHOUT_POLICY", 5L)
        .doesNotContainKey("DUPLICATE_CODE");
  }

  @Test
  void the_same_report_in_two_units_doubles_every_code_and_every_count_without_a_duplicate_code() {
    Kabupaten k = Kabupaten.builder("Kabupaten Malang", 2022).unit(KROMENGAN, lkj)
        .unit(KEMBAR, lkj.withInstansi("Kecamatan Kembar")).build();
    RekapKode program = k.anggaran().rekap(KodeNomenklatur.parse("7.01.01")).orElseThrow();
    // program 1's rows in table B: 2.556.540.237 (9.893.200 short of the program's 2.566.433.437 in Bab II)
    assertThat(program.rekap().pagu()).isEqualTo(Rupiah.of(2L * 2_556_540_237L));
    assertThat(program.unit()).containsExactly(KROMENGAN, KEMBAR);
    assertThat(k.anggaran().total().pagu()).isEqualTo(Rupiah.of(2L * 2_900_675_537L));
    assertThat(k.anggaran().total().realisasi()).contains(Rupiah.of(2L * 2_681_311_048L));
    // serapan from the sums is the unit's: 2.681.311.048 / 2.900.675.537
    assertThat(k.anggaran().total().serapan().value()).isEqualTo(k.anggaran().unit(KROMENGAN).orElseThrow().serapan().value());
    SebaranTemuan s = k.audit();
    assertThat(s.perAturan()).containsEntry("BUDGET_TOTAL_MISMATCH", 4L).doesNotContainKey("DUPLICATE_CODE");
    assertThat(s.unit(AturanAnggaran.BUDGET_CHILDREN_SUM_MISMATCH)).containsExactly(KROMENGAN, KEMBAR);
    assertThat(s.temuan()).hasSize(40);
  }
}
