package id.sakip.json;

import static id.sakip.json.Member.defaulted;
import static id.sakip.json.Member.list;
import static id.sakip.json.Member.optional;
import static id.sakip.json.Member.required;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.Target;
import id.sakip.perencanaan.AnggaranPk;
import id.sakip.perencanaan.IndikatorRenstra;
import id.sakip.perencanaan.KeluaranRkt;
import id.sakip.perencanaan.KondisiAwal;
import id.sakip.perencanaan.PaguIndikatif;
import id.sakip.perencanaan.PerjanjianKinerja;
import id.sakip.perencanaan.ProgramPk;
import id.sakip.perencanaan.Renstra;
import id.sakip.perencanaan.Rkt;
import id.sakip.perencanaan.SasaranRenstra;
import id.sakip.perencanaan.SasaranRkt;
import id.sakip.perencanaan.TargetKinerja;
import id.sakip.perencanaan.Tujuan;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The shapes of {@code id.sakip.perencanaan}. */
final class PerencanaanShapes {

  private PerencanaanShapes() {}

  // ------------------------------------------------------------------ Renstra

  static final Member<IndikatorRenstra, Indikator> INDIKATOR_RENSTRA = required("indikator",
      KinerjaShapes.INDIKATOR, IndikatorRenstra::indikator, "The indicator (indikator).");
  static final Member<IndikatorRenstra, SortedMap<Integer, Target>> TARGET_TAHUNAN = defaulted("targetTahunan",
      Shapes.yearMap(KinerjaShapes.TARGET), (IndikatorRenstra i) -> new TreeMap<>(i.targetTahunan()), new TreeMap<>(),
      "Target per year (target tahunan), keyed by year; each year within the plan period (the reader checks).")
      .omitEmpty();
  static final Member<IndikatorRenstra, Target> TARGET_AKHIR = required("targetAkhir", KinerjaShapes.TARGET,
      IndikatorRenstra::targetAkhir, "Target at the end of the plan period (target akhir periode).");

  private static final Member<KondisiAwal, Integer> TAHUN_KONDISI_AWAL = required("tahun", Shapes.YEAR,
      KondisiAwal::tahun, "Year of the baseline (tahun kondisi awal): the year before the plan period or its first"
          + " year, before every yearly target (the reader checks).");
  private static final Member<KondisiAwal, BigDecimal> NILAI_KONDISI_AWAL = required("nilai", Shapes.ANGKA,
      KondisiAwal::nilai, "Value of the indicator in that year (nilai kondisi awal).");

  static final ObjectShape<KondisiAwal> KONDISI_AWAL = ObjectShape.of(KondisiAwal.class, "KondisiAwal",
      "The baseline (kondisi awal) of a Renstra indicator: its value in the year the plan starts from.",
      v -> new KondisiAwal(v.get(TAHUN_KONDISI_AWAL), v.get(NILAI_KONDISI_AWAL)),
      TAHUN_KONDISI_AWAL, NILAI_KONDISI_AWAL);

  static final Member<IndikatorRenstra, KondisiAwal> KONDISI_AWAL_INDIKATOR = optional("kondisiAwal", KONDISI_AWAL,
      IndikatorRenstra::kondisiAwal, "Baseline (kondisi awal) of the indicator, as the Renstra matrix prints it.")
      .since(FormatVersion.V2);

  static final ObjectShape<IndikatorRenstra> INDIKATOR_RENSTRA_SHAPE = ObjectShape.of(IndikatorRenstra.class,
      "IndikatorRenstra", "An indicator of a Renstra target, with its yearly and final targets (indikator Renstra).",
      v -> IndikatorRenstra.builder().indikator(v.get(INDIKATOR_RENSTRA)).putAllTargetTahunan(v.get(TARGET_TAHUNAN))
          .targetAkhir(v.get(TARGET_AKHIR)).kondisiAwal(v.optional(KONDISI_AWAL_INDIKATOR)).build(),
      INDIKATOR_RENSTRA, TARGET_TAHUNAN, TARGET_AKHIR, KONDISI_AWAL_INDIKATOR);

  private static final Member<SasaranRenstra, String> NAMA_SASARAN = required("nama", Shapes.NAME,
      SasaranRenstra::nama, "Statement of the target (nama sasaran); not blank.");
  static final Member<SasaranRenstra, List<IndikatorRenstra>> INDIKATOR_SASARAN = list("indikator",
      INDIKATOR_RENSTRA_SHAPE, SasaranRenstra::indikator,
      "Indicators of the target with their targets (indikator sasaran).");

  static final ObjectShape<SasaranRenstra> SASARAN_RENSTRA = ObjectShape.of(SasaranRenstra.class, "SasaranRenstra",
      "A strategic target (sasaran strategis) of a Renstra goal.",
      v -> SasaranRenstra.builder().nama(v.get(NAMA_SASARAN)).addAllIndikator(v.get(INDIKATOR_SASARAN)).build(),
      NAMA_SASARAN, INDIKATOR_SASARAN);

  private static final Member<Tujuan, String> NAMA_TUJUAN = required("nama", Shapes.NAME, Tujuan::nama,
      "Statement of the goal (nama tujuan); not blank.");
  static final Member<Tujuan, List<SasaranRenstra>> SASARAN_TUJUAN = list("sasaran", SASARAN_RENSTRA,
      Tujuan::sasaran, "Targets of the goal (sasaran).");

  static final ObjectShape<Tujuan> TUJUAN = ObjectShape.of(Tujuan.class, "Tujuan", "A goal (tujuan) of the Renstra.",
      v -> Tujuan.builder().nama(v.get(NAMA_TUJUAN)).addAllSasaran(v.get(SASARAN_TUJUAN)).build(),
      NAMA_TUJUAN, SASARAN_TUJUAN);

  private static final Member<Renstra, Integer> TAHUN_AWAL = required("tahunAwal", Shapes.YEAR, Renstra::tahunAwal,
      "First year of the plan period (tahun awal).");
  private static final Member<Renstra, Integer> TAHUN_AKHIR = required("tahunAkhir", Shapes.YEAR, Renstra::tahunAkhir,
      "Last year of the plan period (tahun akhir); after tahunAwal (the reader checks).");
  static final Member<Renstra, List<Tujuan>> TUJUAN_RENSTRA = list("tujuan", TUJUAN, Renstra::tujuan,
      "Goals (tujuan).");

  static final Member<PaguIndikatif, KodeNomenklatur> KODE_PAGU = required("kode", AnggaranShapes.KODE,
      PaguIndikatif::kode, "Nomenclature code of the program or kegiatan (kode nomenklatur); one entry per code.");
  private static final Member<PaguIndikatif, String> NAMA_PAGU = optional("nama", Shapes.NAME, PaguIndikatif::nama,
      "Name of the program or kegiatan as printed (nama); not blank.");
  static final Member<PaguIndikatif, SortedMap<Integer, Rupiah>> PAGU_TAHUNAN = defaulted("paguTahunan",
      Shapes.yearMap(Shapes.RUPIAH), (PaguIndikatif p) -> new TreeMap<>(p.paguTahunan()), new TreeMap<>(),
      "Indicative budget per year (pagu indikatif tahunan), keyed by year; each year within the plan period (the"
          + " reader checks).");
  static final Member<PaguIndikatif, Rupiah> JUMLAH_PAGU_TERCETAK = optional("jumlahTercetak", Shapes.RUPIAH,
      PaguIndikatif::jumlahTercetak, "Total for the period as printed (jumlah tercetak); the audit compares it with"
          + " the sum of the years.");

  static final ObjectShape<PaguIndikatif> PAGU_INDIKATIF = ObjectShape.of(PaguIndikatif.class, "PaguIndikatif",
      "The indicative budget (pagu indikatif) of one program or kegiatan over the Renstra period.",
      v -> PaguIndikatif.builder().kode(v.get(KODE_PAGU)).nama(v.optional(NAMA_PAGU))
          .putAllPaguTahunan(v.get(PAGU_TAHUNAN)).jumlahTercetak(v.optional(JUMLAH_PAGU_TERCETAK)).build(),
      KODE_PAGU, NAMA_PAGU, PAGU_TAHUNAN, JUMLAH_PAGU_TERCETAK);

  static final Member<Renstra, List<PaguIndikatif>> PAGU_INDIKATIF_RENSTRA = list("paguIndikatif", PAGU_INDIKATIF,
      (Renstra r) -> r.paguIndikatif(), "Indicative budget (pagu indikatif) of each program and kegiatan per year, as the Renstra"
          + " matrix prints it; one entry per code.").omitEmpty().since(FormatVersion.V2);

  static final ObjectShape<Renstra> RENSTRA = ObjectShape.of(Renstra.class, "Renstra",
      "Strategic plan (Renstra, Rencana Strategis) over a period of years: goals, their targets and indicators.",
      v -> Renstra.builder().tahunAwal(v.get(TAHUN_AWAL)).tahunAkhir(v.get(TAHUN_AKHIR))
          .addAllTujuan(v.get(TUJUAN_RENSTRA)).addAllPaguIndikatif(v.get(PAGU_INDIKATIF_RENSTRA)).build(),
      TAHUN_AWAL, TAHUN_AKHIR, TUJUAN_RENSTRA, PAGU_INDIKATIF_RENSTRA)
      .check((v, problems) -> {
        Integer awal = v.get(TAHUN_AWAL);
        Integer akhir = v.get(TAHUN_AKHIR);
        if (awal != null && akhir != null && akhir <= awal) {
          problems.problem(TAHUN_AKHIR, akhir, Teks.of("tahunAkhir " + akhir + " harus sesudah tahunAwal " + awal,
              "tahunAkhir " + akhir + " must be after tahunAwal " + awal));
        }
      });

  // ------------------------------------------------------------------ Perjanjian Kinerja

  private static final Member<TargetKinerja, String> SASARAN_TARGET = required("sasaran", Shapes.NAME,
      TargetKinerja::sasaran, "Statement of the target (sasaran); not blank.");
  static final Member<TargetKinerja, Indikator> INDIKATOR_TARGET = required("indikator",
      KinerjaShapes.INDIKATOR, TargetKinerja::indikator, "The indicator (indikator).");
  static final Member<TargetKinerja, Target> TARGET_TARGET = required("target", KinerjaShapes.TARGET,
      TargetKinerja::target, "The target value (target).");

  static final ObjectShape<TargetKinerja> TARGET_KINERJA = ObjectShape.of(TargetKinerja.class, "TargetKinerja",
      "One agreed target (target kinerja): a target, its indicator and the target value.",
      v -> TargetKinerja.builder().sasaran(v.get(SASARAN_TARGET)).indikator(v.get(INDIKATOR_TARGET))
          .target(v.get(TARGET_TARGET)).build(),
      SASARAN_TARGET, INDIKATOR_TARGET, TARGET_TARGET);

  static final Member<ProgramPk, KodeNomenklatur> KODE_PROGRAM = optional("kode", AnggaranShapes.KODE,
      ProgramPk::kode, "Nomenclature code of the program (kode nomenklatur).");
  private static final Member<ProgramPk, String> NAMA_PROGRAM = required("nama", Shapes.NAME, ProgramPk::nama,
      "Name of the program (nama program); not blank.");
  static final Member<ProgramPk, Rupiah> PAGU_PROGRAM = required("pagu", Shapes.RUPIAH, ProgramPk::pagu,
      "Budget ceiling (pagu).");

  static final ObjectShape<ProgramPk> PROGRAM_PK = ObjectShape.of(ProgramPk.class, "ProgramPk",
      "A program line of a PK budget (program PK).",
      v -> new ProgramPk(v.get(NAMA_PROGRAM), v.get(PAGU_PROGRAM), v.optional(KODE_PROGRAM)),
      KODE_PROGRAM, NAMA_PROGRAM, PAGU_PROGRAM);

  private static final Member<AnggaranPk, VersiAnggaran> VERSI_PK = required("versi", AnggaranShapes.VERSI,
      AnggaranPk::versi, "Budget version (versi anggaran).");
  static final Member<AnggaranPk, List<ProgramPk>> PROGRAM = list("program", PROGRAM_PK, AnggaranPk::program,
      "Program lines (program).");
  static final Member<AnggaranPk, Rupiah> JUMLAH_TERCETAK = optional("jumlahTercetak", Shapes.RUPIAH,
      AnggaranPk::jumlahTercetak, "Total as printed (jumlah tercetak), checked against the sum of the lines by the"
          + " audit, not by the reader.");

  static final ObjectShape<AnggaranPk> ANGGARAN_PK = ObjectShape.of(AnggaranPk.class, "AnggaranPk",
      "The budget of a PK in one version (anggaran PK): program lines and the printed total.",
      v -> AnggaranPk.builder().versi(v.get(VERSI_PK)).addAllProgram(v.get(PROGRAM))
          .jumlahTercetak(v.optional(JUMLAH_TERCETAK)).build(),
      VERSI_PK, PROGRAM, JUMLAH_TERCETAK);

  private static final Member<PerjanjianKinerja, Integer> TAHUN_PK = required("tahun", Shapes.YEAR,
      PerjanjianKinerja::tahun, "Year of the agreement (tahun); the report year.");
  static final Member<PerjanjianKinerja, List<TargetKinerja>> TARGET_PK = list("target", TARGET_KINERJA,
      PerjanjianKinerja::target, "Agreed targets (target kinerja).");
  static final Member<PerjanjianKinerja, List<AnggaranPk>> ANGGARAN = defaulted("anggaran",
      Shapes.schemaExtra(Shapes.list(ANGGARAN_PK), "allOf", java.util.Arrays.stream(VersiAnggaran.values())
          .map(v -> Schemas.of("contains", Schemas.of("type", "object", "properties",
              Schemas.of("versi", Schemas.of("const", v.name())), "required", List.of("versi")),
              "minContains", 0, "maxContains", 1)).toList()),
      PerjanjianKinerja::anggaran, List.of(), "Budget per version (anggaran): each budget version at most once.");

  static final ObjectShape<PerjanjianKinerja> PERJANJIAN_KINERJA = ObjectShape.of(PerjanjianKinerja.class,
      "PerjanjianKinerja", "Performance agreement (PK, Perjanjian Kinerja) of one year: targets and the budget behind"
          + " them.",
      v -> PerjanjianKinerja.builder().tahun(v.get(TAHUN_PK)).addAllTarget(v.get(TARGET_PK))
          .addAllAnggaran(v.get(ANGGARAN)).build(),
      TAHUN_PK, TARGET_PK, ANGGARAN);

  // ------------------------------------------------------------------ RKT

  private static final Member<KeluaranRkt, String> INDIKATOR_KELUARAN = optional("indikator", Shapes.NAME,
      KeluaranRkt::indikator, "Output indicator (indikator keluaran), when the RKT prints one; not blank.");
  private static final Member<KeluaranRkt, BigDecimal> TARGET_KELUARAN = required("target", Shapes.ANGKA,
      KeluaranRkt::target, "Target value (target).");
  private static final Member<KeluaranRkt, Satuan> SATUAN_KELUARAN = required("satuan", KinerjaShapes.SATUAN,
      KeluaranRkt::satuan, "Unit of the target (satuan).");

  static final ObjectShape<KeluaranRkt> KELUARAN_RKT = ObjectShape.of(KeluaranRkt.class, "KeluaranRkt",
      "An output of a budget node (keluaran): its indicator and target with unit.",
      v -> new KeluaranRkt(v.optional(INDIKATOR_KELUARAN), v.get(TARGET_KELUARAN), v.get(SATUAN_KELUARAN)),
      INDIKATOR_KELUARAN, TARGET_KELUARAN, SATUAN_KELUARAN);

  static final Member<SasaranRkt, TargetKinerja> TARGET_RKT = required("target", TARGET_KINERJA,
      SasaranRkt::target, "The target (target kinerja).");
  static final Member<SasaranRkt, List<KodeNomenklatur>> PENDUKUNG = list("pendukung", AnggaranShapes.KODE,
      SasaranRkt::pendukung, "Codes of the supporting budget nodes (pendukung); each must be a node of the RKT's"
          + " anggaran tree (the reader checks).");

  static final ObjectShape<SasaranRkt> SASARAN_RKT = ObjectShape.of(SasaranRkt.class, "SasaranRkt",
      "A target of the RKT (sasaran RKT) and the budget nodes that support it.",
      v -> SasaranRkt.builder().target(v.get(TARGET_RKT)).addAllPendukung(v.get(PENDUKUNG)).build(),
      TARGET_RKT, PENDUKUNG);

  /** An object keyed by nomenclature codes; two keys that read as the same code are a problem. */
  static <V> Shape<Map<KodeNomenklatur, V>> kodeMap(Shape<V> value) {
    return Shapes.keyed((k, path, ctx) -> AnggaranShapes.kode(k, path, k, ctx), KodeNomenklatur::toString, LinkedHashMap::new, true, value, AnggaranShapes.KODE::schema,
        Teks.of("kode", "code"));
  }

  private static final Member<Rkt, Integer> TAHUN_RKT = required("tahun", Shapes.YEAR, Rkt::tahun,
      "Year of the plan (tahun); the report year.");
  static final Member<Rkt, List<SasaranRkt>> SASARAN_RKT_LIST = list("sasaran", SASARAN_RKT, Rkt::sasaran,
      "Targets with their supporting budget nodes (sasaran).");
  static final Member<Rkt, PohonAnggaran> ANGGARAN_RKT = required("anggaran", AnggaranShapes.POHON,
      Rkt::anggaran, "Budget tree (pohon anggaran) of the plan.");
  private static final Member<Rkt, Map<KodeNomenklatur, KeluaranRkt>> KELUARAN = defaulted("keluaran",
      kodeMap(KELUARAN_RKT), (Rkt r) -> new TreeMap<>(r.keluaran()), Map.of(), "Output per budget node (keluaran), keyed by"
          + " the node's nomenclature code; every key must be a node of the anggaran tree (the reader checks).");

  static final ObjectShape<Rkt> RKT = ObjectShape.of(Rkt.class, "Rkt",
      "Annual work plan (RKT, Rencana Kinerja Tahunan): targets, the budget tree and outputs.",
      v -> Rkt.builder().tahun(v.get(TAHUN_RKT)).addAllSasaran(v.get(SASARAN_RKT_LIST)).anggaran(v.get(ANGGARAN_RKT))
          .putAllKeluaran(v.get(KELUARAN)).build(),
      TAHUN_RKT, SASARAN_RKT_LIST, ANGGARAN_RKT, KELUARAN);

  /** The bindings of this package. */
  static final List<Binding<?>> BINDINGS = List.of(
      Binding.of(IndikatorRenstra.class, INDIKATOR_RENSTRA_SHAPE),
      Binding.of(KondisiAwal.class, KONDISI_AWAL),
      Binding.of(PaguIndikatif.class, PAGU_INDIKATIF),
      Binding.of(SasaranRenstra.class, SASARAN_RENSTRA),
      Binding.of(Tujuan.class, TUJUAN),
      Binding.of(Renstra.class, RENSTRA),
      Binding.of(TargetKinerja.class, TARGET_KINERJA),
      Binding.of(ProgramPk.class, PROGRAM_PK),
      Binding.of(AnggaranPk.class, ANGGARAN_PK),
      Binding.of(PerjanjianKinerja.class, PERJANJIAN_KINERJA),
      Binding.of(KeluaranRkt.class, KELUARAN_RKT),
      Binding.of(SasaranRkt.class, SASARAN_RKT),
      Binding.of(Rkt.class, RKT));
}
