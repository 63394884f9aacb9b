package id.sakip.json;

import static id.sakip.json.Member.list;
import static id.sakip.json.Member.optional;
import static id.sakip.json.Member.required;
import static id.sakip.json.Schemas.of;
import static id.sakip.json.Shapes.alternative;

import id.sakip.angka.Pecahan;
import id.sakip.json.TokenSource.Token;
import id.sakip.survei.BobotSkm;
import id.sakip.survei.KalkulatorSkm;
import id.sakip.survei.KebijakanJawabanKosong;
import id.sakip.survei.MetodeSkm;
import id.sakip.survei.Responden;
import id.sakip.survei.SurveiSkm;
import id.sakip.survei.Unsur;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;


/**
 * The shapes of {@code id.sakip.survei}. A survey of a method's standard unsur names the method
 * ({@code "unsur": "PERMENPAN_RB_14_2017"}); a respondent's answers are an object by unsur code, a
 * missing answer being an absent member ({@code {"U1": 4, "U3": 3}}).
 */
final class SurveiShapes {

  private SurveiShapes() {}

  static final Shape<MetodeSkm> METODE = Shapes.enumOf(MetodeSkm.class, "MetodeSkm", "An SKM method (metode SKM):"
      + " PERMENPAN_RB_14_2017 (9 unsur) or KEPMENPAN_25_2004 (14 unsur).");

  // ------------------------------------------------------------------ Unsur, Responden

  private static final Member<Unsur, String> KODE = required("kode", Shapes.NAME, Unsur::kode,
      "Code of the unsur (kode), such as \"U1\".");
  private static final Member<Unsur, String> NAMA = required("nama", Shapes.NAME, Unsur::nama,
      "What the unsur asks about (nama).");

  static final ObjectShape<Unsur> UNSUR = ObjectShape.of(Unsur.class, "Unsur", "An element of service the survey asks"
      + " about (unsur pelayanan).", v -> Unsur.of(v.get(KODE), v.get(NAMA)), KODE, NAMA);

  /** An answer: a whole number from 1 to 4. */
  private static final Shape<Integer> JAWABAN = Shapes.scalar((in, path, ctx) -> {
    if (in.current() == Token.INTEGER && in.text().length() <= 2) {
      int v = Integer.parseInt(in.text());
      if (v >= MetodeSkm.JAWABAN_TERENDAH && v <= MetodeSkm.JAWABAN_TERTINGGI) {
        return v;
      }
    }
    ctx.problem(path, in, Teks.of("jawaban SKM adalah bilangan bulat dari 1 (tidak baik) sampai 4 (sangat baik)"
        + " (PermenPAN-RB 14/2017); jawaban yang kosong dihilangkan", "an SKM answer is a whole number from 1 (tidak"
        + " baik) to 4 (sangat baik) (PermenPAN-RB 14/2017); leave a missing answer out"));
    return null;
  }, (v, out, w) -> out.number(Integer.toString(v)), s -> of("type", "integer", "minimum", 1, "maximum", 4),
      "answer (1–4)");

  private static final Teks UNSUR_KEY = Teks.of("kode unsur seperti \"U1\"", "unsur codes such as \"U1\"");
  private static final Teks UNSUR_CODE = Teks.of("kode unsur", "unsur code");

  private static final Member<Responden, String> LAYANAN = optional("layanan", Shapes.NAME, Responden::layanan,
      "The service the respondent used (layanan).");
  private static final Member<Responden, Map<String, Integer>> JAWABAN_MAP = required("jawaban",
      Shapes.codeMap(JAWABAN, UNSUR_KEY, UNSUR_CODE), Responden::jawaban,
      "Answers by unsur code (jawaban); a missing answer is left out.");

  static final ObjectShape<Responden> RESPONDEN = ObjectShape.of(Responden.class, "Responden", "One respondent's"
      + " answers (responden).", v -> new Responden(v.optional(LAYANAN), v.get(JAWABAN_MAP)), LAYANAN, JAWABAN_MAP);

  // ------------------------------------------------------------------ SurveiSkm

  /** A method's name (its standard unsur) or an array of unsur. */
  private static final Shape<List<Unsur>> DAFTAR_UNSUR = Shapes.oneOf(Teks.of("harus menyebut metode SKM "
      + Arrays.toString(MetodeSkm.values()) + " atau berupa larik unsur", "must name an SKM method "
      + Arrays.toString(MetodeSkm.values()) + " or be an array of unsur"), "method or [`Unsur`]",
      alternative(Shapes.mapped(METODE, MetodeSkm::unsur,
          u -> Arrays.stream(MetodeSkm.values()).filter(m -> m.unsur().equals(u)).findFirst().orElseThrow()),
          u -> Arrays.stream(MetodeSkm.values()).anyMatch(m -> m.unsur().equals(u)), Token.STRING),
      alternative(Shapes.list(UNSUR), u -> true, Token.START_ARRAY));

  private static final Member<SurveiSkm, List<Unsur>> UNSUR_SURVEI = required("unsur", DAFTAR_UNSUR,
      SurveiSkm::unsur, "The unsur asked: a method's name for its standard unsur, or the unsur themselves.");
  private static final Member<SurveiSkm, List<Responden>> RESPONDEN_LIST = list("responden", RESPONDEN,
      SurveiSkm::responden, "The respondents (responden).");

  static final ObjectShape<SurveiSkm> SURVEI = ObjectShape.of(SurveiSkm.class, "SurveiSkm", "A public satisfaction"
      + " survey (survei kepuasan masyarakat, SKM): its unsur and its respondents' answers.",
      v -> SurveiSkm.of(v.get(UNSUR_SURVEI), v.get(RESPONDEN_LIST)), UNSUR_SURVEI, RESPONDEN_LIST);

  // ------------------------------------------------------------------ BobotSkm

  private static final Member<BobotSkm.Tercetak, BigDecimal> TERCETAK = required("tercetak",
      Shapes.ANGKA, BobotSkm.Tercetak::bobot, "The weight as printed (bobot tercetak), such as 0.111.");
  private static final ObjectShape<BobotSkm.Tercetak> BOBOT_TERCETAK = ObjectShape.of(BobotSkm.Tercetak.class,
      "BobotTercetak", "Every unsur weighs the printed literal (bobot tercetak).",
      v -> (BobotSkm.Tercetak) BobotSkm.tercetak(v.get(TERCETAK)), TERCETAK);

  private static final Member<BobotSkm.Khusus, BobotSkm.Khusus> KHUSUS = required("khusus",
      Shapes.mapped(Shapes.codeMap(AngkaShapes.PECAHAN, UNSUR_KEY, UNSUR_CODE),
          m -> (BobotSkm.Khusus) BobotSkm.khusus(m), BobotSkm.Khusus::bobot),
      k -> k, "A weight per unsur code (bobot khusus), summing to exactly 1.");
  private static final ObjectShape<BobotSkm.Khusus> BOBOT_KHUSUS = ObjectShape.of(BobotSkm.Khusus.class,
      "BobotKhusus", "A weight of its own per unsur (bobot khusus).", v -> v.get(KHUSUS), KHUSUS);

  private static final Teks BOBOT_RULE = Teks.of("harus \"SAMA_RATA\", {\"tercetak\": 0.111} atau {\"khusus\":"
      + " {\"U1\": \"1/9\", ...}}", "must be \"SAMA_RATA\", {\"tercetak\": 0.111} or {\"khusus\": {\"U1\": \"1/9\","
      + " ...}}");

  /**
   * A weight policy: {@code "SAMA_RATA"} (exactly 1/n), {@code {"tercetak": 0.111}} (the printed
   * literal) or {@code {"khusus": {"U1": "1/5", …}}} (custom, summing to 1).
   */
  static final Shape<BobotSkm> BOBOT = Shapes.oneOf(BOBOT_RULE, "weight policy",
      alternative(SkalaShapes.byName(Map.of("SAMA_RATA", BobotSkm.SAMA_RATA), BOBOT_RULE),
          b -> b instanceof BobotSkm.SamaRata, Token.STRING),
      alternative(Shapes.union("weight policy", BOBOT_TERCETAK, BOBOT_KHUSUS), b -> true, Token.START_OBJECT))
      .named("BobotSkm", "How the unsur are weighed (bobot SKM): \"SAMA_RATA\" (exactly 1/n), {\"tercetak\": 0.111}"
          + " (the printed literal) or {\"khusus\": {\"U1\": \"1/9\", …}} (a weight per unsur, summing to 1).");

  // ------------------------------------------------------------------ KalkulatorSkm

  private static final Member<KalkulatorSkm, MetodeSkm> METODE_KALKULATOR = required("metode", METODE,
      KalkulatorSkm::metode, "The method (metode).");
  private static final Member<KalkulatorSkm, BobotSkm> BOBOT_KALKULATOR = required("bobot", BOBOT,
      KalkulatorSkm::bobot, "How the unsur are weighed (bobot).");
  private static final Member<KalkulatorSkm, KebijakanJawabanKosong> JAWABAN_KOSONG = required("jawabanKosong",
      Shapes.enumOf(KebijakanJawabanKosong.class, "KebijakanJawabanKosong", "What a missing answer does (jawaban"
          + " kosong): TOLAK (the survey is refused) or KELUARKAN (the respondent is left out of that unsur)."),
      KalkulatorSkm::kebijakanJawabanKosong, "What a missing answer does (jawaban kosong).");

  static final ObjectShape<KalkulatorSkm> KALKULATOR = ObjectShape.of(KalkulatorSkm.class, "KalkulatorSkm",
      "An SKM policy (kalkulator SKM): method, weights and missing answers.",
      v -> KalkulatorSkm.of(v.get(METODE_KALKULATOR), v.get(BOBOT_KALKULATOR), v.get(JAWABAN_KOSONG)),
      METODE_KALKULATOR, BOBOT_KALKULATOR, JAWABAN_KOSONG);

  /** The bindings of this package. */
  static final List<Binding<?>> BINDINGS = List.of(
      Binding.of(Unsur.class, UNSUR),
      Binding.of(Responden.class, RESPONDEN),
      Binding.of(SurveiSkm.class, SURVEI),
      Binding.of(BobotSkm.class, BOBOT),
      Binding.of(KalkulatorSkm.class, KALKULATOR));

}
