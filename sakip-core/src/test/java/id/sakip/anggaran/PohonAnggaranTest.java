package id.sakip.anggaran;

import static id.sakip.anggaran.SeedAnggaran.rp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Nilai;
import id.sakip.temuan.Pembanding;
import id.sakip.temuan.Sumber;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PohonAnggaranTest {

  private static final Lokasi RKT = Lokasi.of(Bagian.RKT);
  private static final Lokasi TABEL_B = Lokasi.of(Bagian.TABEL_B);

  private static KodeNomenklatur kode(String k) {
    return KodeNomenklatur.parse(k);
  }

  @Test
  void seed_rkt_sub_kegiatan_sum_exactly_to_their_kegiatan_and_programs() {
    PohonAnggaran rkt = SeedAnggaran.rkt();
    assertThat(PemeriksaanAnggaran.jumlahAnak(rkt, RKT)).isEmpty();
    assertThat(PemeriksaanAnggaran.periksa(rkt, RKT)).isEmpty();
    for (NodeAnggaran node : rkt.semuaNode()) {
      assertThat(rkt.rekap(node).pagu()).as(node.label()).isEqualTo(node.paguTercatat().orElseThrow());
    }
  }

  @Test
  void seed_rkt_programs_total_3_144_023_773() {
    assertThat(SeedAnggaran.rkt().total().pagu()).isEqualTo(rp("3.144.023.773,00"));
    assertThat(SeedAnggaran.rkt().total().realisasi()).isEmpty();
    assertThat(SeedAnggaran.rkt().total().serapan().notComputableReason()).contains(Outcome.Reason.NO_VALUE);
  }

  @Test
  void seed_table_b_program_1_rows_fall_short_of_the_program_by_9_893_200() {
    PohonAnggaran tabelB = SeedAnggaran.tabelB();
    RekapAnggaran program1 = tabelB.rekap(kode("7.01.01")).orElseThrow();
    assertThat(program1.pagu()).isEqualTo(rp("2.556.540.237"));
    List<Temuan> temuan = PemeriksaanAnggaran.jumlahAnak(tabelB, TABEL_B);
    assertThat(temuan).hasSize(1);
    Temuan t = temuan.get(0);
    assertThat(t.aturan()).isEqualTo(AturanAnggaran.BUDGET_CHILDREN_SUM_MISMATCH);
    assertThat(t.keparahan()).isEqualTo(Keparahan.ERROR);
    assertThat(t.lokasi()).isEqualTo(TABEL_B.withBaris(new Baris.Kode("7.01.01")).withKolom(Kolom.PAGU));
    assertThat(t.tercetak()).contains(Nilai.rupiah(new BigDecimal("2566433437.00")));
    assertThat(t.pembanding()).contains(new Pembanding(Nilai.rupiah(new BigDecimal("2556540237.00")), Sumber.DIHITUNG));
    assertThat(t.selisih().orElseThrow()).isEqualByComparingTo("9893200");
    assertThat(t.pesan(Bahasa.INDONESIA)).contains("Rp2.566.433.437,00").contains("Rp9.893.200,00").contains("7 baris");
    assertThat(t.pesan(Bahasa.INGGRIS)).contains("Rp2,566,433,437.00").contains("Rp9,893,200.00").contains("7 children");
  }

  @Test
  void seed_table_b_printed_total_differs_from_its_rows_by_9_893_200() {
    PohonAnggaran tabelB = SeedAnggaran.tabelB();
    assertThat(tabelB.total().pagu()).isEqualTo(rp("2.900.675.537"));
    assertThat(tabelB.total().realisasi()).contains(rp("2.681.311.048"));
    List<Temuan> temuan =
        PemeriksaanAnggaran.jumlahTotal(tabelB, TABEL_B.withBaris(new Baris.Jumlah()), rp("2.910.568.737"),
            Optional.of(rp("2.691.204.248")));
    assertThat(temuan).extracting(Temuan::aturan).containsOnly(AturanAnggaran.BUDGET_TOTAL_MISMATCH);
    assertThat(temuan).extracting(t -> t.lokasi().kolom().orElseThrow())
        .containsExactly(Kolom.PAGU, Kolom.REALISASI_ANGGARAN);
    assertThat(temuan).extracting(t -> t.selisih().orElseThrow().stripTrailingZeros())
        .containsExactly(new BigDecimal("9893200").stripTrailingZeros(), new BigDecimal("9893200").stripTrailingZeros());
  }

  @Test
  void seed_overall_absorption_of_the_printed_total_is_92_46() {
    RekapAnggaran jumlah = new RekapAnggaran(rp("2.910.568.737"), Optional.of(rp("2.691.204.248")));
    assertThat(jumlah.serapan().value().format()).isEqualTo("92,46%");
    assertThat(jumlah.sisa()).contains(rp("219.364.489"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"7.01.01.2.02 | 91,99%", "7.01.01.2.05 | 98,13%", "7.01.02.2.01 | 86,93%", "7.01.02.2.03 | 100,00%"})
  void seed_table_b_rows_recompute(String kode, String serapan) {
    assertThat(SeedAnggaran.tabelB().rekap(kode(kode)).orElseThrow().serapan().value().format()).isEqualTo(serapan);
  }

  @Test
  void seed_shares_of_table_3_1_are_0_26_and_0_29() {
    Rupiah total = rp("2.910.568.737");
    assertThat(Persentase.ratio(rp("7.682.800"), total).value().format()).isEqualTo("0,26%");
    assertThat(Persentase.ratio(rp("8.413.000"), total).value().format()).isEqualTo("0,29%");
    PohonAnggaran tabelB = SeedAnggaran.tabelB();
    assertThat(tabelB.porsi(List.of(kode("7.01.02.2.03"))).value().agreesWith(new BigDecimal("0.26"))).isTrue();
    assertThat(tabelB.porsi(List.of(kode("7.01.02.2.02"))).value().agreesWith(new BigDecimal("0.29"))).isTrue();
  }

  @Test
  void parent_absorption_divides_sums_and_is_not_the_mean_of_child_percentages() {
    PohonAnggaran pohon = PohonAnggaran.of(
        NodeAnggaran.builder("7.01.02", "Program").anak(
            NodeAnggaran.of("7.01.02.2.01", "Besar", Rupiah.of(1_000_000_000), Rupiah.of(500_000_000)),
            NodeAnggaran.of("7.01.02.2.02", "Kecil", Rupiah.of(1_000_000), Rupiah.of(1_000_000))).build());
    Persentase serapan = pohon.total().serapan().value();
    Persentase meanOfPercentages = Persentase.of(new BigDecimal("75")); // (50% + 100%) / 2
    assertThat(serapan).isNotEqualTo(meanOfPercentages);
    assertThat(serapan).isEqualTo(Persentase.ratio(Rupiah.of(501_000_000), Rupiah.of(1_001_000_000)).value());
    assertThat(serapan.format()).isEqualTo("50,05%");
  }

  @Test
  void realisasi_is_absent_when_any_child_reports_none() {
    PohonAnggaran pohon = PohonAnggaran.of(
        NodeAnggaran.builder("7.01.02", "Program").anak(
            NodeAnggaran.of("7.01.02.2.01", "A", Rupiah.of(100), Rupiah.of(50)),
            NodeAnggaran.of("7.01.02.2.02", "B", Rupiah.of(100))).build());
    assertThat(pohon.total().realisasi()).isEmpty();
    assertThat(pohon.total().sisa()).isEmpty();
    assertThat(pohon.total().serapan().explanation()).contains("no realisasi");
  }

  @Test
  void overspending_negative_amounts_duplicates_and_misplaced_codes_are_found() {
    PohonAnggaran pohon = PohonAnggaran.of(
        NodeAnggaran.builder("7.01.02", "Program").anak(
            NodeAnggaran.of("7.01.02.2.01", "Lebih", Rupiah.of(100), Rupiah.of(150)),
            NodeAnggaran.of("7.01.02.2.01", "Ganda", Rupiah.of(-5)),
            NodeAnggaran.of("7.01.03.2.01", "Salah tempat", Rupiah.of(10)),
            NodeAnggaran.of("7.01.02.2.02.01", "Lompat tingkat", Rupiah.of(10))).build());
    List<Temuan> temuan = PemeriksaanAnggaran.periksa(pohon, TABEL_B);
    assertThat(temuan).extracting(Temuan::aturan).containsExactly(
        AturanAnggaran.REALISASI_EXCEEDS_PAGU, AturanAnggaran.NEGATIVE_AMOUNT, AturanAnggaran.DUPLICATE_CODE,
        AturanAnggaran.CODE_OUTSIDE_PARENT, AturanAnggaran.CODE_OUTSIDE_PARENT);
    assertThat(temuan.get(0).pesan(Bahasa.INGGRIS)).contains("Rp150.00").contains("Rp100.00").contains("Rp50.00");
    assertThat(temuan.get(0).pembanding().orElseThrow().sumber()).isEqualTo(Sumber.BATAS);
    assertThat(temuan.get(1).pesan(Bahasa.INGGRIS)).contains("-Rp5.00").contains("may not be negative");
    assertThat(temuan.get(1).pesan(Bahasa.INDONESIA)).contains("-Rp5,00").contains("tidak boleh negatif");
    assertThat(temuan.get(1).lokasi().kolom()).contains(Kolom.PAGU);
    assertThat(temuan.get(3).pesan(Bahasa.INGGRIS)).contains("7.01.03.2.01").contains("7.01.02").contains("must extend");
    assertThat(temuan.get(3).lokasi().baris()).contains(new Baris.Kode("7.01.03.2.01"));
  }

  @Test
  void a_sasaran_without_budget_is_a_warning() {
    PohonAnggaran tabelB = SeedAnggaran.tabelB();
    List<Temuan> temuan = PemeriksaanAnggaran.sasaranTanpaAnggaran(tabelB, RKT, Map.of(
        "Administrasi Kependudukan", List.of(kode("7.01.02.2.03")),
        "Tanpa dukungan", List.of(kode("7.01.09.2.01"))));
    assertThat(temuan).singleElement().satisfies(t -> {
      assertThat(t.aturan()).isEqualTo(AturanAnggaran.SASARAN_WITHOUT_BUDGET);
      assertThat(t.keparahan()).isEqualTo(Keparahan.WARNING);
      assertThat(t.lokasi().baris()).contains(new Baris.Sasaran("Tanpa dukungan"));
      assertThat(t.pesan(Bahasa.INGGRIS)).contains("Tanpa dukungan").contains("7.01.09.2.01");
      assertThat(t.pesan(Bahasa.INDONESIA)).contains("Tanpa dukungan").contains("7.01.09.2.01");
    });
  }

  @Test
  void shares_count_a_node_inside_another_listed_node_once() {
    PohonAnggaran tabelB = SeedAnggaran.tabelB();
    assertThat(tabelB.pagu(List.of(kode("7.01.02"), kode("7.01.02.2.03")))).isEqualTo(rp("321.807.300"));
  }

  @Test
  void a_leaf_without_pagu_is_refused_naming_the_node() {
    assertThatThrownBy(() -> NodeAnggaran.builder("7.01.02.2.01", "Koordinasi").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("7.01.02.2.01 Koordinasi")
        .hasMessageContaining("pagu is missing");
    assertThatThrownBy(() -> NodeAnggaran.builder("7.01.02", " ").pagu(Rupiah.ZERO).build())
        .hasMessageContaining("nama is blank");
  }

  @Test
  void share_of_an_empty_tree_is_not_computable() {
    PohonAnggaran kosong = PohonAnggaran.of(NodeAnggaran.of("7.01.02", "Program", Rupiah.ZERO));
    assertThat(kosong.porsi(kosong.akar().get(0)).notComputableReason()).contains(Outcome.Reason.ZERO_DENOMINATOR);
  }
}
