package id.sakip.json;

import static id.sakip.json.Member.defaulted;
import static id.sakip.json.Member.required;
import static id.sakip.json.Shapes.alternative;

import id.sakip.evaluasi.JawabanLke;
import id.sakip.evaluasi.KalkulatorLke;
import id.sakip.evaluasi.KomponenLke;
import id.sakip.evaluasi.LembarKerjaEvaluasi;
import id.sakip.evaluasi.MetodeLke;
import id.sakip.evaluasi.NilaiKriteria;
import id.sakip.evaluasi.PembacaanBatas;
import id.sakip.evaluasi.SubKomponenLke;
import id.sakip.json.TokenSource.Token;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shapes of {@code id.sakip.evaluasi}. A built-in LKE method is written by its stable name
 * ({@code "PERMENPAN_RB_88_2021"}); a worksheet's answers are an object by sub-component code
 * ({@code {"1.a": ["Y", "Y", "T"]}}).
 */
final class EvaluasiShapes {

  private EvaluasiShapes() {}

  /** Built-in LKE methods by stable name. */
  static final Map<String, MetodeLke> BUILT_IN = new TreeMap<>(Map.of(
      "PERMENPAN_RB_88_2021", MetodeLke.PERMENPAN_RB_88_2021,
      "PERMENPAN_RB_12_2015", MetodeLke.PERMENPAN_RB_12_2015));

  private static final Member<SubKomponenLke, String> KODE_SUB = required("kode", Shapes.NAME, SubKomponenLke::kode,
      "Code of the sub-component (kode), such as \"1.a\".");
  private static final Member<SubKomponenLke, String> NAMA_SUB = required("nama", Shapes.NAME, SubKomponenLke::nama,
      "Name of the sub-component (nama).");
  private static final Member<SubKomponenLke, BigDecimal> BOBOT_SUB = required("bobot", Shapes.ANGKA,
      SubKomponenLke::bobot, "Weight of the sub-component (bobot).");

  static final ObjectShape<SubKomponenLke> SUB_KOMPONEN = ObjectShape.of(SubKomponenLke.class, "SubKomponenLke",
      "A sub-component of an LKE method (sub komponen).",
      v -> SubKomponenLke.of(v.get(KODE_SUB), v.get(NAMA_SUB), v.get(BOBOT_SUB)), KODE_SUB, NAMA_SUB, BOBOT_SUB);

  private static final Member<KomponenLke, String> KODE = required("kode", Shapes.NAME, KomponenLke::kode,
      "Code of the component (kode), such as \"1\".");
  private static final Member<KomponenLke, String> NAMA = required("nama", Shapes.NAME, KomponenLke::nama,
      "Name of the component (nama).");
  private static final Member<KomponenLke, BigDecimal> BOBOT = required("bobot", Shapes.ANGKA, KomponenLke::bobot,
      "Weight of the component (bobot).");
  private static final Member<KomponenLke, List<SubKomponenLke>> SUB = required("subKomponen",
      Shapes.list(SUB_KOMPONEN), KomponenLke::subKomponen, "Its sub-components (sub komponen), weights summing to"
          + " bobot.");

  static final ObjectShape<KomponenLke> KOMPONEN = ObjectShape.of(KomponenLke.class, "KomponenLke",
      "A component of an LKE method (komponen).",
      v -> KomponenLke.of(v.get(KODE), v.get(NAMA), v.get(BOBOT), v.get(SUB)), KODE, NAMA, BOBOT, SUB);

  private static final Member<MetodeLke, String> NAMA_METODE = required("nama", Shapes.NAME, MetodeLke::nama,
      "Name of the method (nama).");
  private static final Member<MetodeLke, List<KomponenLke>> KOMPONEN_LIST = required("komponen",
      Shapes.list(KOMPONEN), MetodeLke::komponen, "Its components (komponen), weights summing to 100.");

  private static final ObjectShape<MetodeLke> METODE_SENDIRI = ObjectShape.of(MetodeLke.class, "MetodeLkeSendiri",
      "An LKE method of its own: its components.", v -> MetodeLke.of(v.get(NAMA_METODE), v.get(KOMPONEN_LIST)),
      NAMA_METODE, KOMPONEN_LIST);

  private static final Teks METODE_RULE = Teks.of("harus menyebut metode LKE bawaan " + BUILT_IN.keySet()
      + " atau berupa objek {nama, komponen}", "must name a built-in LKE method " + BUILT_IN.keySet()
      + " or be an object {nama, komponen}");

  static final Shape<MetodeLke> METODE = Shapes.oneOf(METODE_RULE, "LKE method",
      alternative(SkalaShapes.byName(BUILT_IN, METODE_RULE), BUILT_IN::containsValue, Token.STRING),
      alternative(METODE_SENDIRI, m -> true, Token.START_OBJECT))
      .named("MetodeLke", "An LKE evaluation method (metode LKE): a built-in one by name or one of its own.");

  private static final Member<LembarKerjaEvaluasi, MetodeLke> METODE_LEMBAR = required("metode", METODE,
      LembarKerjaEvaluasi::metode, "The method (metode).");
  private static final Member<LembarKerjaEvaluasi, Map<String, List<JawabanLke>>> JAWABAN = defaulted("jawaban",
      Shapes.codeMap(Shapes.list(Shapes.enumOf(JawabanLke.class, "JawabanLke", "An LKE answer (jawaban): Y, T or A"
          + " to E.")), Teks.of("kode sub komponen seperti \"1.a\"", "sub-component codes such as \"1.a\""),
          Teks.of("kode sub komponen", "sub-component code")),
      LembarKerjaEvaluasi::jawaban, Map.of(), "Answers by sub-component code (jawaban).");

  private static final Member<NilaiKriteria, BigDecimal> NILAI = required("nilai", Shapes.ANGKA,
      NilaiKriteria::nilai, "The score given (nilai), from 0 to nilaiMaksimal.");
  private static final Member<NilaiKriteria, BigDecimal> NILAI_MAKSIMAL = required("nilaiMaksimal", Shapes.ANGKA,
      NilaiKriteria::nilaiMaksimal, "The highest score the criterion allows (nilai maksimal), above 0.");

  static final ObjectShape<NilaiKriteria> NILAI_KRITERIA = ObjectShape.of(NilaiKriteria.class, "NilaiKriteria",
      "A criterion scored by number (nilai kriteria): nilai of nilaiMaksimal, worth nilai / nilaiMaksimal.",
      v -> NilaiKriteria.of(v.get(NILAI), v.get(NILAI_MAKSIMAL)), NILAI, NILAI_MAKSIMAL);

  private static final Member<LembarKerjaEvaluasi, Map<String, List<NilaiKriteria>>> NILAI_KRITERIA_MAP = Member
      .<LembarKerjaEvaluasi, Map<String, List<NilaiKriteria>>>defaulted("nilaiKriteria", Shapes.codeMap(Shapes.list(NILAI_KRITERIA), Teks.of("kode sub komponen seperti \"1.a\"",
          "sub-component codes such as \"1.a\""), Teks.of("kode sub komponen", "sub-component code")),
      LembarKerjaEvaluasi::nilaiKriteria, Map.of(), "Numeric scores by sub-component code (nilai kriteria), for"
          + " sub-components scored by number instead of answers; written only when there are any.").omitEmpty();

  static final ObjectShape<LembarKerjaEvaluasi> LEMBAR_KERJA = ObjectShape.of(LembarKerjaEvaluasi.class,
      "LembarKerjaEvaluasi", "An LKE worksheet (lembar kerja evaluasi): a method, the answers and the numeric"
          + " scores.",
      v -> new LembarKerjaEvaluasi(v.get(METODE_LEMBAR), v.get(JAWABAN), v.get(NILAI_KRITERIA_MAP)), METODE_LEMBAR,
      JAWABAN, NILAI_KRITERIA_MAP);

  private static final Member<KalkulatorLke, PembacaanBatas> PEMBACAAN = required("pembacaanBatas",
      Shapes.enumOf(PembacaanBatas.class, "PembacaanBatas", "How a score on a band boundary is read (pembacaan"
          + " batas)."), KalkulatorLke::pembacaanBatas, "How a score on a band boundary is read (pembacaan batas).");

  static final ObjectShape<KalkulatorLke> KALKULATOR = ObjectShape.of(KalkulatorLke.class, "KalkulatorLke",
      "An LKE policy (kalkulator LKE).", v -> KalkulatorLke.of(v.get(PEMBACAAN)), PEMBACAAN);

  /** The bindings of this package. */
  static final List<Binding<?>> BINDINGS = List.of(
      Binding.of(SubKomponenLke.class, SUB_KOMPONEN),
      Binding.of(KomponenLke.class, KOMPONEN),
      Binding.of(MetodeLke.class, METODE),
      Binding.of(NilaiKriteria.class, NILAI_KRITERIA),
      Binding.of(LembarKerjaEvaluasi.class, LEMBAR_KERJA),
      Binding.of(KalkulatorLke.class, KALKULATOR));
}
