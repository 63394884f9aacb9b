package id.sakip.json;

import static id.sakip.json.Member.defaulted;
import static id.sakip.json.Member.list;
import static id.sakip.json.Member.optional;
import static id.sakip.json.Member.required;
import static id.sakip.json.Schemas.of;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.angka.AngkaTercetak;
import id.sakip.laporan.AngkaNarasi;
import id.sakip.laporan.BarisAnggaranSasaran;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.BarisKemajuan;
import id.sakip.laporan.Besaran;
import id.sakip.laporan.Tercetak;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The shapes of the printed figures of a report ({@code id.sakip.laporan.Tercetak} and its rows). */
final class TercetakShapes {

  private TercetakShapes() {}

  private static final Shape<AngkaTercetak> ANGKA = AngkaShapes.TERCETAK;

  static final Shape<Integer> TAHUN = Shapes.INT.named("TahunTercetak", "The year a printed figure is for (tahun):"
      + " a whole JSON number, written without a fraction or exponent. Unlike the report year it is not held to 1945 to"
      + " 2200; the reader takes any whole number that fits a Java int.");

  static final Shape<Besaran> BESARAN = Shapes.enumOf(Besaran.class, "Besaran", "Which quantity of an indicator a"
      + " figure in the narrative states (besaran): TARGET, REALISASI (the actual) or CAPAIAN (achievement, percent of"
      + " target).");

  // ------------------------------------------------------------------ BarisCapaian

  private static final Member<BarisCapaian, String> TEMPAT_CAPAIAN = required("tempat", Shapes.NAME,
      BarisCapaian::tempat, "Where the figure is printed (tempat), e.g. \"Tabel 1.1\" or \"Bab I C.2\"; not blank.");
  private static final Member<BarisCapaian, String> INDIKATOR_CAPAIAN = required("indikator", Shapes.NAME,
      BarisCapaian::indikator, "Name of the indicator the figures are about (indikator), as in the PK; not blank.");
  private static final Member<BarisCapaian, Integer> TAHUN_CAPAIAN = required("tahun", TAHUN, BarisCapaian::tahun,
      "Year the figures are for (tahun), such as the report year or the year before it.");
  static final Member<BarisCapaian, AngkaTercetak> TARGET_CAPAIAN = optional("target", ANGKA,
      BarisCapaian::target, "The target as printed (target).");
  static final Member<BarisCapaian, AngkaTercetak> REALISASI_CAPAIAN = optional("realisasi", ANGKA,
      BarisCapaian::realisasi, "The realisation as printed (realisasi).");
  static final Member<BarisCapaian, AngkaTercetak> CAPAIAN = optional("capaian", ANGKA, BarisCapaian::capaian,
      "The achievement as printed (capaian), percent of target.");
  static final Member<BarisCapaian, String> KATEGORI = optional("kategori", Shapes.NAME, BarisCapaian::kategori,
      "The category of the ordinal scale as printed beside the capaian (kategori), e.g. \"Sangat berhasil\"; not blank.");

  static final ObjectShape<BarisCapaian> BARIS_CAPAIAN = ObjectShape.of(BarisCapaian.class, "BarisCapaian",
      "One printed row about one indicator in one year (baris capaian): target, realisasi and capaian as the report"
          + " prints them. A column the row does not print is left out.",
      v -> BarisCapaian.builder().tempat(v.get(TEMPAT_CAPAIAN)).indikator(v.get(INDIKATOR_CAPAIAN))
          .tahun(v.get(TAHUN_CAPAIAN)).target(v.optional(TARGET_CAPAIAN)).realisasi(v.optional(REALISASI_CAPAIAN))
          .capaian(v.optional(CAPAIAN)).kategori(v.optional(KATEGORI)).build(),
      TEMPAT_CAPAIAN, INDIKATOR_CAPAIAN, TAHUN_CAPAIAN, TARGET_CAPAIAN, REALISASI_CAPAIAN, CAPAIAN, KATEGORI);

  // ------------------------------------------------------------------ BarisKemajuan

  private static final Member<BarisKemajuan, String> TEMPAT_KEMAJUAN = required("tempat", Shapes.NAME,
      BarisKemajuan::tempat, "Where the figure is printed (tempat), e.g. \"Tabel 1.3\"; not blank.");
  private static final Member<BarisKemajuan, String> INDIKATOR_KEMAJUAN = required("indikator", Shapes.NAME,
      BarisKemajuan::indikator, "Name of the indicator the figures are about (indikator), as in the PK; not blank.");
  static final Member<BarisKemajuan, AngkaTercetak> TARGET_AKHIR = optional("targetAkhir", ANGKA,
      BarisKemajuan::targetAkhir, "The final target of the Renstra period as printed (target akhir).");
  static final Member<BarisKemajuan, AngkaTercetak> REALISASI_KEMAJUAN = optional("realisasi", ANGKA,
      BarisKemajuan::realisasi, "The realisation as printed (realisasi).");
  static final Member<BarisKemajuan, AngkaTercetak> KEMAJUAN = optional("kemajuan", ANGKA,
      BarisKemajuan::kemajuan, "The progress as printed (kemajuan), percent of the final target.");

  static final ObjectShape<BarisKemajuan> BARIS_KEMAJUAN = ObjectShape.of(BarisKemajuan.class, "BarisKemajuan",
      "One printed row of progress towards the Renstra's final target (baris kemajuan, table 1.3). A column the row"
          + " does not print is left out.",
      v -> BarisKemajuan.builder().tempat(v.get(TEMPAT_KEMAJUAN)).indikator(v.get(INDIKATOR_KEMAJUAN))
          .targetAkhir(v.optional(TARGET_AKHIR)).realisasi(v.optional(REALISASI_KEMAJUAN))
          .kemajuan(v.optional(KEMAJUAN)).build(),
      TEMPAT_KEMAJUAN, INDIKATOR_KEMAJUAN, TARGET_AKHIR, REALISASI_KEMAJUAN, KEMAJUAN);

  // ------------------------------------------------------------------ BarisAnggaranSasaran

  private static final Member<BarisAnggaranSasaran, String> TEMPAT_ANGGARAN = required("tempat", Shapes.NAME,
      BarisAnggaranSasaran::tempat, "Where the figure is printed (tempat), e.g. \"Tabel 3.1\"; not blank.");
  private static final Member<BarisAnggaranSasaran, String> INDIKATOR_ANGGARAN = required("indikator", Shapes.NAME,
      BarisAnggaranSasaran::indikator, "Name of the indicator the figures are about (indikator), as in the PK; not"
          + " blank.");
  static final Member<BarisAnggaranSasaran, AngkaTercetak> ALOKASI = optional("alokasi", ANGKA,
      BarisAnggaranSasaran::alokasi, "The budget allocated to the indicator as printed (alokasi anggaran).");
  static final Member<BarisAnggaranSasaran, AngkaTercetak> REALISASI_ANGGARAN = optional("realisasiAnggaran",
      ANGKA, BarisAnggaranSasaran::realisasiAnggaran, "The budget spent as printed (realisasi anggaran).");
  static final Member<BarisAnggaranSasaran, AngkaTercetak> PORSI = optional("porsi", ANGKA,
      BarisAnggaranSasaran::porsi, "The allocation's share of the total budget as printed (porsi anggaran), percent.");
  static final Member<BarisAnggaranSasaran, AngkaTercetak> SERAPAN = optional("serapan", ANGKA,
      BarisAnggaranSasaran::serapan, "The absorption as printed (serapan anggaran), percent of the allocation spent.");
  static final Member<BarisAnggaranSasaran, AngkaTercetak> CAPAIAN_KINERJA = optional("capaianKinerja", ANGKA,
      BarisAnggaranSasaran::capaianKinerja, "The performance achievement as printed (capaian kinerja), percent.");
  static final Member<BarisAnggaranSasaran, AngkaTercetak> EFISIENSI = optional("efisiensi", ANGKA,
      BarisAnggaranSasaran::efisiensi, "The efficiency as printed (efisiensi), comparing capaian kinerja with serapan.");

  static final ObjectShape<BarisAnggaranSasaran> BARIS_ANGGARAN = ObjectShape.of(BarisAnggaranSasaran.class,
      "BarisAnggaranSasaran", "One printed row of budget per target indicator (baris anggaran sasaran, tables 3.1,"
          + " 3.2 and 3.3). A column the row does not print is left out.",
      v -> BarisAnggaranSasaran.builder().tempat(v.get(TEMPAT_ANGGARAN)).indikator(v.get(INDIKATOR_ANGGARAN))
          .alokasi(v.optional(ALOKASI)).realisasiAnggaran(v.optional(REALISASI_ANGGARAN)).porsi(v.optional(PORSI))
          .serapan(v.optional(SERAPAN)).capaianKinerja(v.optional(CAPAIAN_KINERJA)).efisiensi(v.optional(EFISIENSI))
          .build(),
      TEMPAT_ANGGARAN, INDIKATOR_ANGGARAN, ALOKASI, REALISASI_ANGGARAN, PORSI, SERAPAN, CAPAIAN_KINERJA, EFISIENSI);

  // ------------------------------------------------------------------ AngkaNarasi

  private static final Member<AngkaNarasi, String> TEMPAT_NARASI = required("tempat", Shapes.NAME,
      AngkaNarasi::tempat, "Where the figure is printed (tempat), e.g. \"Bab III A.2.1\"; not blank.");
  private static final Member<AngkaNarasi, String> INDIKATOR_NARASI = required("indikator", Shapes.NAME,
      AngkaNarasi::indikator, "Name of the indicator the figures are about (indikator), as in the PK; not blank.");
  private static final Member<AngkaNarasi, Integer> TAHUN_NARASI = required("tahun", TAHUN, AngkaNarasi::tahun,
      "Year the figures are for (tahun), such as the report year or the year before it.");
  private static final Member<AngkaNarasi, Besaran> BESARAN_NARASI = required("besaran", BESARAN,
      AngkaNarasi::besaran, "The quantity the figure states (besaran).");
  static final Member<AngkaNarasi, AngkaTercetak> NILAI = required("nilai", ANGKA, AngkaNarasi::nilai,
      "The figure as printed (nilai).");
  private static final Member<AngkaNarasi, BigDecimal> PEMBILANG = optional("pembilang", Shapes.ANGKA,
      AngkaNarasi::pembilang, "The numerator the text computes the figure from (pembilang), e.g. 10 usulan accepted;"
          + " given with penyebut.");
  private static final Member<AngkaNarasi, BigDecimal> PENYEBUT = optional("penyebut", Shapes.ANGKA,
      AngkaNarasi::penyebut, "The denominator the text computes the figure from (penyebut), e.g. 10 usulan proposed;"
          + " given with pembilang.");

  static final ObjectShape<AngkaNarasi> NARASI = ObjectShape.of(AngkaNarasi.class, "AngkaNarasi",
      "A figure stated in the narrative (angka narasi), such as \"10 usulan … dari 10 usulan … tercapai sebesar"
          + " 100%\": which indicator, year and quantity it states, the figure as printed, and, when the text gives"
          + " them, the count it was computed from (pembilang / penyebut × 100). pembilang and penyebut come together:"
          + " neither or both (null counting as left out).",
      v -> AngkaNarasi.builder().tempat(v.get(TEMPAT_NARASI)).indikator(v.get(INDIKATOR_NARASI))
          .tahun(v.get(TAHUN_NARASI)).besaran(v.get(BESARAN_NARASI)).nilai(v.get(NILAI))
          .pembilang(v.optional(PEMBILANG)).penyebut(v.optional(PENYEBUT)).build(),
      TEMPAT_NARASI, INDIKATOR_NARASI, TAHUN_NARASI, BESARAN_NARASI, NILAI, PEMBILANG, PENYEBUT)
      .check((v, problems) -> {
        if (v.given(PEMBILANG) != v.given(PENYEBUT)) {
          Member<?, ?> missing = v.given(PEMBILANG) ? PENYEBUT : PEMBILANG;
          problems.problem(missing, null, Teks.of("pembilang dan penyebut datang bersama: berikan keduanya atau tidak"
              + " sama sekali", "pembilang and penyebut come together: give both or neither"));
        }
      })
      .schemaExtra("if", of("properties", of("pembilang", of("type", "null"), "penyebut", of("type", "null"))),
          "else", of("dependentRequired", of("pembilang", List.of("penyebut"), "penyebut", List.of("pembilang")),
              "properties", of("pembilang", of("not", of("type", "null")), "penyebut", of("not", of("type", "null")))));

  // ------------------------------------------------------------------ Tercetak

  static final Member<Tercetak, List<BarisCapaian>> CAPAIAN_LIST = list("capaian", BARIS_CAPAIAN,
      Tercetak::capaian, "Rows of target, realisasi and capaian per indicator and year (baris capaian): tables 1.1 and"
          + " 3.2, the previous-year table of Bab I, the Pengukuran Kinerja and Realisasi IKU annexes.");
  static final Member<Tercetak, List<BarisKemajuan>> KEMAJUAN_LIST = list("kemajuan", BARIS_KEMAJUAN,
      Tercetak::kemajuan, "Rows of progress towards the Renstra's final target (baris kemajuan, table 1.3).");
  static final Member<Tercetak, List<BarisAnggaranSasaran>> ANGGARAN_LIST = list("anggaranSasaran",
      BARIS_ANGGARAN, Tercetak::anggaranSasaran, "Rows of budget per target indicator (baris anggaran sasaran): tables"
          + " 3.1, 3.2 (budget part) and 3.3.");
  static final Member<Tercetak, Map<KodeNomenklatur, AngkaTercetak>> SERAPAN_TABEL_B = defaulted(
      "serapanTabelB", PerencanaanShapes.kodeMap(ANGKA), (Tercetak t) -> new TreeMap<>(t.serapanTabelB()), Map.of(),
      "The absorption percentage (serapan, persentase realisasi) printed on each row of the budget realisation table,"
          + " keyed by the row's nomenclature code (kode nomenklatur); two keys may not read as the same code (the"
          + " reader checks).");
  static final Member<Tercetak, AngkaTercetak> SERAPAN_JUMLAH = optional("serapanJumlahTabelB", ANGKA,
      Tercetak::serapanJumlahTabelB, "The absorption percentage printed on the total row of the budget realisation"
          + " table (serapan jumlah).");
  static final Member<Tercetak, List<AngkaNarasi>> NARASI_LIST = list("narasi", NARASI, Tercetak::narasi,
      "Figures stated in the narrative (angka narasi).");

  static final ObjectShape<Tercetak> TERCETAK = ObjectShape.of(Tercetak.class, "Tercetak",
      "The figures the report prints (angka tercetak), each kept exactly as printed: the Bab III tables, the"
          + " percentages of the budget realisation table, and figures stated in the narrative. The audit recomputes"
          + " each one from the inputs and reports every disagreement.",
      v -> Tercetak.builder().addAllCapaian(v.get(CAPAIAN_LIST)).addAllKemajuan(v.get(KEMAJUAN_LIST))
          .addAllAnggaranSasaran(v.get(ANGGARAN_LIST)).putAllSerapanTabelB(v.get(SERAPAN_TABEL_B))
          .serapanJumlahTabelB(v.optional(SERAPAN_JUMLAH)).addAllNarasi(v.get(NARASI_LIST)).build(),
      CAPAIAN_LIST, KEMAJUAN_LIST, ANGGARAN_LIST, SERAPAN_TABEL_B, SERAPAN_JUMLAH, NARASI_LIST);

  /** The bindings of this package. */
  static final List<Binding<?>> BINDINGS = List.of(
      Binding.of(BarisCapaian.class, BARIS_CAPAIAN),
      Binding.of(BarisKemajuan.class, BARIS_KEMAJUAN),
      Binding.of(BarisAnggaranSasaran.class, BARIS_ANGGARAN),
      Binding.of(AngkaNarasi.class, NARASI),
      Binding.of(Tercetak.class, TERCETAK));
}
