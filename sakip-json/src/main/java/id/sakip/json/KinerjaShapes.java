package id.sakip.json;

import static id.sakip.json.Member.defaulted;
import static id.sakip.json.Member.optional;
import static id.sakip.json.Member.required;
import static id.sakip.json.Schemas.of;
import static id.sakip.json.Shapes.alternative;

import id.sakip.kinerja.Agregasi;
import id.sakip.kinerja.BatasCapaian;
import id.sakip.kinerja.DeretPeriode;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.JawabanDegenerasi;
import id.sakip.kinerja.JenisIndikator;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.KebijakanBatasKetat;
import id.sakip.kinerja.KebijakanDegenerasi;
import id.sakip.kinerja.Periodisasi;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.RumusCapaian;
import id.sakip.kinerja.RumusRentang;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.SifatIndikator;
import id.sakip.kinerja.SkalaPeringkat;
import id.sakip.kinerja.Target;
import id.sakip.kinerja.TargetParser;
import id.sakip.json.TokenSource.Token;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The shapes of {@code id.sakip.kinerja}. */
final class KinerjaShapes {

  private KinerjaShapes() {}

  /** Built-in predicate scales by stable name. */
  static final Map<String, SkalaPeringkat> SKALA_PERINGKAT = Map.of("OPINI_BPK", SkalaPeringkat.OPINI_BPK);

  static final Shape<Satuan> SATUAN = Shapes.mapped(Shapes.NAME, Satuan::of, Satuan::teks)
      .named("Satuan", "Unit of measure (satuan) as the report prints it: \"%\", \"Indeks\", \"orang\","
          + " \"KK/KTP/Mutasi\"; not blank, trimmed when read.");

  static final Shape<Polaritas> POLARITAS = Shapes.enumOf(Polaritas.class, "Polaritas", "Polarity (polaritas) of an"
      + " indicator: POSITIF (higher is better), NEGATIF (lower is better), RENTANG (staying within a range is best).");
  static final Shape<JenisIndikator> JENIS = Shapes.enumOf(JenisIndikator.class, "JenisIndikator",
      "Kind of indicator (jenis indikator): OUTPUT (keluaran), OUTCOME (hasil), IMPACT (dampak).");
  static final Shape<Agregasi> AGREGASI = Shapes.enumOf(Agregasi.class, "Agregasi",
      "How period values add up to a year (agregasi): SUM, LAST, MAX, AVERAGE.");
  static final Shape<SifatIndikator> SIFAT = Shapes.enumOf(SifatIndikator.class, "SifatIndikator", "Nature of an"
      + " indicator (sifat indikator): STOK (a level at a point in time) or KUMULATIF (accumulates over the year).");
  static final Shape<Periodisasi> PERIODISASI = Shapes.enumOf(Periodisasi.class, "Periodisasi", "Reporting periods"
      + " within a year (periodisasi): TRIWULAN (4 quarters), SEMESTER (2 halves), BULAN (12 months).");
  static final Shape<Target.Operator> OPERATOR = Shapes.enumOf(Target.Operator.class, "OperatorTarget", "Comparison of"
      + " an inequality target (operator pertidaksamaan): KURANG_DARI (<), PALING_BANYAK (≤), LEBIH_DARI (>),"
      + " PALING_SEDIKIT (≥).");

  // ------------------------------------------------------------------ Indikator

  private static final Member<Indikator, String> NAMA = required("nama", Shapes.NAME, Indikator::nama,
      "Name of the indicator (nama indikator) as printed; not blank.");
  private static final Member<Indikator, Satuan> SATUAN_INDIKATOR = required("satuan", SATUAN, Indikator::satuan,
      "Unit of measure (satuan): \"%\", \"Indeks\", \"KK/KTP/Mutasi\".");
  private static final Member<Indikator, Polaritas> POLARITAS_INDIKATOR = required("polaritas", POLARITAS,
      Indikator::polaritas, "Polarity (polaritas): whether higher, lower or within a range is better.");
  private static final Member<Indikator, JenisIndikator> JENIS_INDIKATOR = optional("jenis", JENIS, Indikator::jenis,
      "Kind of indicator (jenis indikator), when the report says; no default.");
  private static final Member<Indikator, Agregasi> AGREGASI_INDIKATOR = defaulted("agregasi", AGREGASI,
      Indikator::agregasi, Agregasi.LAST, "How the periods of one year combine (agregasi); LAST when left out. The"
          + " writer always writes it.");
  private static final Member<Indikator, SifatIndikator> SIFAT_INDIKATOR = defaulted("sifat", SIFAT, Indikator::sifat,
      SifatIndikator.STOK, "Whether realisasi is a level or a yearly increment (sifat indikator); STOK when left out."
          + " The writer always writes it.");

  static final ObjectShape<Indikator> INDIKATOR = ObjectShape.of(Indikator.class, "Indikator",
      "A performance indicator (indikator kinerja).",
      v -> {
        var b = Indikator.builder().nama(v.get(NAMA)).satuan(v.get(SATUAN_INDIKATOR)).polaritas(v.get(POLARITAS_INDIKATOR))
            .agregasi(v.get(AGREGASI_INDIKATOR)).sifat(v.get(SIFAT_INDIKATOR));
        v.optional(JENIS_INDIKATOR).ifPresent(b::jenis);
        return b.build();
      },
      NAMA, SATUAN_INDIKATOR, POLARITAS_INDIKATOR, JENIS_INDIKATOR, AGREGASI_INDIKATOR, SIFAT_INDIKATOR);

  // ------------------------------------------------------------------ SkalaPeringkat

  private static final Member<SkalaPeringkat, String> NAMA_SKALA = required("nama", Shapes.NAME, SkalaPeringkat::nama,
      "Name of the scale (nama skala); not blank.");
  private static final Member<SkalaPeringkat, List<String>> TINGKAT_SKALA = required("tingkat",
      Shapes.schemaExtra(Shapes.list(Shapes.NAME), "minItems", 2, "uniqueItems", true), SkalaPeringkat::tingkat,
      "Levels (tingkat), best first: at least two, distinct, none blank.");

  private static final ObjectShape<SkalaPeringkat> SKALA_SENDIRI = ObjectShape.of(SkalaPeringkat.class,
      "SkalaSendiri", "A scale of its own: its name and its levels, best first.",
      v -> new SkalaPeringkat(v.get(NAMA_SKALA), v.get(TINGKAT_SKALA)), NAMA_SKALA, TINGKAT_SKALA);

  private static final Teks SKALA_RULE = Teks.of("harus menyebut skala predikat bawaan " + SKALA_PERINGKAT.keySet()
      + " atau berupa objek {nama, tingkat}", "must name a built-in predicate scale " + SKALA_PERINGKAT.keySet()
      + " or be an object {nama, tingkat}");

  private static final Shape<SkalaPeringkat> SKALA_BAWAAN = Shapes.scalar((in, path, ctx) -> {
    String name = Shapes.text(in, path, ctx);
    SkalaPeringkat builtIn = name == null ? null : SKALA_PERINGKAT.get(name);
    if (name != null && builtIn == null) {
      ctx.problem(path, in, SKALA_RULE.plus(ctx.hint(name, SKALA_PERINGKAT.keySet())));
    }
    return builtIn;
  }, (v, out, w) -> out.string(SKALA_PERINGKAT.entrySet().stream().filter(e -> e.getValue().equals(v))
      .findFirst().orElseThrow().getKey()), s -> of("const", "OPINI_BPK"), "`\"OPINI_BPK\"`");

  static final Shape<SkalaPeringkat> SKALA = Shapes.oneOf(SKALA_RULE, "scale",
      alternative(SKALA_BAWAAN, SKALA_PERINGKAT::containsValue, Token.STRING),
      alternative(SKALA_SENDIRI, s -> true, Token.START_OBJECT))
      .named("SkalaPeringkat", "An ordered scale of predicates (skala peringkat): the name of a built-in scale"
          + " (\"OPINI_BPK\": WTP > WDP > TW > TMP) or an object with its levels, best first.");

  // ------------------------------------------------------------------ Target

  private static final Member<Target.Rentang, BigDecimal> BAWAH = required("bawah", Shapes.ANGKA,
      Target.Rentang::bawah, "Lower bound (batas bawah), inclusive.");
  private static final Member<Target.Rentang, BigDecimal> ATAS = required("atas", Shapes.ANGKA, Target.Rentang::atas,
      "Upper bound (batas atas), inclusive.");
  private static final ObjectShape<Target.Rentang> RENTANG = ObjectShape.of(Target.Rentang.class, "TargetRentang",
      "A range target (target rentang): staying within [bawah, atas], bounds included, is full achievement; bawah"
          + " must be below atas (the reader checks).",
      v -> (Target.Rentang) Target.rentang(v.get(BAWAH), v.get(ATAS)), BAWAH, ATAS);

  private static final Member<Target.Pertidaksamaan, Target.Operator> OPERATOR_TARGET = required("operator", OPERATOR,
      Target.Pertidaksamaan::operator, "The comparison (operator).");
  private static final Member<Target.Pertidaksamaan, BigDecimal> BATAS = required("batas", Shapes.ANGKA,
      Target.Pertidaksamaan::batas, "The bound (batas) compared against.");
  private static final ObjectShape<Target.Pertidaksamaan> PERTIDAKSAMAAN = ObjectShape.of(Target.Pertidaksamaan.class,
      "TargetPertidaksamaan", "An inequality target (target pertidaksamaan) such as \"kurang dari 20\"; the operator"
          + " implies the polarity.",
      v -> new Target.Pertidaksamaan(v.get(OPERATOR_TARGET), v.get(BATAS)), OPERATOR_TARGET, BATAS);

  private static final Member<Target.Predikat, SkalaPeringkat> SKALA_TARGET = required("skala", SKALA,
      Target.Predikat::skala, "The scale (skala peringkat).");
  private static final Member<Target.Predikat, String> TINGKAT_TARGET = required("tingkat", Shapes.NAME,
      Target.Predikat::tingkat, "The target level (tingkat); not blank.");
  private static final ObjectShape<Target.Predikat> PREDIKAT = ObjectShape.of(Target.Predikat.class, "TargetPredikat",
      "A predicate target (target predikat): a level on an ordered scale, such as WTP on OPINI_BPK. The level must be"
          + " one of the scale's (checked here for built-in scales, by the reader for all).",
      v -> (Target.Predikat) Target.predikat(v.get(SKALA_TARGET), v.get(TINGKAT_TARGET)), SKALA_TARGET, TINGKAT_TARGET)
      .schemaExtra("if", of("properties", of("skala", of("const", "OPINI_BPK")), "required", List.of("skala")),
          "then", of("properties", of("tingkat", of("enum", SkalaPeringkat.OPINI_BPK.tingkat()))));

  /** A target written as a string, as reports print it: read with {@link TargetParser}. */
  private static final Shape<Target> TARGET_TEKS = Shapes.scalar((in, path, ctx) -> {
    String s = Shapes.shortText(in, path, ctx); // a target string is short, as a number string is
    if (s == null) {
      return null;
    }
    try {
      Target t = TargetParser.parse(s, ctx.notasiForReading());
      return numbers(t).stream().allMatch(n -> Shapes.plain(n, in, path, ctx) != null) ? t : null; // written back as numbers
    } catch (IllegalArgumentException e) {
      ctx.problem(path, in, Teks.of("harus berupa target: ", "must be a target: ").plus(String.valueOf(e.getMessage())));
      return null;
    }
  }, (v, out, w) -> {
    throw new IllegalStateException("a target is never written as a string");
  }, s -> of("type", "string", "pattern", "[0-9]"), "text");

  private static final Shape<Target> TARGET_ANGKA = Shapes.scalar((in, path, ctx) -> {
    BigDecimal nilai = Shapes.number(in, path, ctx);
    return nilai == null ? null : Target.angka(nilai);
  }, (v, out, w) -> out.number(((Target.Angka) v).nilai().toPlainString()), s -> of("type", "number"), "number");

  /**
   * A target: a number (numeric target), a string as reports print it ({@code "kurang dari 20"},
   * {@code "80 - 90"}), or an object: {@code {bawah, atas}} (range), {@code {operator, batas}}
   * (inequality), {@code {skala, tingkat}} (predicate).
   */
  static final Shape<Target> TARGET = Shapes.oneOf(Teks.of("harus berupa target: angka, string seperti \"kurang dari"
      + " 20\", atau objek {bawah, atas}, {operator, batas} atau {skala, tingkat}", "must be a target: a number, a string"
      + " such as \"kurang dari 20\", or an object {bawah, atas}, {operator, batas} or {skala, tingkat}"), "target",
      alternative(TARGET_ANGKA, t -> t instanceof Target.Angka, Token.INTEGER, Token.DECIMAL),
      alternative(TARGET_TEKS, t -> false, Token.STRING),
      alternative(Shapes.union("target", RENTANG, PERTIDAKSAMAAN, PREDIKAT), t -> true, Token.START_OBJECT))
      .named("Target", "A target (target kinerja), in one of four forms: a JSON number (numeric target); a string as"
          + " reports print it, read in the document's notation (\"85\", \"90%\", \"80 - 90\", \"80 s.d. 90\","
          + " \"kurang dari 20\", \"≥ 90\", \"paling sedikit 75%\"); or an object: {bawah, atas} (range), {operator,"
          + " batas} (inequality), {skala, tingkat} (predicate).");

  private static List<BigDecimal> numbers(Target t) {
    if (t instanceof Target.Angka a) {
      return List.of(a.nilai());
    }
    if (t instanceof Target.Rentang r) {
      return List.of(r.bawah(), r.atas());
    }
    return t instanceof Target.Pertidaksamaan p ? List.of(p.batas()) : List.of();
  }

  // ------------------------------------------------------------------ DeretPeriode

  private static final Member<DeretPeriode, Periodisasi> PERIODISASI_DERET = required("periodisasi", PERIODISASI,
      DeretPeriode::periodisasi, "The periods (periodisasi).");
  private static final Member<DeretPeriode, SortedMap<Integer, BigDecimal>> NILAI_DERET = required("nilai",
      Shapes.periodMap(Shapes.ANGKA), KinerjaShapes::dilaporkan, "Value per reported period (nilai per periode), keyed"
          + " by period number from \"1\" (leading zeros are tolerated; a period given twice is refused). A period left"
          + " out was not reported.");

  /** A series per period: {@code {"periodisasi": "TRIWULAN", "nilai": {"1": 80, "2": 85}}}. */
  static final ObjectShape<DeretPeriode> DERET_PERIODE = ObjectShape.of(DeretPeriode.class, "DeretPeriode",
      "A series of values per period within the year (deret periode), such as quarterly realisations.",
      v -> DeretPeriode.of(v.get(PERIODISASI_DERET), v.get(NILAI_DERET)), PERIODISASI_DERET, NILAI_DERET)
      .schemaExtra("allOf", List.of(
          of("if", of("properties", of("periodisasi", of("const", "TRIWULAN")), "required", List.of("periodisasi")),
              "then", of("properties", of("nilai", of("propertyNames", of("pattern", "^0{0,3}[1-4]$"))))),
          of("if", of("properties", of("periodisasi", of("const", "SEMESTER")), "required", List.of("periodisasi")),
              "then", of("properties", of("nilai", of("propertyNames", of("pattern", "^0{0,3}[12]$")))))));

  private static SortedMap<Integer, BigDecimal> dilaporkan(DeretPeriode d) {
    SortedMap<Integer, BigDecimal> nilai = new TreeMap<>();
    for (int p : d.periodeDilaporkan()) {
      nilai.put(p, d.nilai(p).orElseThrow());
    }
    return nilai;
  }

  // ------------------------------------------------------------------ policies

  private static final Member<KalkulatorCapaian, RumusCapaian> POSITIF = defaulted("positif",
      Shapes.enumOf(RumusCapaian.class, "RumusCapaian", "A capaian formula (rumus capaian)."),
      KalkulatorCapaian::rumusPositif, KalkulatorCapaian.standar().rumusPositif(),
      "Formula for higher-is-better indicators; the standard one when left out.");
  private static final Member<KalkulatorCapaian, RumusCapaian> NEGATIF = defaulted("negatif",
      Shapes.enumOf(RumusCapaian.class, "RumusCapaian", "A capaian formula (rumus capaian)."),
      KalkulatorCapaian::rumusNegatif, KalkulatorCapaian.standar().rumusNegatif(),
      "Formula for lower-is-better indicators; the standard one when left out.");
  private static final Member<KalkulatorCapaian, RumusRentang> RENTANG_RUMUS = defaulted("rentang",
      Shapes.enumOf(RumusRentang.class, "RumusRentang", "A range-target formula (rumus rentang)."),
      KalkulatorCapaian::rumusRentang, KalkulatorCapaian.standar().rumusRentang(),
      "Formula for range targets; the standard one when left out.");


  private static final Shape<JawabanDegenerasi> JAWABAN_DEGENERASI = Shapes.enumOf(JawabanDegenerasi.class,
      "JawabanDegenerasi", "The answer to a degenerate input (jawaban degenerasi): not computable, 0%, 100%, or 100%"
          + " when target and realisasi are both 0 and 0% otherwise.");
  private static final Shape<JawabanDegenerasi> JAWABAN_KOSONG = Shapes.enumOf(JawabanDegenerasi.class,
      "JawabanKosong", "The answer to a missing figure: not computable, 0% or 100% (a missing figure is not 0).",
      JawabanDegenerasi.TIDAK_TERHITUNG, JawabanDegenerasi.NOL, JawabanDegenerasi.SERATUS);
  private static final Member<KebijakanDegenerasi, JawabanDegenerasi> TARGET_NOL = defaulted("targetNol",
      JAWABAN_DEGENERASI, KebijakanDegenerasi::targetNol, KebijakanDegenerasi.STANDAR.targetNol(),
      "The answer to a target of 0; TIDAK_TERHITUNG when left out.");
  private static final Member<KebijakanDegenerasi, JawabanDegenerasi> REALISASI_NOL = defaulted("realisasiNol",
      JAWABAN_DEGENERASI, KebijakanDegenerasi::realisasiNol, KebijakanDegenerasi.STANDAR.realisasiNol(),
      "The answer to a realisasi of 0 under T / R; TIDAK_TERHITUNG when left out.");
  private static final Member<KebijakanDegenerasi, JawabanDegenerasi> REALISASI_KOSONG = defaulted("realisasiKosong",
      JAWABAN_KOSONG, KebijakanDegenerasi::realisasiKosong, KebijakanDegenerasi.STANDAR.realisasiKosong(),
      "The answer to a missing realisasi; TIDAK_TERHITUNG when left out.");
  private static final Member<KebijakanDegenerasi, JawabanDegenerasi> TARGET_KOSONG = defaulted("targetKosong",
      JAWABAN_KOSONG, KebijakanDegenerasi::targetKosong, KebijakanDegenerasi.STANDAR.targetKosong(),
      "The answer to a missing target; TIDAK_TERHITUNG when left out.");

  /** The answers to degenerate inputs: {@code {"targetNol": "NOL", "realisasiNol": "SERATUS", ...}}. */
  private static final ObjectShape<KebijakanDegenerasi> KEBIJAKAN_DEGENERASI = ObjectShape.of(
      KebijakanDegenerasi.class, "KebijakanDegenerasi", "The policy for degenerate inputs of a capaian (kebijakan"
          + " degenerasi): the answer to each.",
      v -> new KebijakanDegenerasi(v.get(TARGET_NOL), v.get(REALISASI_NOL), v.get(REALISASI_KOSONG),
          v.get(TARGET_KOSONG)), TARGET_NOL, REALISASI_NOL, REALISASI_KOSONG, TARGET_KOSONG);

  private static final Member<KalkulatorCapaian, KebijakanDegenerasi> DEGENERASI = defaulted("degenerasi",
      KEBIJAKAN_DEGENERASI, KalkulatorCapaian::kebijakanDegenerasi, KalkulatorCapaian.standar().kebijakanDegenerasi(),
      "Answers to degenerate inputs (target 0, realisasi 0 under T / R, a missing figure); all not computable when"
          + " left out.");
  private static final Member<KalkulatorCapaian, KebijakanBatasKetat> BATAS_KETAT = defaulted("batasKetat",
      Shapes.enumOf(KebijakanBatasKetat.class, "KebijakanBatasKetat", "How a realisasi on a strict bound it does not"
          + " meet scores (kebijakan batas ketat)."),
      KalkulatorCapaian::kebijakanBatasKetat, KalkulatorCapaian.standar().kebijakanBatasKetat(),
      "How a realisasi equal to a strict bound (\"kurang dari\", \"lebih dari\") scores; TIDAK_TERHITUNG when left"
          + " out.");

  /** A capaian policy by strategy names: {@code {"positif": "POSITIF", "negatif": "NEGATIF_LAN", ...}}. */
  static final ObjectShape<KalkulatorCapaian> KALKULATOR_CAPAIAN = ObjectShape.of(KalkulatorCapaian.class,
      "KalkulatorCapaian", "A capaian policy (kalkulator capaian): the formula per polarity and the policies for"
          + " degenerate inputs and strict bounds.",
      v -> KalkulatorCapaian.of(v.get(POSITIF), v.get(NEGATIF), v.get(RENTANG_RUMUS))
          .withKebijakanDegenerasi(v.get(DEGENERASI)).withKebijakanBatasKetat(v.get(BATAS_KETAT)),
      POSITIF, NEGATIF, RENTANG_RUMUS, DEGENERASI, BATAS_KETAT);

  private static final Member<BatasCapaian, BigDecimal> PLAFON = optional("plafon", Shapes.ANGKA,
      b -> b.plafon().map(p -> p.toExactBigDecimal().orElseThrow()), "The highest capaian reported, in percent; no"
          + " cap when left out.");
  private static final Member<BatasCapaian, Boolean> LANTAI_NOL = defaulted("lantaiNol", Shapes.BOOLEAN,
      BatasCapaian::lantaiNol, false, "Whether a negative capaian is reported as 0; false when left out.");

  /** A cap policy: {@code {"plafon": 100, "lantaiNol": false}}; no plafon means no cap. */
  static final ObjectShape<BatasCapaian> BATAS_CAPAIAN = ObjectShape.of(BatasCapaian.class, "BatasCapaian",
      "A cap on capaian (batas capaian).",
      v -> {
        BatasCapaian b = v.optional(PLAFON).map(BatasCapaian::maks).orElse(BatasCapaian.TANPA_BATAS);
        return v.get(LANTAI_NOL) ? b.denganLantaiNol() : b;
      }, PLAFON, LANTAI_NOL);

  /** The bindings of this package. */
  static final List<Binding<?>> BINDINGS = List.of(
      Binding.of(Satuan.class, SATUAN),
      Binding.of(Indikator.class, INDIKATOR),
      Binding.of(SkalaPeringkat.class, SKALA),
      Binding.of(Target.class, TARGET),
      Binding.of(DeretPeriode.class, DERET_PERIODE),
      Binding.of(KalkulatorCapaian.class, KALKULATOR_CAPAIAN),
      Binding.of(BatasCapaian.class, BATAS_CAPAIAN));
}
