package id.sakip.kabupaten;

import static id.sakip.kabupaten.UnitUji.Iku.positif;
import static id.sakip.kabupaten.UnitUji.laporan;
import static id.sakip.kabupaten.UnitUji.program;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.sakip.anggaran.AturanAnggaran;
import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.RekapAnggaran;
import id.sakip.anggaran.TingkatAnggaran;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.organisasi.UnitOrganisasi;
import id.sakip.temuan.Keparahan;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KabupatenTest {

  static final UnitOrganisasi KROMENGAN = UnitOrganisasi.of("7.01.0.00.0.00.21.0000", "Kecamatan Kromengan");
  static final UnitOrganisasi NGAJUM = UnitOrganisasi.of("7.01.0.00.0.00.22.0000", "Kecamatan Ngajum");
  static final UnitOrganisasi DINKES = UnitOrganisasi.of("1.02.0.00.0.00.01.0000", "Dinas Kesehatan");

  /** Kromengan: program 7.01.01 with kegiatan 2.01 (100 / 90) and 2.02 (50 / 50). */
  static final PohonAnggaran ANGGARAN_KROMENGAN = PohonAnggaran.of(program("7.01.01",
      NodeAnggaran.of("7.01.01.2.01", "Perencanaan", Rupiah.of(100_000_000), Rupiah.of(90_000_000)),
      NodeAnggaran.of("7.01.01.2.02", "Administrasi Keuangan", Rupiah.of(50_000_000), Rupiah.of(50_000_000))));

  /** Ngajum: the same program and kegiatan 2.01 (300 / 150), plus program 7.01.02 (20 / 5). */
  static final PohonAnggaran ANGGARAN_NGAJUM = PohonAnggaran.of(
      program("7.01.01", NodeAnggaran.of("7.01.01.2.01", "Perencanaan", Rupiah.of(300_000_000), Rupiah.of(150_000_000))),
      program("7.01.02", NodeAnggaran.of("7.01.02.2.01", "Koordinasi", Rupiah.of(20_000_000), Rupiah.of(5_000_000))));

  static Kabupaten malang() {
    return Kabupaten.builder("Kabupaten Malang", 2024)
        .unit(KROMENGAN, laporan("Kecamatan Kromengan", Optional.of(ANGGARAN_KROMENGAN), positif("SKM", "85", "85.82")))
        .unit(NGAJUM, laporan("Kecamatan Ngajum", Optional.of(ANGGARAN_NGAJUM), positif("SKM", "80", "72")))
        .build();
  }

  @Test
  void the_same_program_code_in_two_units_is_summed_with_both_units_listed() {
    AnggaranKabupaten a = malang().anggaran();
    RekapKode program = a.rekap(KodeNomenklatur.parse("7.01.01")).orElseThrow();
    assertThat(program.rekap()).isEqualTo(new RekapAnggaran(Rupiah.of(450_000_000), Optional.of(Rupiah.of(290_000_000))));
    assertThat(program.unit()).containsExactly(KROMENGAN, NGAJUM);
    RekapKode kegiatan = a.rekap(KodeNomenklatur.parse("7.01.01.2.01")).orElseThrow();
    assertThat(kegiatan.rekap().pagu()).isEqualTo(Rupiah.of(400_000_000));
    assertThat(kegiatan.unit()).containsExactly(KROMENGAN, NGAJUM);
    assertThat(a.rekap(KodeNomenklatur.parse("7.01.01.2.02")).orElseThrow().unit()).containsExactly(KROMENGAN);
    assertThat(a.rekap(KodeNomenklatur.parse("7.01.02")).orElseThrow().unit()).containsExactly(NGAJUM);
    assertThat(a.rekap(KodeNomenklatur.parse("7.01.03"))).isEmpty();
  }

  @Test
  void serapan_of_a_code_is_computed_from_the_sums_not_as_a_mean_of_the_units_percentages() {
    RekapKode kegiatan = malang().anggaran().rekap(KodeNomenklatur.parse("7.01.01.2.01")).orElseThrow();
    // 240 / 400 = 60%; the mean of 90% and 50% would be 70%
    assertThat(kegiatan.serapan().value()).isEqualTo(Persentase.of(60));
  }

  @Test
  void the_kabupaten_total_is_the_sum_of_the_unit_totals() {
    AnggaranKabupaten a = malang().anggaran();
    assertThat(a.unit(KROMENGAN).orElseThrow().pagu()).isEqualTo(Rupiah.of(150_000_000));
    assertThat(a.unit(NGAJUM).orElseThrow().pagu()).isEqualTo(Rupiah.of(320_000_000));
    assertThat(a.total()).isEqualTo(new RekapAnggaran(Rupiah.of(470_000_000), Optional.of(Rupiah.of(295_000_000))));
    assertThat(a.total().pagu()).isEqualTo(Rupiah.total(a.rekap(TingkatAnggaran.PROGRAM).stream()
        .map(r -> r.rekap().pagu()).toList()));
    assertThat(a.rekap(TingkatAnggaran.PROGRAM)).extracting(r -> r.kode().toString()).containsExactly("7.01.01", "7.01.02");
    assertThat(a.unitTanpaTabel()).isEmpty();
  }

  @Test
  void a_unit_without_a_budget_table_adds_nothing_and_is_listed() {
    Kabupaten k = Kabupaten.builder("Kabupaten Malang", 2024)
        .unit(KROMENGAN, laporan("Kecamatan Kromengan", Optional.of(ANGGARAN_KROMENGAN)))
        .unit(DINKES, laporan("Dinas Kesehatan", Optional.empty()))
        .build();
    assertThat(k.anggaran().unitTanpaTabel()).containsExactly(DINKES);
    assertThat(k.anggaran().unit(DINKES)).isEmpty();
    assertThat(k.anggaran().total().pagu()).isEqualTo(Rupiah.of(150_000_000));
  }

  @Test
  void a_code_without_realisasi_in_one_unit_has_no_consolidated_realisasi() {
    PohonAnggaran rencana = PohonAnggaran.of(program("7.01.01",
        NodeAnggaran.of("7.01.01.2.01", "Perencanaan", Rupiah.of(10_000_000))));
    Kabupaten k = Kabupaten.builder("Kabupaten Malang", 2024)
        .unit(KROMENGAN, laporan("Kecamatan Kromengan", Optional.of(ANGGARAN_KROMENGAN)))
        .unit(NGAJUM, laporan("Kecamatan Ngajum", Optional.of(rencana)))
        .build();
    RekapKode program = k.anggaran().rekap(KodeNomenklatur.parse("7.01.01")).orElseThrow();
    assertThat(program.rekap().pagu()).isEqualTo(Rupiah.of(160_000_000));
    assertThat(program.rekap().realisasi()).isEmpty();
    assertThat(program.serapan().isComputable()).isFalse();
    assertThat(k.anggaran().total().realisasi()).isEmpty();
  }

  @Test
  void a_second_report_of_one_unit_is_refused_in_both_languages() {
    LaporanKinerja lkj = laporan("Kecamatan Kromengan", Optional.empty());
    Kabupaten.Builder b = Kabupaten.builder("Kabupaten Malang", 2024).unit(KROMENGAN, lkj);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> b.unit(UnitOrganisasi.of(KROMENGAN.kode(), "Kec. Kromengan"), lkj))
        .withMessageContaining("kabupaten.unit 7.01.0.00.0.00.21.0000 ('Kec. Kromengan') already has a report")
        .withMessageContaining("sudah memiliki laporan");
    assertThat(b.build().unit()).containsExactly(KROMENGAN);
  }

  @Test
  void a_report_of_another_year_is_refused_naming_both_years() {
    Kabupaten.Builder b = Kabupaten.builder("Kabupaten Malang", 2024);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> b.unit(NGAJUM, laporan("Kecamatan Ngajum", 2023, Optional.empty())))
        .withMessageContaining("the report is of 2023, not of the kabupaten's year 2024")
        .withMessageContaining("laporan unit 7.01.0.00.0.00.22.0000 tahun 2023, bukan tahun kabupaten 2024");
  }

  @Test
  void an_empty_kabupaten_a_blank_name_and_an_implausible_year_are_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> Kabupaten.builder("Kabupaten Malang", 2024).build())
        .withMessageContaining("has no unit").withMessageContaining("belum memiliki unit");
    assertThatIllegalArgumentException().isThrownBy(() -> Kabupaten.builder(" ", 2024))
        .withMessageContaining("kabupaten.nama is blank");
    assertThatIllegalArgumentException().isThrownBy(() -> Kabupaten.builder("Kabupaten Malang", 1900))
        .withMessageContaining("kabupaten.tahun 1900");
  }

  @Test
  void a_report_that_names_its_unit_is_added_under_it_and_one_that_names_none_is_refused() {
    LaporanKinerja named = laporan("Kecamatan Kromengan", Optional.of(ANGGARAN_KROMENGAN), positif("SKM", "85", "85.82"))
        .withUnitOrganisasi(KROMENGAN);
    Kabupaten kab = Kabupaten.builder("Kabupaten Malang", 2024).unit(named).build();
    assertThat(kab.unit()).containsExactly(KROMENGAN);
    assertThat(kab.laporan(KROMENGAN)).isPresent();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Kabupaten.builder("Kabupaten Malang", 2024).unit(named.withUnitOrganisasi(Optional.empty())))
        .withMessageContaining("names no unitOrganisasi").withMessageContaining("tidak menyebut unitOrganisasi");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Kabupaten.builder("Kabupaten Malang", 2024).unit(named).unit(KROMENGAN, named))
        .withMessageContaining("already has a report");
  }

  @Test
  void a_kabupaten_is_a_value() {
    assertThat(malang()).isEqualTo(malang()).hasSameHashCodeAs(malang());
    assertThat(malang().laporan(KROMENGAN)).isPresent();
    assertThat(malang().laporan(DINKES)).isEmpty();
    assertThat(malang()).isNotEqualTo(Kabupaten.builder("Kabupaten Malang", 2024)
        .unit(KROMENGAN, laporan("Kecamatan Kromengan", Optional.of(ANGGARAN_KROMENGAN))).build());
  }

  @Test
  void a_code_repeated_across_units_is_no_finding_but_repeated_within_one_unit_stays_an_error() {
    PohonAnggaran ganda = PohonAnggaran.of(
        program("7.01.01", NodeAnggaran.of("7.01.01.2.01", "Perencanaan", Rupiah.of(1_000_000), Rupiah.of(1_000_000))),
        program("7.01.01", NodeAnggaran.of("7.01.01.2.02", "Keuangan", Rupiah.of(2_000_000), Rupiah.of(1_000_000))));
    Kabupaten k = Kabupaten.builder("Kabupaten Malang", 2024)
        .unit(KROMENGAN, laporan("Kecamatan Kromengan", Optional.of(ANGGARAN_KROMENGAN)))
        .unit(NGAJUM, laporan("Kecamatan Ngajum", Optional.of(ANGGARAN_NGAJUM)))
        .unit(DINKES, laporan("Dinas Kesehatan", Optional.of(ganda)))
        .build();
    SebaranTemuan s = k.audit();
    assertThat(s.unit(AturanAnggaran.DUPLICATE_CODE)).containsExactly(DINKES);
    assertThat(s.temuan(AturanAnggaran.DUPLICATE_CODE)).hasSize(1);
    // both uses of the code within Dinkes are counted once each in the consolidation
    assertThat(k.anggaran().rekap(KodeNomenklatur.parse("7.01.01")).orElseThrow().rekap().pagu())
        .isEqualTo(Rupiah.of(453_000_000));
    assertThat(k.anggaran().rekap(KodeNomenklatur.parse("7.01.01")).orElseThrow().unit())
        .containsExactly(KROMENGAN, NGAJUM, DINKES);
  }

  @Test
  void findings_are_counted_by_rule_severity_and_unit() {
    PohonAnggaran lebih = PohonAnggaran.of(program("7.01.01",
        NodeAnggaran.of("7.01.01.2.01", "Perencanaan", Rupiah.of(1_000_000), Rupiah.of(2_000_000))));
    Kabupaten k = Kabupaten.builder("Kabupaten Malang", 2024)
        .unit(KROMENGAN, laporan("Kecamatan Kromengan", Optional.of(ANGGARAN_KROMENGAN)))
        .unit(NGAJUM, laporan("Kecamatan Ngajum", Optional.of(lebih)))
        .build();
    SebaranTemuan s = k.audit();
    // the kegiatan and its program both spend above their pagu
    assertThat(s.perAturan()).containsEntry(AturanAnggaran.REALISASI_EXCEEDS_PAGU.id(), 2L);
    assertThat(s.perKeparahan()).containsEntry(Keparahan.ERROR, (long) s.temuan().stream()
        .filter(t -> t.temuan().keparahan() == Keparahan.ERROR).count());
    assertThat(s.perUnit().get(KROMENGAN)).containsEntry(Keparahan.ERROR, 0L);
    assertThat(s.perUnit().get(NGAJUM).get(Keparahan.ERROR)).isGreaterThanOrEqualTo(2L);
    assertThat(s.hasil().get(NGAJUM).temuan()).hasSize(s.temuan().stream().filter(t -> t.unit().equals(NGAJUM)).toList().size());
    assertThat(s.perKeparahan().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(s.temuan().size());
  }
}
