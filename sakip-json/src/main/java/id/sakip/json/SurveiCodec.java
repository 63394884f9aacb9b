package id.sakip.json;

import static id.sakip.json.Nodes.N;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.angka.Pecahan;
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
import java.util.Optional;

/**
 * JSON of {@code id.sakip.survei}. A survey of a method's standard unsur names the method ({@code
 * "unsur": "PERMENPAN_RB_14_2017"}); a respondent's answers are an object by unsur code, a missing
 * answer being an absent member ({@code {"U1": 4, "U3": 3}}).
 */
final class SurveiCodec {

  private SurveiCodec() {}

  static Unsur readUnsur(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "kode", "nama");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    String kode = f.required("kode", Scalars::nonBlankText);
    String nama = f.required("nama", Scalars::nonBlankText);
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> Unsur.of(kode, nama));
  }

  static JsonNode writeUnsur(Unsur value) {
    ObjectNode o = Nodes.object();
    o.put("kode", value.kode());
    o.put("nama", value.nama());
    return o;
  }

  static Responden readResponden(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "layanan", "jawaban");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    Optional<String> layanan = f.optional("layanan", Scalars::nonBlankText);
    Map<String, Integer> jawaban = f.required("jawaban",
        (n, p, c) -> c.codeMap(n, p, SurveiCodec::readJawaban, "unsur codes such as \"U1\""));
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> new Responden(layanan, jawaban));
  }

  private static Integer readJawaban(JsonNode node, JsonPath path, ReadContext ctx) {
    if (!node.isIntegralNumber() || !node.canConvertToInt()
        || node.intValue() < MetodeSkm.JAWABAN_TERENDAH || node.intValue() > MetodeSkm.JAWABAN_TERTINGGI) {
      ctx.problem(path, node, "an SKM answer is a whole number from 1 (tidak baik) to 4 (sangat baik)"
          + " (PermenPAN-RB 14/2017); leave a missing answer out");
      return null;
    }
    return node.intValue();
  }

  static JsonNode writeResponden(Responden value) {
    ObjectNode o = Nodes.object();
    value.layanan().ifPresent(l -> o.put("layanan", l));
    ObjectNode jawaban = o.putObject("jawaban");
    value.jawaban().forEach(jawaban::put);
    return o;
  }

  static SurveiSkm readSurvei(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "unsur", "responden");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    List<Unsur> unsur = f.required("unsur", SurveiCodec::readDaftarUnsur);
    List<Responden> responden = f.list("responden", SurveiCodec::readResponden);
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> SurveiSkm.of(unsur, responden));
  }

  /** A method's name (its standard unsur) or an array of unsur. */
  private static List<Unsur> readDaftarUnsur(JsonNode node, JsonPath path, ReadContext ctx) {
    if (node.isTextual()) {
      MetodeSkm metode = ctx.enumValue(MetodeSkm.class, node, path);
      return metode == null ? null : metode.unsur();
    }
    return ctx.list(node, path, SurveiCodec::readUnsur);
  }

  static JsonNode writeSurvei(SurveiSkm value) {
    ObjectNode o = Nodes.object();
    Optional<MetodeSkm> standar =
        Arrays.stream(MetodeSkm.values()).filter(m -> m.unsur().equals(value.unsur())).findFirst();
    o.set("unsur", standar.<JsonNode>map(m -> N.textNode(m.name()))
        .orElseGet(() -> Nodes.array(value.unsur(), SurveiCodec::writeUnsur)));
    o.set("responden", Nodes.array(value.responden(), SurveiCodec::writeResponden));
    return o;
  }

  /**
   * A weight policy: {@code "SAMA_RATA"} (exactly 1/n), {@code {"tercetak": 0.111}} (the printed
   * literal) or {@code {"khusus": {"U1": "1/5", …}}} (custom, summing to 1).
   */
  static BobotSkm readBobot(JsonNode node, JsonPath path, ReadContext ctx) {
    if (node.isTextual()) {
      if (node.textValue().equals("SAMA_RATA")) {
        return BobotSkm.SAMA_RATA;
      }
      ctx.problem(path, node, "must be \"SAMA_RATA\", {\"tercetak\": 0.111} or {\"khusus\": {\"U1\": \"1/9\", ...}}");
      return null;
    }
    Fields f = ctx.object(node, path, "tercetak", "khusus");
    if (f == null) {
      return null;
    }
    if (f.has("tercetak") == f.has("khusus")) {
      ctx.problem(path, node, "give exactly one of 'tercetak' (a printed weight) and 'khusus' (a weight per unsur)");
      return null;
    }
    int mark = ctx.mark();
    if (f.has("tercetak")) {
      BigDecimal bobot = f.required("tercetak", Scalars::decimal);
      return ctx.failedSince(mark) ? null : ctx.build(path.child("tercetak"), node.get("tercetak"),
          () -> BobotSkm.tercetak(bobot));
    }
    Map<String, Pecahan> bobot = f.required("khusus",
        (n, p, c) -> c.codeMap(n, p, AngkaCodec::readPecahan, "unsur codes such as \"U1\""));
    return ctx.failedSince(mark) ? null : ctx.build(path.child("khusus"), node.get("khusus"),
        () -> BobotSkm.khusus(bobot));
  }

  static JsonNode writeBobot(BobotSkm value) {
    if (value instanceof BobotSkm.Tercetak t) {
      ObjectNode o = Nodes.object();
      o.set("tercetak", N.numberNode(t.bobot()));
      return o;
    }
    if (value instanceof BobotSkm.Khusus k) {
      ObjectNode o = Nodes.object();
      ObjectNode w = o.putObject("khusus");
      k.bobot().forEach((kode, b) -> w.set(kode, AngkaCodec.writePecahan(b)));
      return o;
    }
    return N.textNode("SAMA_RATA");
  }

  static KalkulatorSkm readKalkulator(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "metode", "bobot", "jawabanKosong");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    MetodeSkm metode = f.required("metode", (n, p, c) -> c.enumValue(MetodeSkm.class, n, p));
    BobotSkm bobot = f.required("bobot", SurveiCodec::readBobot);
    KebijakanJawabanKosong kosong =
        f.required("jawabanKosong", (n, p, c) -> c.enumValue(KebijakanJawabanKosong.class, n, p));
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> KalkulatorSkm.of(metode, bobot, kosong));
  }

  static JsonNode writeKalkulator(KalkulatorSkm value) {
    ObjectNode o = Nodes.object();
    o.put("metode", value.metode().name());
    o.set("bobot", writeBobot(value.bobot()));
    o.put("jawabanKosong", value.kebijakanJawabanKosong().name());
    return o;
  }
}
