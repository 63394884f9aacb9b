package id.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.angka.AngkaTercetak;
import id.sakip.audit.AturanAudit;
import id.sakip.audit.Audit;
import id.sakip.audit.HasilAudit;
import id.sakip.audit.KebijakanAudit;
import id.sakip.audit.LaporanDihitung;
import id.sakip.audit.Sel;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.laporan.Tercetak;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Temuan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link JalurJson} on the golden document with a hand-written {@code tercetak} section: every kind
 * of location maps to the path of the member it names, and each path names a member that is there.
 */
class JalurJsonTest {

  private static final SakipJson JSON = SakipJson.standar();
  private static final ObjectMapper PLAIN = new ObjectMapper();

  static final String SKM = "Survey Kepuasan Masyarakat (SKM) Kecamatan";
  static final String SASARAN_RKT =
      "Meningkatkan Kualitas Pelayanan Penyelenggaraan Tugas Umum Pemerintahan di Kecamatan";

  /** The printed figures of the test document; the figures need not be right, only where they are. */
  static final String TERCETAK = """
      {
        "capaian": [
          {"tempat": "Tabel 1.1", "indikator": "%1$s", "tahun": 2022, "target": "85", "realisasi": "85,82",
           "capaian": "100%%"},
          {"tempat": "Tabel 1.2", "indikator": "%1$s", "tahun": 2021, "realisasi": "85,30"},
          {"tempat": "Tabel 1.2", "indikator": "%1$s", "tahun": 2022, "realisasi": "85,82"},
          {"tempat": "Tabel 3.2", "indikator": "%1$s", "tahun": 2022, "target": "85", "realisasi": "85,82"},
          {"tempat": "Bab I C.2", "indikator": "%1$s", "tahun": 2021, "target": "84", "realisasi": "85,30",
           "capaian": "101,55%%"}
        ],
        "kemajuan": [
          {"tempat": "Tabel 1.3", "indikator": "%1$s", "targetAkhir": "100", "realisasi": "85,82", "kemajuan": "80%%"}
        ],
        "anggaranSasaran": [
          {"tempat": "Tabel 3.1", "indikator": "%1$s", "alokasi": "7.682.800,00", "porsi": "2,39%%"},
          {"tempat": "Tabel 3.2", "indikator": "%1$s", "alokasi": "7.682.800,00", "realisasiAnggaran": "7.682.800,00",
           "serapan": "100%%"},
          {"tempat": "Tabel 3.3", "indikator": "%1$s", "capaianKinerja": "100,96%%", "serapan": "100%%",
           "efisiensi": "0,96%%"}
        ],
        "serapanTabelB": {"7.01.02.2.01": "86,93%%", "7.01.02.2.02": "90%%"},
        "serapanJumlahTabelB": "87,58%%",
        "narasi": [
          {"tempat": "Bab III A.2.1", "indikator": "%1$s", "tahun": 2022, "besaran": "TARGET", "nilai": "85"},
          {"tempat": "Bab III A.2.1", "indikator": "%1$s", "tahun": 2022, "besaran": "REALISASI", "nilai": "85,82"},
          {"tempat": "Bab III A.2.2", "indikator": "Persentase usulan", "tahun": 2022, "besaran": "CAPAIAN",
           "nilai": "100%%", "pembilang": 10, "penyebut": 10}
        ]
      }
      """.formatted(SKM);

  /** The golden document with the printed figures above. */
  static LaporanKinerja laporan() {
    try {
      ObjectNode doc = (ObjectNode) PLAIN.readTree(GoldenDocumentTest.golden());
      doc.set("tercetak", PLAIN.readTree(TERCETAK));
      return JSON.readLaporan(doc.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final LaporanKinerja LKJ = laporan();
  private static final JalurJson JALUR = JalurJson.untuk(LKJ);
  private static final JsonNode TREE = JSON.toTree(LKJ);

  /** Asserts that {@code lokasi} maps to {@code expected} and that the written document has a member there. */
  private static void maps(Lokasi lokasi, String expected) {
    assertThat(JALUR.dari(lokasi)).as("%s", lokasi).contains(expected);
    assertThat(JalurJson.dari(LKJ, lokasi)).as("static form for %s", lokasi).contains(expected);
    assertThat(JsonPaths.resolve(TREE, expected).isMissingNode()).as("member at %s", expected).isFalse();
  }

  private static void noPath(Lokasi lokasi) {
    assertThat(JALUR.dari(lokasi)).as("%s", lokasi).isEmpty();
  }

  private static Lokasi at(Bagian bagian, String tempat, Baris baris, Kolom kolom) {
    Lokasi l = Lokasi.of(bagian).withBaris(baris);
    l = tempat == null ? l : l.withTempat(tempat);
    return kolom == null ? l : l.withKolom(kolom);
  }

  @Test
  void the_test_document_is_the_golden_one_with_printed_figures() {
    assertThat(LKJ.tercetak().map(Tercetak::semuaAngka)).hasValueSatisfying(f -> assertThat(f).hasSize(27));
  }

  // ------------------------------------------------------------------ printed rows

  @Test
  void printed_capaian_rows_by_place_indicator_and_year() {
    Baris skm2022 = Baris.Indikator.of(SKM, 2022);
    maps(at(Bagian.TABEL_1_1, "Tabel 1.1", skm2022, Kolom.CAPAIAN), "$.tercetak.capaian[0].capaian");
    maps(at(Bagian.TABEL_1_1, "Tabel 1.1", skm2022, Kolom.TARGET), "$.tercetak.capaian[0].target");
    maps(at(Bagian.TABEL_1_1, "Tabel 1.1", skm2022, Kolom.REALISASI), "$.tercetak.capaian[0].realisasi");
    maps(at(Bagian.TABEL_1_1, "Tabel 1.1", skm2022, Kolom.KATEGORI), "$.tercetak.capaian[0]");
    maps(at(Bagian.TABEL_1_1, "Tabel 1.1", skm2022, null), "$.tercetak.capaian[0]");
    // without a place, or with the table's name written otherwise: the table's row, as the audit takes it
    maps(at(Bagian.TABEL_1_1, null, skm2022, Kolom.CAPAIAN), "$.tercetak.capaian[0].capaian");
    maps(at(Bagian.TABEL_1_1, "tabel 1.1", skm2022, Kolom.CAPAIAN), "$.tercetak.capaian[0].capaian");
    maps(at(Bagian.TABEL_1_2, "Tabel 1.2", Baris.Indikator.of(SKM, 2021), Kolom.REALISASI),
        "$.tercetak.capaian[1].realisasi");
    maps(at(Bagian.TABEL_1_2, "Tabel 1.2", skm2022, Kolom.REALISASI), "$.tercetak.capaian[2].realisasi");
    // the row is printed, the column is not: the row
    maps(at(Bagian.TABEL_3_2, "Tabel 3.2", skm2022, Kolom.CAPAIAN), "$.tercetak.capaian[3]");
    maps(at(Bagian.LAIN, "Bab I C.2", Baris.Indikator.of(SKM, 2021), Kolom.CAPAIAN), "$.tercetak.capaian[4].capaian");

    noPath(at(Bagian.TABEL_1_1, "Tabel 1.1", Baris.Indikator.of(SKM, 2020), Kolom.CAPAIAN));
    noPath(at(Bagian.TABEL_1_1, "Tabel 1.1", Baris.Indikator.of("IKM", 2022), Kolom.CAPAIAN));
    noPath(at(Bagian.LAIN, null, Baris.Indikator.of(SKM, 2021), Kolom.CAPAIAN));
    noPath(at(Bagian.LAIN, "Bab II", Baris.Indikator.of(SKM, 2021), Kolom.CAPAIAN));
    noPath(at(Bagian.TABEL_1_1, "Tabel 1.1", new Baris.Kode("7.01.02"), Kolom.CAPAIAN));
  }

  @Test
  void printed_kemajuan_and_budget_rows_by_place_indicator_and_column() {
    Baris skm = Baris.Indikator.of(SKM);
    maps(at(Bagian.TABEL_1_3, "Tabel 1.3", skm, Kolom.TARGET_AKHIR), "$.tercetak.kemajuan[0].targetAkhir");
    maps(at(Bagian.TABEL_1_3, "Tabel 1.3", skm, Kolom.REALISASI), "$.tercetak.kemajuan[0].realisasi");
    maps(at(Bagian.TABEL_1_3, "Tabel 1.3", skm, Kolom.KEMAJUAN), "$.tercetak.kemajuan[0].kemajuan");
    maps(at(Bagian.TABEL_3_1, "Tabel 3.1", skm, Kolom.ALOKASI), "$.tercetak.anggaranSasaran[0].alokasi");
    maps(at(Bagian.TABEL_3_1, "Tabel 3.1", skm, Kolom.PORSI), "$.tercetak.anggaranSasaran[0].porsi");
    maps(at(Bagian.TABEL_3_1, "Tabel 3.1", skm, Kolom.SERAPAN), "$.tercetak.anggaranSasaran[0]");
    maps(at(Bagian.TABEL_3_2, "Tabel 3.2", skm, Kolom.ALOKASI), "$.tercetak.anggaranSasaran[1].alokasi");
    maps(at(Bagian.TABEL_3_2, "Tabel 3.2", skm, Kolom.REALISASI_ANGGARAN),
        "$.tercetak.anggaranSasaran[1].realisasiAnggaran");
    maps(at(Bagian.TABEL_3_2, "Tabel 3.2", skm, Kolom.SERAPAN), "$.tercetak.anggaranSasaran[1].serapan");
    maps(at(Bagian.TABEL_3_3, "Tabel 3.3", skm, Kolom.CAPAIAN_KINERJA), "$.tercetak.anggaranSasaran[2].capaianKinerja");
    maps(at(Bagian.TABEL_3_3, "Tabel 3.3", skm, Kolom.SERAPAN), "$.tercetak.anggaranSasaran[2].serapan");
    maps(at(Bagian.TABEL_3_3, "Tabel 3.3", skm, Kolom.EFISIENSI), "$.tercetak.anggaranSasaran[2].efisiensi");
    maps(at(Bagian.TABEL_3_3, null, skm, Kolom.EFISIENSI), "$.tercetak.anggaranSasaran[2].efisiensi");

    noPath(at(Bagian.TABEL_1_3, "Tabel 1.3", Baris.Indikator.of("IKM"), Kolom.KEMAJUAN));
    noPath(at(Bagian.TABEL_3_3, "Tabel 3.1", Baris.Indikator.of("IKM"), Kolom.EFISIENSI));
  }

  @Test
  void narrative_figures_by_place_indicator_year_and_quantity() {
    Baris skm2022 = Baris.Indikator.of(SKM, 2022);
    maps(at(Bagian.NARASI, "Bab III A.2.1", skm2022, Kolom.TARGET), "$.tercetak.narasi[0].nilai");
    maps(at(Bagian.NARASI, "Bab III A.2.1", skm2022, Kolom.REALISASI), "$.tercetak.narasi[1].nilai");
    maps(at(Bagian.NARASI, "Bab III A.2.1", skm2022, Kolom.NILAI), "$.tercetak.narasi[0].nilai");
    maps(at(Bagian.NARASI, "Bab III A.2.2", Baris.Indikator.of("Persentase usulan", 2022), Kolom.NILAI),
        "$.tercetak.narasi[2].nilai");
    maps(at(Bagian.NARASI, "Bab III A.2.2", Baris.Indikator.of("Persentase usulan", 2022), Kolom.CAPAIAN),
        "$.tercetak.narasi[2].nilai");

    noPath(at(Bagian.NARASI, "Bab III A.2.1", Baris.Indikator.of(SKM, 2021), Kolom.TARGET));
    noPath(at(Bagian.NARASI, "Bab IV", skm2022, Kolom.TARGET));
  }

  // ------------------------------------------------------------------ input documents

  @Test
  void the_budget_realisation_table_by_code_and_total_row() {
    maps(at(Bagian.TABEL_B, null, new Baris.Kode("7.01.02.2.01"), Kolom.SERAPAN), "$.tercetak.serapanTabelB[\"7.01.02.2.01\"]");
    maps(at(Bagian.TABEL_B, null, new Baris.Kode("7.01.02.2.01"), Kolom.PAGU), "$.realisasiAnggaran.anggaran[0].anak[0].pagu");
    maps(at(Bagian.TABEL_B, null, new Baris.Kode("7.01.02.2.01"), Kolom.REALISASI_ANGGARAN),
        "$.realisasiAnggaran.anggaran[0].anak[0].realisasi");
    maps(at(Bagian.TABEL_B, null, new Baris.Kode("7.01.02.2.03"), Kolom.KODE), "$.realisasiAnggaran.anggaran[0].anak[2].kode");
    // a percentage the table does not print, a realisasi the parent does not state: the node
    maps(at(Bagian.TABEL_B, null, new Baris.Kode("7.01.02.2.03"), Kolom.SERAPAN), "$.realisasiAnggaran.anggaran[0].anak[2]");
    maps(at(Bagian.TABEL_B, null, new Baris.Kode("7.01.02"), Kolom.REALISASI_ANGGARAN), "$.realisasiAnggaran.anggaran[0]");
    maps(at(Bagian.TABEL_B, null, new Baris.Jumlah(), Kolom.PAGU), "$.realisasiAnggaran.jumlahPagu");
    maps(at(Bagian.TABEL_B, null, new Baris.Jumlah(), Kolom.REALISASI_ANGGARAN), "$.realisasiAnggaran.jumlahRealisasi");
    maps(at(Bagian.TABEL_B, null, new Baris.Jumlah(), Kolom.SERAPAN), "$.tercetak.serapanJumlahTabelB");
    maps(Lokasi.of(Bagian.TABEL_B), "$.realisasiAnggaran");

    noPath(at(Bagian.TABEL_B, null, new Baris.Kode("7.01.03"), Kolom.PAGU));
    noPath(at(Bagian.TABEL_B, null, new Baris.Kode("bukan kode"), Kolom.PAGU));
    noPath(at(Bagian.TABEL_B, null, Baris.Indikator.of(SKM), Kolom.PAGU));
  }

  @Test
  void the_rkt_by_code_sasaran_and_indicator() {
    maps(at(Bagian.RKT, null, new Baris.Kode("7.01.02.2.03.01"), Kolom.PAGU), "$.rkt.anggaran[0].anak[2].anak[0].pagu");
    maps(at(Bagian.RKT, null, new Baris.Kode("7.01.02"), Kolom.KODE), "$.rkt.anggaran[0].kode");
    maps(at(Bagian.RKT, null, new Baris.Sasaran(SASARAN_RKT), Kolom.PENDUKUNG), "$.rkt.sasaran[0].pendukung");
    maps(at(Bagian.RKT, null, new Baris.Sasaran(SASARAN_RKT), null), "$.rkt.sasaran[0]");
    maps(at(Bagian.RKT, null, Baris.Indikator.of(SKM, 2022), Kolom.TARGET), "$.rkt.sasaran[0].target.target");
    maps(at(Bagian.RKT, null, Baris.Indikator.of(SKM), Kolom.PENDUKUNG), "$.rkt.sasaran[0].pendukung");

    noPath(at(Bagian.RKT, null, new Baris.Sasaran("Sasaran lain"), Kolom.PENDUKUNG));
    noPath(at(Bagian.RKT, null, Baris.Indikator.of("IKM", 2022), Kolom.TARGET));
    noPath(at(Bagian.RKT, null, new Baris.Kode("7.01.02.2.04"), Kolom.PAGU));
  }

  @Test
  void the_perjanjian_kinerja_by_version_and_indicator() {
    maps(at(Bagian.PERJANJIAN_KINERJA, null, new Baris.Versi("APBD_MURNI"), Kolom.PAGU),
        "$.perjanjianKinerja.anggaran[0].jumlahTercetak");
    maps(at(Bagian.PERJANJIAN_KINERJA, null, new Baris.Versi("APBD_PERUBAHAN"), Kolom.PAGU),
        "$.perjanjianKinerja.anggaran[1].jumlahTercetak");
    maps(at(Bagian.PERJANJIAN_KINERJA, null, Baris.Indikator.of(SKM, 2022), Kolom.TARGET),
        "$.perjanjianKinerja.target[0].target");
    maps(Lokasi.of(Bagian.PERJANJIAN_KINERJA), "$.perjanjianKinerja.anggaran");

    noPath(at(Bagian.PERJANJIAN_KINERJA, null, new Baris.Versi("APBD_LAIN"), Kolom.PAGU));
    noPath(at(Bagian.PERJANJIAN_KINERJA, null, Baris.Indikator.of("IKM", 2022), Kolom.TARGET));
  }

  @Test
  void the_renstra_and_the_realisasi_iku_by_indicator_and_year() {
    String ind = "$.renstra.tujuan[0].sasaran[0].indikator[0]";
    maps(at(Bagian.RENSTRA, null, Baris.Indikator.of(SKM, 2022), Kolom.TARGET), ind + ".targetTahunan.2022");
    maps(at(Bagian.RENSTRA, null, Baris.Indikator.of(SKM), Kolom.TARGET_AKHIR), ind + ".targetAkhir");
    maps(at(Bagian.RENSTRA, null, Baris.Indikator.of(SKM, 2025), Kolom.TARGET), ind);
    maps(at(Bagian.REALISASI_IKU, null, Baris.Indikator.of(SKM, 2022), Kolom.REALISASI), "$.realisasiIku[0].realisasi.2022");
    maps(at(Bagian.REALISASI_IKU, null, Baris.Indikator.of(SKM, 2021), Kolom.TARGET), "$.realisasiIku[0].target.2021");
    maps(at(Bagian.REALISASI_IKU, null, Baris.Indikator.of(SKM, 2020), Kolom.REALISASI), "$.realisasiIku[0]");
    assertThat(JsonPaths.resolve(TREE, "$.realisasiIku[0].realisasi.2022").decimalValue()).isEqualByComparingTo("85.82");

    noPath(at(Bagian.RENSTRA, null, Baris.Indikator.of("IKM", 2022), Kolom.TARGET));
    noPath(at(Bagian.REALISASI_IKU, null, Baris.Indikator.of("IKM", 2022), Kolom.REALISASI));
  }

  @Test
  void a_document_without_the_part_gives_no_path() {
    LaporanKinerja kosong = LaporanKinerja.builder().instansi("Kecamatan Kromengan").tahun(2022).build();
    JalurJson jalur = JalurJson.untuk(kosong);
    assertThat(jalur.laporan()).isSameAs(kosong);
    for (Bagian b : Bagian.values()) {
      assertThat(jalur.dari(Lokasi.of(b).withBaris(Baris.Indikator.of(SKM, 2022)).withKolom(Kolom.TARGET))).as("%s", b)
          .isEmpty();
    }
    assertThat(jalur.dari(Lokasi.of(Bagian.PERJANJIAN_KINERJA))).isEmpty();
  }

  // ------------------------------------------------------------------ the audit's locations

  /** Every printed figure the audit compares is located at a member holding that very figure. */
  @Test
  void every_printed_figure_of_the_audit_resolves_to_the_member_printing_it() {
    List<Sel<?>> printed = printedCells(LKJ);
    assertThat(printed).hasSizeGreaterThanOrEqualTo(25);
    for (Sel<?> s : printed) {
      assertPrintedAt(LKJ, TREE, s);
    }
  }

  static List<Sel<?>> printedCells(LaporanKinerja lkj) {
    return LaporanDihitung.hitung(lkj, KebijakanAudit.standar()).semuaSel().stream()
        .filter(s -> s.tercetak().isPresent()).toList();
  }

  /** The cell's location has a path, and the member there is the printed figure: its text, or its amount. */
  static void assertPrintedAt(LaporanKinerja lkj, JsonNode tree, Sel<?> s) {
    Optional<String> path = JalurJson.untuk(lkj).dari(s.lokasi());
    assertThat(path).as("path of %s", s.lokasi()).isPresent();
    JsonNode member = JsonPaths.resolve(tree, path.get());
    AngkaTercetak figure = s.tercetak().orElseThrow();
    if (member.isTextual()) {
      assertThat(member.textValue()).as("%s at %s", s.lokasi(), path.get()).isEqualTo(figure.teks());
    } else {
      assertThat(member.isNumber()).as("%s at %s is %s", s.lokasi(), path.get(), member).isTrue();
      assertThat(member.decimalValue()).as("%s at %s", s.lokasi(), path.get())
          .isEqualByComparingTo(figure.nilai().orElseThrow());
    }
  }

  @Test
  void every_cell_and_every_finding_of_the_audit_of_the_test_document_has_a_path() {
    LaporanDihitung dihitung = LaporanDihitung.hitung(LKJ, KebijakanAudit.standar());
    assertThat(dihitung.semuaSel()).hasSizeGreaterThan(printedCells(LKJ).size())
        .allSatisfy(s -> assertThat(JALUR.dari(s.lokasi())).as("%s", s.lokasi()).isPresent());
    // the test document prints a wrong capaian (100% for 100,96%), kemajuan and table B percentage
    List<Temuan> temuan = Audit.periksa(LKJ).temuan();
    assertThat(temuan).extracting(t -> t.aturan().id())
        .contains("BUDGET_VERSIONS", "TARGET_DIFFERS_BETWEEN_DOCUMENTS", "KEMAJUAN_MISMATCH", "SERAPAN_MISMATCH");
    assertThat(temuan).allSatisfy(t -> assertThat(JALUR.dari(t.lokasi())).as("%s", t.lokasi()).isPresent());
    assertThat(temuan).filteredOn(t -> t.aturan() == AturanAudit.SERAPAN_MISMATCH).singleElement()
        .satisfies(t -> assertThat(JALUR.dari(t.lokasi())).contains("$.tercetak.serapanTabelB[\"7.01.02.2.02\"]"));
  }

  @Test
  void the_computed_columns_of_table_1_2_point_at_the_report_years_row() {
    maps(at(Bagian.TABEL_1_2, "Tabel 1.2", Baris.Indikator.of(SKM), Kolom.SELISIH), "$.tercetak.capaian[2]");
    maps(at(Bagian.TABEL_1_2, "Tabel 1.2", Baris.Indikator.of(SKM), Kolom.PERUBAHAN), "$.tercetak.capaian[2]");
    noPath(at(Bagian.TABEL_1_2, "Tabel 1.2", Baris.Indikator.of("IKM"), Kolom.SELISIH));
  }

  // ------------------------------------------------------------------ writing findings with their paths

  @Test
  void writes_each_finding_with_its_path_and_reads_them_back_without() throws IOException {
    Temuan found = Temuan.of(AturanAudit.CAPAIAN_MISMATCH,
        at(Bagian.TABEL_1_1, "Tabel 1.1", Baris.Indikator.of(SKM, 2022), Kolom.CAPAIAN));
    Temuan elsewhere = Temuan.of(AturanAudit.CAPAIAN_MISMATCH,
        at(Bagian.LAIN, "Lampiran", Baris.Indikator.of(SKM, 2022), Kolom.CAPAIAN));
    HasilAudit hasil = new HasilAudit(List.of(found, elsewhere));

    String written = JSON.writeHasilAudit(hasil, LKJ);
    JsonNode tree = PLAIN.readTree(written);
    assertThat(tree.path("temuan").get(0).path("jalur").textValue()).isEqualTo("$.tercetak.capaian[0].capaian");
    assertThat(tree.path("temuan").get(1).has("jalur")).isFalse();
    assertThat(names(tree.path("temuan").get(0))).endsWith("pesan", "jalur");
    assertThat(JSON.toTree(hasil, LKJ)).isEqualTo(tree);
    assertThat(written).endsWith("}\n");
    assertThat(JSON.read(written, HasilAudit.class)).isEqualTo(hasil);
    // the plain writer writes no path
    assertThat(JSON.write(hasil)).doesNotContain("jalur");
  }

  /** The member names of an object node, in order. */
  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** Every row of a large document is located (the index is built once per document). */
  @Test
  void every_row_of_a_document_of_20_000_rows_is_located() {
    int n = 20_000;
    var t = Tercetak.builder();
    List<Temuan> temuan = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      t.addCapaian(BarisCapaian.builder().tempat("Lampiran " + (i % 7)).indikator("Indikator " + i).tahun(2022)
          .capaian(AngkaTercetak.dariNilai(BigDecimal.valueOf(i))).build());
      temuan.add(Temuan.of(AturanAudit.CAPAIAN_MISMATCH, at(Bagian.LAIN, "Lampiran " + (i % 7),
          Baris.Indikator.of("Indikator " + i, 2022), Kolom.CAPAIAN)));
    }
    LaporanKinerja besar = LaporanKinerja.builder().instansi("Kabupaten").tahun(2022).tercetak(t.build()).build();
    JsonNode tree = JSON.toTree(new HasilAudit(temuan), besar);
    for (int i = 0; i < n; i += 997) {
      assertThat(tree.path("temuan").get(i).path("jalur").textValue()).isEqualTo("$.tercetak.capaian[" + i + "].capaian");
    }
    assertThat(tree.path("temuan").get(n - 1).path("jalur").textValue())
        .isEqualTo("$.tercetak.capaian[" + (n - 1) + "].capaian");
  }
}
