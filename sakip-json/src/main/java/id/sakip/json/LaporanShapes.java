package id.sakip.json;

import static id.sakip.json.Member.defaulted;
import static id.sakip.json.Member.list;
import static id.sakip.json.Member.optional;
import static id.sakip.json.Member.required;

import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Notasi;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.DeretPeriode;
import id.sakip.kinerja.Target;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.laporan.RealisasiIku;
import id.sakip.laporan.TabelRealisasiAnggaran;
import id.sakip.laporan.Tercetak;
import id.sakip.organisasi.UnitOrganisasi;
import id.sakip.perencanaan.PerjanjianKinerja;
import id.sakip.perencanaan.Renstra;
import id.sakip.perencanaan.Rkt;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The shapes of {@code id.sakip.laporan}, including the LKj document ({@code sakip-lkj/1} and {@code /2}). */
final class LaporanShapes {

  /** The format marker the writer writes: that of {@link FormatVersion#CURRENT}. */
  static final String FORMAT = FormatVersion.CURRENT.marker();

  private LaporanShapes() {}

  // ------------------------------------------------------------------ RealisasiIku

  private static final Member<RealisasiIku, String> INDIKATOR = required("indikator", Shapes.NAME,
      RealisasiIku::indikator, "Name of the indicator as in the PK (indikator); not blank.");
  static final Member<RealisasiIku, SortedMap<Integer, BigDecimal>> REALISASI = defaulted("realisasi",
      Shapes.yearMap(Shapes.ANGKA), (RealisasiIku r) -> new TreeMap<>(r.realisasi()), new TreeMap<>(),
      "Realisation per year (realisasi), keyed by year.");
  static final Member<RealisasiIku, SortedMap<Integer, Target>> TARGET = defaulted("target",
      Shapes.yearMap(KinerjaShapes.TARGET), (RealisasiIku r) -> new TreeMap<>(r.target()), new TreeMap<>(),
      "Target per year (target), keyed by year.").omitEmpty();
  static final Member<RealisasiIku, DeretPeriode> PERIODE = optional("periode", KinerjaShapes.DERET_PERIODE,
      RealisasiIku::periode, "Realisation per period of the report year (deret periode).");

  static final ObjectShape<RealisasiIku> REALISASI_IKU = ObjectShape.of(RealisasiIku.class, "RealisasiIku",
      "Realisation of one key performance indicator (realisasi IKU) over the years.",
      v -> RealisasiIku.builder().indikator(v.get(INDIKATOR)).putAllRealisasi(v.get(REALISASI))
          .putAllTarget(v.get(TARGET)).periode(v.optional(PERIODE)).build(),
      INDIKATOR, REALISASI, TARGET, PERIODE);

  // ------------------------------------------------------------------ TabelRealisasiAnggaran

  private static final Member<TabelRealisasiAnggaran, VersiAnggaran> VERSI = required("versi", AnggaranShapes.VERSI,
      TabelRealisasiAnggaran::versi, "Budget version the table reports (versi anggaran).");
  static final Member<TabelRealisasiAnggaran, PohonAnggaran> ANGGARAN = required("anggaran",
      AnggaranShapes.POHON, TabelRealisasiAnggaran::anggaran, "The table's rows as a budget tree (pohon anggaran).");
  static final Member<TabelRealisasiAnggaran, Rupiah> JUMLAH_PAGU = optional("jumlahPagu", Shapes.RUPIAH,
      TabelRealisasiAnggaran::jumlahPagu, "Total pagu as printed (jumlah pagu).");
  static final Member<TabelRealisasiAnggaran, Rupiah> JUMLAH_REALISASI = optional("jumlahRealisasi",
      Shapes.RUPIAH, TabelRealisasiAnggaran::jumlahRealisasi, "Total realisasi as printed (jumlah realisasi).");

  static final ObjectShape<TabelRealisasiAnggaran> TABEL = ObjectShape.of(TabelRealisasiAnggaran.class,
      "TabelRealisasiAnggaran", "The budget realisation table (tabel realisasi anggaran) of the report.",
      v -> TabelRealisasiAnggaran.builder().versi(v.get(VERSI)).anggaran(v.get(ANGGARAN))
          .jumlahPagu(v.optional(JUMLAH_PAGU)).jumlahRealisasi(v.optional(JUMLAH_REALISASI)).build(),
      VERSI, ANGGARAN, JUMLAH_PAGU, JUMLAH_REALISASI);

  // ------------------------------------------------------------------ LaporanKinerja

  private static final Shape<Notasi> NOTASI = Shapes.enumOf(Notasi.class, "Notasi", "Number notation (notasi) of"
      + " numbers written as strings: INDONESIA ('.' groups thousands, ',' is the decimal mark) or INGGRIS (','"
      + " groups thousands, '.' is the decimal mark).", Notasi.INDONESIA, Notasi.INGGRIS);

  /** The notation a document declares: it applies to the numbers written as strings in the whole document. */
  private static final Shape<Notasi> NOTASI_DOKUMEN = Shapes.scalar((in, path, ctx) -> {
    Notasi n = NOTASI.read(in, path, ctx);
    if (n != null) {
      ctx.declareNotasi(n);
    }
    return n;
  }, (v, out, w) -> {
    w.notasi(v);
    NOTASI.write(v, out, w);
  }, NOTASI::schema, NOTASI.docType());

  /**
   * The format marker: any known version is read, and declared to the read so that members of a
   * later version are refused; the writer writes the current one; a schema holds its own version's.
   */
  private static final Shape<String> FORMAT_DOKUMEN = Shapes.scalar((in, path, ctx) -> {
    String s = Shapes.text(in, path, ctx);
    if (s == null) {
      return null;
    }
    Optional<FormatVersion> version = FormatVersion.of(s);
    if (version.isEmpty()) {
      ctx.problem(path, "\"" + s + "\"", Teks.of("harus " + FormatVersion.markers("atau")
          + "; pembaca ini tidak mengenal versi lain", "must be " + FormatVersion.markers("or")
          + "; this reader knows no other version"));
      return null;
    }
    ctx.declareFormat(version.get());
    return s;
  }, (v, out, w) -> out.string(FORMAT), s -> Schemas.of("const", s.version().marker()),
      java.util.Arrays.stream(FormatVersion.values()).map(v -> "`\"" + v.marker() + "\"`")
          .collect(java.util.stream.Collectors.joining(" \\| ")));

  private static final Member<LaporanKinerja, String> FORMAT_MEMBER = required("format", FORMAT_DOKUMEN,
      l -> FORMAT, "Format marker (penanda format): the version of the format the document is written in, \""
          + FormatVersion.V1.marker() + "\" or \"" + FormatVersion.V2.marker() + "\"; a member added in a later version"
          + " is refused in a document that declares an earlier one. The writer writes \"" + FORMAT + "\".");
  private static final Member<LaporanKinerja, Notasi> NOTASI_MEMBER = optional("notasi", NOTASI_DOKUMEN,
      l -> englishFigures(l) ? Optional.of(Notasi.INGGRIS) : Optional.empty(), "Number notation (notasi) in which"
          + " every number written as a string in this document is read, wherever it stands in the document:"
          + " INDONESIA (\"2.910.568.737,00\") or INGGRIS (\"2,910,568,737.00\"). When left out the reader's own"
          + " setting applies (Indonesian for SakipJson.standar()). Written as INGGRIS, right after format, only when"
          + " every printed figure with a separator was read in English notation, so that its text reads back the"
          + " same.");
  private static final Member<LaporanKinerja, String> INSTANSI = required("instansi", Shapes.NAME,
      LaporanKinerja::instansi, "Reporting unit (instansi), e.g. \"Kecamatan Kromengan, Kabupaten Malang\"; not blank.");
  private static final Member<LaporanKinerja, Integer> TAHUN = required("tahun", Shapes.YEAR, LaporanKinerja::tahun,
      "Report year (tahun laporan), 1945 to 2200. The perjanjianKinerja and rkt, when present, must be of this year"
          + " (the reader checks).");
  private static final Member<UnitOrganisasi, String> KODE_UNIT = required("kode", Shapes.NAME, UnitOrganisasi::kode,
      "Code of the unit (kode unit organisasi), one word without whitespace, e.g. \"7.01.0.00.0.00.21.0000\".");
  private static final Member<UnitOrganisasi, String> NAMA_UNIT = required("nama", Shapes.NAME, UnitOrganisasi::nama,
      "Name of the unit (nama unit organisasi); not blank.");

  static final ObjectShape<UnitOrganisasi> UNIT_ORGANISASI = ObjectShape.of(UnitOrganisasi.class, "UnitOrganisasi",
      "A perangkat daerah (unit organisasi) of a pemerintah daerah: its code and name; units are told apart by code.",
      v -> new UnitOrganisasi(v.get(KODE_UNIT), v.get(NAMA_UNIT)), KODE_UNIT, NAMA_UNIT);

  static final Member<LaporanKinerja, UnitOrganisasi> UNIT_ORGANISASI_LAPORAN = optional("unitOrganisasi",
      UNIT_ORGANISASI, LaporanKinerja::unitOrganisasi, "The perangkat daerah (unit organisasi) the report is of, when"
          + " the document names it: a kabupaten's reports are told apart by its code.").since(FormatVersion.V2);
  static final Member<LaporanKinerja, Renstra> RENSTRA = optional("renstra", PerencanaanShapes.RENSTRA,
      LaporanKinerja::renstra, "Strategic plan (Renstra, Rencana Strategis) the report measures against.");
  static final Member<LaporanKinerja, PerjanjianKinerja> PK = optional("perjanjianKinerja",
      PerencanaanShapes.PERJANJIAN_KINERJA, LaporanKinerja::perjanjianKinerja,
      "Performance agreement (PK, Perjanjian Kinerja) of the report year.");
  static final Member<LaporanKinerja, Rkt> RKT = optional("rkt", PerencanaanShapes.RKT, LaporanKinerja::rkt,
      "Annual work plan (RKT, Rencana Kinerja Tahunan) of the report year.");
  static final Member<LaporanKinerja, List<RealisasiIku>> REALISASI_IKU_LIST = list("realisasiIku",
      REALISASI_IKU, LaporanKinerja::realisasiIku,
      "Realisation of each key performance indicator (realisasi IKU, Indikator Kinerja Utama).");
  static final Member<LaporanKinerja, TabelRealisasiAnggaran> REALISASI_ANGGARAN = optional(
      "realisasiAnggaran", TABEL, LaporanKinerja::realisasiAnggaran,
      "Budget realisation table (tabel realisasi anggaran).");
  static final Member<LaporanKinerja, Tercetak> TERCETAK = optional("tercetak", TercetakShapes.TERCETAK,
      LaporanKinerja::tercetak,
      "The figures the report prints (angka tercetak), kept as printed text, for the audit to recompute.");

  /**
   * The whole document. The optional {@code notasi} member ({@code "INDONESIA"} or {@code
   * "INGGRIS"}) declares how numbers written as strings are read; it applies to the whole document.
   */
  static final ObjectShape<LaporanKinerja> LAPORAN = ObjectShape.of(LaporanKinerja.class, "LaporanKinerja",
      "The whole LKj (Laporan Kinerja, performance report) of one reporting unit for one year.",
      v -> LaporanKinerja.builder().instansi(v.get(INSTANSI)).tahun(v.get(TAHUN))
          .unitOrganisasi(v.optional(UNIT_ORGANISASI_LAPORAN)).renstra(v.optional(RENSTRA))
          .perjanjianKinerja(v.optional(PK)).rkt(v.optional(RKT)).addAllRealisasiIku(v.get(REALISASI_IKU_LIST))
          .realisasiAnggaran(v.optional(REALISASI_ANGGARAN)).tercetak(v.optional(TERCETAK)).build(),
      FORMAT_MEMBER, NOTASI_MEMBER, INSTANSI, TAHUN, UNIT_ORGANISASI_LAPORAN, RENSTRA, PK, RKT, REALISASI_IKU_LIST, REALISASI_ANGGARAN, TERCETAK)
      .check((v, problems) -> {
        Integer tahun = v.get(TAHUN);
        if (tahun == null) {
          return;
        }
        v.optional(PK).filter(pk -> pk.tahun() != tahun).ifPresent(pk -> problems.problem(PK, "tahun", pk.tahun(),
            Teks.of("tahun PK " + pk.tahun() + " berbeda dari tahun laporan " + tahun + "; PK harus milik tahun laporan",
                "the PK's tahun " + pk.tahun() + " differs from the report year " + tahun + "; the PK must be the"
                    + " report year's")));
        v.optional(RKT).filter(r -> r.tahun() != tahun).ifPresent(r -> problems.problem(RKT, "tahun", r.tahun(),
            Teks.of("tahun RKT " + r.tahun() + " berbeda dari tahun laporan " + tahun + "; RKT harus milik tahun laporan",
                "the RKT's tahun " + r.tahun() + " differs from the report year " + tahun + "; the RKT must be the"
                    + " report year's")));
      });

  /**
   * True when every printed figure with a separator was read in English notation, so the written
   * document must declare it for its text to read back the same. (A document mixing notations
   * cannot declare both; its figures keep their text and are read in Indonesian notation.)
   */
  private static boolean englishFigures(LaporanKinerja v) {
    List<AngkaTercetak> figures = v.tercetak().map(Tercetak::semuaAngka).orElse(List.of());
    List<AngkaTercetak> separated = figures.stream()
        .filter(f -> f.teks().indexOf('.') >= 0 || f.teks().indexOf(',') >= 0).toList();
    return !separated.isEmpty() && separated.stream().allMatch(f -> f.notasi() == Notasi.INGGRIS);
  }

  /** The bindings of this package. */
  static final List<Binding<?>> BINDINGS = List.of(
      Binding.of(RealisasiIku.class, REALISASI_IKU),
      Binding.of(TabelRealisasiAnggaran.class, TABEL),
      Binding.of(UnitOrganisasi.class, UNIT_ORGANISASI),
      Binding.of(LaporanKinerja.class, LAPORAN));
}
