package id.sakip.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.Target;
import id.sakip.anggaran.AturanAnggaran;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerencanaanTest {

  private static final Indikator SKM = Indikator.builder()
      .nama("Survey Kepuasan Masyarakat (SKM) Kecamatan").satuan(Satuan.INDEKS).polaritas(Polaritas.POSITIF).build();
  private static final Indikator MUSRENBANGCAM = Indikator.builder()
      .nama("Persentase Tingkat Partisipasi Masyarakat/Perwakilan Masyarakat dalam Pelaksanaan Musrenbangcam")
      .satuan(Satuan.PERSEN).polaritas(Polaritas.POSITIF).build();

  private static AnggaranPk pk(VersiAnggaran versi, String jumlah, String... pagu) {
    AnggaranPk.Builder b = AnggaranPk.builder().versi(versi).jumlahTercetak(Rupiah.parse(jumlah));
    for (int i = 0; i < pagu.length; i++) {
      b.addProgram(ProgramPk.of("Program " + (i + 1), Rupiah.parse(pagu[i])));
    }
    return b.build();
  }

  private static PerjanjianKinerja seedPk() {
    return PerjanjianKinerja.builder()
        .tahun(2022)
        .addTarget(TargetKinerja.builder().sasaran("Meningkatkan Kualitas Pelayanan").indikator(SKM)
            .target(Target.angka(85)).build())
        .addTarget(TargetKinerja.builder().sasaran("Meningkatkan Kualitas Pelayanan").indikator(MUSRENBANGCAM)
            .target(Target.angka(90)).build())
        .addAnggaran(pk(VersiAnggaran.APBD_MURNI, "Rp. 3.144.023.773,00", "Rp. 2.385.335.973,00",
            "Rp. 734.195.800,00", "Rp. 8.164.000,00", "Rp. 8.164.000,00", "Rp. 8.164.000,00"))
        .addAnggaran(pk(VersiAnggaran.APBD_PERUBAHAN, "2.910.568.737,00", "2.566.433.437,00", "321.807.300,00",
            "8.164.000,00", "8.164.000,00", "6.000.000,00"))
        .build();
  }

  @Test
  void seed_pk_carries_two_budget_versions_that_each_add_up() {
    PerjanjianKinerja pk = seedPk();
    assertThat(pk.anggaran(VersiAnggaran.APBD_MURNI).orElseThrow().jumlah()).isEqualTo(Rupiah.of(3_144_023_773L));
    assertThat(pk.anggaran(VersiAnggaran.APBD_PERUBAHAN).orElseThrow().jumlah()).isEqualTo(Rupiah.of(2_910_568_737L));
    assertThat(pk.anggaran()).flatExtracting(a -> a.periksa(Lokasi.of(Bagian.PERJANJIAN_KINERJA))).isEmpty();
    assertThat(pk.target(SKM.nama()).orElseThrow().target()).isEqualTo(Target.angka(85));
  }

  @Test
  void a_pk_total_that_does_not_add_up_is_found() {
    AnggaranPk wrong = pk(VersiAnggaran.APBD_MURNI, "100", "40", "50");
    Lokasi versi = Lokasi.of(Bagian.PERJANJIAN_KINERJA).withBaris(new Baris.Versi("APBD_MURNI"));
    assertThat(wrong.periksa(versi)).singleElement().satisfies(t -> {
      assertThat(t.aturan()).isEqualTo(AturanAnggaran.BUDGET_TOTAL_MISMATCH);
      assertThat(t.selisih().orElseThrow()).isEqualByComparingTo("10");
      assertThat(t.lokasi()).isEqualTo(versi.withKolom(Kolom.PAGU));
      assertThat(t.pesan(Bahasa.INDONESIA)).contains("Rp100,00").contains("Rp90,00").contains("Rp10,00");
    });
  }

  @Test
  void a_pk_refuses_the_same_budget_version_twice() {
    assertThatThrownBy(() -> PerjanjianKinerja.builder().tahun(2022)
            .addAnggaran(pk(VersiAnggaran.APBD_MURNI, "1", "1"), pk(VersiAnggaran.APBD_MURNI, "2", "2")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("APBD_MURNI appears twice");
  }

  private static Rkt rkt() {
    KodeNomenklatur dilimpahkan = KodeNomenklatur.parse("7.01.02.2.03");
    KodeNomenklatur musrenbang = KodeNomenklatur.parse("7.01.02.2.02");
    PohonAnggaran pohon = PohonAnggaran.of(
        NodeAnggaran.builder("7.01.01", "Program Penunjang").anak(
            NodeAnggaran.builder("7.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja").anak(
                NodeAnggaran.of("7.01.01.2.01.01", "Laporan Capaian Kinerja", Rupiah.parse("2.009.800,00"))).build(),
            NodeAnggaran.of("7.01.01.2.02", "Administrasi Keuangan", Rupiah.parse("3.101.141.173,00"))).build(),
        NodeAnggaran.builder("7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik").anak(
            NodeAnggaran.of("7.01.02.2.02", "Koordinasi Pemeliharaan Prasarana", Rupiah.parse("8.413.000,00")),
            NodeAnggaran.of("7.01.02.2.03", "Pelaksanaan Urusan yang Dilimpahkan", Rupiah.parse("7.682.800,00")),
            NodeAnggaran.of("7.01.02.2.04", "Lainnya", Rupiah.parse("24.777.000,00"))).build());
    return Rkt.builder()
        .tahun(2022)
        .anggaran(pohon)
        .addSasaran(SasaranRkt.builder()
            .target(TargetKinerja.builder().sasaran("Administrasi Kependudukan").indikator(SKM).target(Target.angka(100)).build())
            .addPendukung(dilimpahkan).build())
        .addSasaran(SasaranRkt.builder()
            .target(TargetKinerja.builder().sasaran("Partisipasi Musrenbangcam").indikator(MUSRENBANGCAM)
                .target(Target.angka(90)).build())
            .addPendukung(musrenbang).build())
        .putKeluaran(KodeNomenklatur.parse("7.01.01.2.01.01"),
            KeluaranRkt.parse("Jumlah dokumen laporan kinerja", "4 Buku"))
        .putKeluaran(dilimpahkan, KeluaranRkt.parse("Jumlah pelayanan administrasi umum dan kependudukan", "2100 KK/KTP/ Mutasi"))
        .build();
  }

  @Test
  void rkt_shares_per_sasaran_are_of_the_rkt_total_not_the_apbd_p_total() {
    Rkt rkt = rkt();
    assertThat(rkt.anggaran().total().pagu()).isEqualTo(Rupiah.of(3_144_023_773L));
    // Of the APBD murni total the shares are 0,24% and 0,27%; table 3.1 prints 0,26% and 0,29%,
    // which are the shares of the APBD-P total 2.910.568.737.
    assertThat(rkt.porsi("Administrasi Kependudukan").value().format()).isEqualTo("0,24%");
    assertThat(rkt.porsi("Partisipasi Musrenbangcam").value().format()).isEqualTo("0,27%");
    assertThat(rkt.periksa()).isEmpty();
    assertThatThrownBy(() -> rkt.porsi("Tidak ada")).hasMessageContaining("no sasaran named 'Tidak ada'");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"4 Buku | 4 | Buku", "900 HOK | 900 | HOK", "23091 Lembar | 23091 | Lembar",
      "2100 KK/KTP/Mutasi | 2100 | KK/KTP/Mutasi", "100% | 100 | %", "6 OB | 6 | OB"})
  void rkt_outputs_are_read_with_their_units(String printed, BigDecimal value, String unit) {
    KeluaranRkt k = KeluaranRkt.parse("Jumlah", printed);
    assertThat(k.target()).isEqualByComparingTo(value);
    assertThat(k.satuan()).isEqualTo(Satuan.of(unit));
    assertThat(k.indikator()).contains("Jumlah");
  }

  @Test
  void an_rkt_output_without_a_unit_is_refused() {
    assertThatThrownBy(() -> KeluaranRkt.parse("Jumlah", "4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'4' has no unit");
    assertThat(KeluaranRkt.parse("", "100%").indikator()).isEmpty();
  }

  @Test
  void an_rkt_refers_only_to_nodes_of_its_tree() {
    Rkt rkt = rkt();
    java.util.Map<KodeNomenklatur, KeluaranRkt> keluaran = new java.util.HashMap<>(rkt.keluaran());
    keluaran.put(KodeNomenklatur.parse("7.01.09.2.01"), KeluaranRkt.parse("x", "1 Kali"));
    assertThatThrownBy(() -> rkt.withKeluaran(keluaran))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("7.01.09.2.01 is not a node of the RKT budget tree");
  }

  @Test
  void a_sasaran_whose_nodes_hold_no_budget_is_reported() {
    Rkt rkt = rkt();
    Rkt tanpa = rkt.withAnggaran(PohonAnggaran.of(
        NodeAnggaran.builder("7.01.01", "Program Penunjang").anak(
            NodeAnggaran.builder("7.01.01.2.01", "Perencanaan").anak(
                NodeAnggaran.of("7.01.01.2.01.01", "Laporan", Rupiah.of(1))).build()).build(),
        NodeAnggaran.builder("7.01.02", "Program").anak(
            NodeAnggaran.of("7.01.02.2.02", "Musrenbang", Rupiah.of(5)),
            NodeAnggaran.of("7.01.02.2.03", "Dilimpahkan", Rupiah.ZERO)).build()));
    assertThat(tanpa.periksa()).extracting(Temuan::aturan).containsExactly(AturanAnggaran.SASARAN_WITHOUT_BUDGET);
  }

  @Test
  void renstra_targets_lie_within_its_period() {
    IndikatorRenstra skm = IndikatorRenstra.builder().indikator(SKM)
        .putTargetTahunan(2022, Target.angka(85)).putTargetTahunan(2026, Target.angka(100))
        .targetAkhir(Target.angka(100)).build();
    Renstra renstra = Renstra.builder().tahunAwal(2021).tahunAkhir(2026)
        .addTujuan(Tujuan.builder().nama("Meningkatkan kualitas pelayanan")
            .addSasaran(SasaranRenstra.builder().nama("Meningkatnya kelancaran administrasi kependudukan")
                .addIndikator(skm).build()).build())
        .build();
    assertThat(renstra.indikator(SKM.nama()).flatMap(i -> i.target(2022))).contains(Target.angka(85));
    assertThat(renstra.indikator(SKM.nama()).flatMap(i -> i.target(2023))).isEmpty();
    assertThat(renstra.indikator("x")).isEmpty();

    IndikatorRenstra outside = IndikatorRenstra.builder().indikator(SKM)
        .putTargetTahunan(2030, Target.angka(85)).targetAkhir(Target.angka(100)).build();
    assertThatThrownBy(() -> Renstra.builder().tahunAwal(2021).tahunAkhir(2026)
            .addTujuan(Tujuan.builder().nama("T").addSasaran(SasaranRenstra.builder().nama("S").addIndikator(outside).build()).build())
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2030")
        .hasMessageContaining("outside the period 2021–2026");
    assertThatThrownBy(() -> Renstra.builder().tahunAwal(2026).tahunAkhir(2021).build())
        .hasMessageContaining("does not run forward");
  }

  @Test
  void program_lines_need_a_name() {
    assertThatThrownBy(() -> new ProgramPk(" ", Rupiah.ZERO, Optional.empty())).hasMessageContaining("programPk.nama");
    assertThat(ProgramPk.of("P", Rupiah.of(1)).kode()).isEmpty();
  }
}
