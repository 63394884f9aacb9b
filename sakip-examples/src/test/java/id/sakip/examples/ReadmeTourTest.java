package id.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.assertj.SakipAssertions;
import id.sakip.audit.Audit;
import id.sakip.audit.AturanAudit;
import id.sakip.audit.HasilAudit;
import id.sakip.audit.KebijakanAudit;
import id.sakip.anggaran.PemeriksaanAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.angka.AngkaParser;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.jackson3.SakipJacksonModule;
import id.sakip.json.JsonStyle;
import id.sakip.json.SakipJson;
import id.sakip.json.SakipModule;
import tools.jackson.databind.json.JsonMapper;
import id.sakip.json.SakipJsonException;
import id.sakip.kabupaten.Kabupaten;
import id.sakip.kabupaten.RekapKode;
import id.sakip.kabupaten.UkuranPeringkat;
import id.sakip.kinerja.Agregasi;
import id.sakip.kinerja.BatasCapaian;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.Target;
import id.sakip.kinerja.TargetParser;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.laporan.TabelRealisasiAnggaran;
import id.sakip.organisasi.UnitOrganisasi;
import id.sakip.skala.Pita;
import id.sakip.skala.SkalaOrdinal;
import id.sakip.survei.BobotSkm;
import id.sakip.survei.HasilSkm;
import id.sakip.survei.KalkulatorSkm;
import id.sakip.survei.MetodeSkm;
import id.sakip.survei.SkmCsv;
import id.sakip.survei.SurveiSkm;
import id.sakip.anggaran.AturanAnggaran;
import id.sakip.audit.LaporanDihitung;
import id.sakip.audit.Sel;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Temuan;
import java.util.Locale;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The code of the README's tour, verbatim, so that it keeps compiling and stays true; {@link
 * #readme_shows_only_code_that_is_in_this_test} fails when the README and this file drift apart.
 */
class ReadmeTourTest {

  @Test
  void tour() {
    Rupiah pagu = Rupiah.parse("Rp2.910.568.737,00");
    Rupiah realisasi = Rupiah.parse("2.691.204.248");
    Persentase serapan = Persentase.ratio(realisasi, pagu).value();

    assertThat(serapan.format()).isEqualTo("92,46%");
    assertThat(serapan.toBigDecimal().toPlainString()).startsWith("92.4631744");
    assertThat(pagu.minus(realisasi).format()).isEqualTo("Rp219.364.489,00");

    AngkaTercetak printed = AngkaParser.parse("92,46%");
    assertThat(serapan.agreesWith(printed)).isTrue();

    AngkaTercetak skm = AngkaParser.parse("85,82 Indek");
    assertThat(skm.nilai()).contains(new BigDecimal("85.82"));
    assertThat(skm.satuan()).isEqualTo("Indek");
    assertThat(AngkaParser.parse("n/a").nilai()).isEmpty();

    Outcome<Persentase> share = Persentase.ratio(Rupiah.of(7_682_800), Rupiah.ZERO);
    assertThat(share.isComputable()).isFalse();
    assertThat(share.notComputableReason()).contains(Outcome.Reason.ZERO_DENOMINATOR);

    Rupiah half = pagu.multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_UP);
    assertThat(half).isEqualTo(Rupiah.parse("1.455.284.368,50"));
  }

  @Test
  void tour_capaian() {
    KalkulatorCapaian kalkulator = KalkulatorCapaian.standar();
    Persentase skm = kalkulator.hitung(Polaritas.POSITIF, Target.angka(85), new BigDecimal("85.82")).value();
    assertThat(skm.format()).isEqualTo("100,96%");
    assertThat(BatasCapaian.MAKS_100.terapkan(skm).tersaji()).isEqualTo(Persentase.HUNDRED);
    assertThat(SkalaOrdinal.KAB_MALANG_KECAMATAN.klasifikasi(skm).toOptional().map(Pita::label))
        .contains("Sangat berhasil");

    Target kurangDari8 = TargetParser.parse("kurang dari 8");
    Persentase negatif = kalkulator.hitung(Polaritas.NEGATIF, kurangDari8, new BigDecimal("9")).value();
    assertThat(negatif.format()).isEqualTo("87,50%");
  }

  @Test
  void tour_anggaran() {
    PohonAnggaran pohon = PohonAnggaran.of(
        NodeAnggaran.builder("7.01.01", "Program Penunjang Urusan Pemerintahan Daerah")
            .pagu(Rupiah.parse("2.566.433.437"))
            .anak(
                NodeAnggaran.of("7.01.01.2.02", "Administrasi Keuangan",
                    Rupiah.parse("2.226.289.308"), Rupiah.parse("2.048.040.176")),
                NodeAnggaran.of("7.01.01.2.05", "Pengadaan Barang Milik Daerah",
                    Rupiah.parse("61.165.000"), Rupiah.parse("60.019.143")))
            .build());
    assertThat(pohon.total().serapan().value().format()).isEqualTo("92,16%");
    List<Temuan> temuan = PemeriksaanAnggaran.periksa(pohon, Lokasi.of(Bagian.TABEL_B));
    assertThat(temuan).extracting(Temuan::aturan).containsExactly(AturanAnggaran.BUDGET_CHILDREN_SUM_MISMATCH);
    assertThat(temuan.get(0).selisih()).contains(new BigDecimal("278979129.00"));
    assertThat(temuan.get(0).pesan(Bahasa.INDONESIA)).contains("(selisih Rp278.979.129,00)");
    assertThat(temuan.get(0).pesan(Locale.ENGLISH)).contains("(difference Rp278,979,129.00)");
  }

  record Anggaran(String nama, Rupiah pagu) {}

  @Test
  void tour_jackson() throws Exception {
    ObjectMapper jackson2 = new ObjectMapper().findAndRegisterModules();
    JsonMapper jackson3 = JsonMapper.builder().findAndAddModules().build();
    Anggaran anggaran = new Anggaran("Koordinasi", Rupiah.parse("305.711.500"));
    String teks = jackson3.writeValueAsString(anggaran);
    assertThat(teks).isEqualTo("{\"nama\":\"Koordinasi\",\"pagu\":305711500.00}");
    assertThat(jackson2.readValue(teks, Anggaran.class)).isEqualTo(anggaran);

    SakipJson desimal = SakipJson.standar()
        .withStyle(JsonStyle.STANDARD.withRupiah(JsonStyle.RupiahForm.DECIMAL_STRING));
    assertThat(desimal.write(Rupiah.parse("305.711.500"))).isEqualTo("\"305711500.00\"\n");
    SakipJacksonModule springBoot4 = new SakipJacksonModule(desimal); // declared as a @Bean: these forms
    SakipModule springBoot3 = new SakipModule(desimal);              // Boot 3 registers Module beans only
    assertThat(JsonMapper.builder().addModule(springBoot4).build().writeValueAsString(anggaran))
        .contains("\"pagu\":\"305711500.00\"");
    assertThat(new ObjectMapper().registerModule(springBoot3).writeValueAsString(anggaran))
        .contains("\"pagu\":\"305711500.00\"");
  }

  @Test
  void tour_json() {
    SakipJson json = SakipJson.standar();
    String dokumen = """
        {"format": "sakip-lkj/1", "instansi": "Kecamatan Kromengan", "tahun": 2022,
         "realisasiAnggaran": {"versi": "APBD_PERUBAHAN", "jumlahPagu": "305.711.500,00",
           "anggaran": [{"kode": "7.01.02.2.01", "nama": "Koordinasi Penyelenggaraan Kegiatan Pemerintahan",
                         "pagu": "305.711.500", "realisasi": "265.742.000"}]}}
        """;
    LaporanKinerja lkj = json.readLaporan(dokumen);
    TabelRealisasiAnggaran tabel = lkj.realisasiAnggaran().orElseThrow();
    assertThat(tabel.anggaran().total().serapan().value().format()).isEqualTo("86,93%");
    String ditulis = json.writeLaporan(lkj);
    assertThat(json.writeLaporan(json.readLaporan(ditulis))).isEqualTo(ditulis);

    SakipJsonException salah = catchThrowableOfType(
        () -> json.read("{\"nama\": \"SKM\", \"satuan\": \"Indeks\", \"polaritas\": \"POSITIP\"}", Indikator.class),
        SakipJsonException.class);
    assertThat(salah.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.polaritas");
      assertThat(p.rule()).contains("did you mean 'POSITIF'?");
    });

    Indikator iku = Indikator.builder().nama("Survey Kepuasan Masyarakat (SKM) Kecamatan")
        .satuan(Satuan.INDEKS).polaritas(Polaritas.POSITIF).build();
    assertThat(iku.withAgregasi(Agregasi.AVERAGE).agregasi()).isEqualTo(Agregasi.AVERAGE);
    LaporanKinerja tahunDepan = lkj.withTahun(2023);
    assertThat(tahunDepan.tahun()).isEqualTo(2023);
    assertThat(lkj.tahun()).isEqualTo(2022);
    IllegalStateException tanpaInstansi = catchThrowableOfType(
        () -> LaporanKinerja.builder().tahun(2022).build(), IllegalStateException.class);
    assertThat(tanpaInstansi).hasMessageContaining("instansi");
  }

  @Test
  void tour_audit() throws IOException {
    LaporanKinerja lkj = SakipJson.standar()
        .readLaporan(Files.readString(Path.of("src/main/resources/id/sakip/examples/kromengan-2022.json")));
    LaporanDihitung dihitung = LaporanDihitung.hitung(lkj, KebijakanAudit.standar());
    Lokasi skm = Lokasi.diTempat("Tabel 1.1")
        .withBaris(Baris.Indikator.of("Survey Kepuasan Masyarakat (SKM) Kecamatan", 2022)).withKolom(Kolom.CAPAIAN);
    Sel<?> sel = dihitung.sel(skm).orElseThrow();
    assertThat(sel.format(Bahasa.INDONESIA)).isEqualTo("100,96%");
    assertThat(sel.status()).isEqualTo(Sel.Status.BERBEDA);

    HasilAudit audit = Audit.periksa(dihitung);
    SakipAssertions.assertThat(audit).hasFindingAt(AturanAudit.CAPPED_WITHOUT_POLICY, skm)
        .hasPrinted("100").hasComparand("100.96").hasDifference("-0.96");
    SakipAssertions.assertThat(audit).findings(AturanAnggaran.BUDGET_TOTAL_MISMATCH).allHaveDifference("9893200");
    SakipAssertions.assertThat(audit).hasNoFinding(AturanAudit.SERAPAN_MISMATCH);
  }

  @Test
  void tour_kabupaten() throws IOException {
    LaporanKinerja kromengan = SakipJson.standar()
        .readLaporan(Files.readString(Path.of("src/main/resources/id/sakip/examples/kromengan-2022.json")));
    Kabupaten malang = Kabupaten.builder("Kabupaten Malang", 2022)
        .unit(UnitOrganisasi.of("7.01.0.00.0.00.21.0000", "Kecamatan Kromengan"), kromengan)
        .unit(UnitOrganisasi.of("7.01.0.00.0.00.22.0000", "Kecamatan Ngajum"), kromengan.withInstansi("Kecamatan Ngajum"))
        .build();
    RekapKode program = malang.anggaran().rekap(KodeNomenklatur.parse("7.01.01")).orElseThrow();
    assertThat(program.unit()).hasSize(2);
    assertThat(malang.anggaran().total().pagu().format()).isEqualTo("Rp5.801.351.074,00");
    assertThat(malang.peringkat(UkuranPeringkat.SERAPAN_ANGGARAN).urutan().get(1).peringkat()).contains(1);
    assertThat(malang.audit().unit(AturanAnggaran.BUDGET_TOTAL_MISMATCH)).hasSize(2);
  }

  @Test
  void readme_lists_every_audit_rule_with_its_severity() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\| (ERROR|WARNING|INFO) \\| (.+) \\|$").matcher(readme);
    List<String> rows = new ArrayList<>();
    while (m.find()) {
      rows.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
    }
    assertThat(rows).containsExactlyElementsOf(id.sakip.temuan.RegistriAturan.semua().stream()
        .map(r -> r.id() + " " + r.keparahan() + " " + r.deskripsi().en()).toList());
  }

  @Test
  void tour_skm() {
    SurveiSkm survei = SkmCsv.of(MetodeSkm.PERMENPAN_RB_14_2017)
        .read("layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9\nKTP,4,4,3,4,3,4,4,3,4\nKK,3,4,4,4,3,3,4,4,4\n");
    HasilSkm skm = KalkulatorSkm.standar().hitung(survei).unit().value();
    assertThat(skm.nilaiSkm().format()).isEqualTo("91,67");
    assertThat(skm.kodeMutu()).contains("A");

    KalkulatorSkm tercetak = KalkulatorSkm.standar().withBobot(BobotSkm.tercetak(MetodeSkm.PERMENPAN_RB_14_2017));
    assertThat(tercetak.hitung(survei).unit().value().nilaiSkm().format()).isEqualTo("91,58");
  }

  @Test
  void readme_shows_only_code_that_is_in_this_test() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String self =
        Files.readString(
            Path.of("src", "test", "java", "id", "sakip", "examples", "ReadmeTourTest.java"),
            StandardCharsets.UTF_8);
    List<String> blocks = javaBlocks(readme);
    assertThat(blocks).as("java blocks in README.md").isNotEmpty();
    String code = normalise(self);
    for (String block : blocks) {
      assertThat(code).as("README block is kept in ReadmeTourTest").contains(normalise(block));
    }
  }

  private static List<String> javaBlocks(String markdown) {
    Matcher m = Pattern.compile("(?s)```java\\n(.*?)```").matcher(markdown);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  /** One line per statement, without indentation or blank lines. */
  private static String normalise(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
  }
}
