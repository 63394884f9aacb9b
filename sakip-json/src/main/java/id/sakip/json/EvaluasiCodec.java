package id.sakip.json;

import static id.sakip.json.Nodes.N;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.evaluasi.JawabanLke;
import id.sakip.evaluasi.KalkulatorLke;
import id.sakip.evaluasi.KomponenLke;
import id.sakip.evaluasi.LembarKerjaEvaluasi;
import id.sakip.evaluasi.MetodeLke;
import id.sakip.evaluasi.PembacaanBatas;
import id.sakip.evaluasi.SubKomponenLke;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * JSON of {@code id.sakip.evaluasi}. A built-in LKE method is written by its stable name ({@code
 * "PERMENPAN_RB_88_2021"}); a worksheet's answers are an object by sub-component code ({@code
 * {"1.a": ["Y", "Y", "T"]}}).
 */
final class EvaluasiCodec {

  /** Built-in LKE methods by stable name. */
  static final Map<String, MetodeLke> BUILT_IN = Map.of(
      "PERMENPAN_RB_88_2021", MetodeLke.PERMENPAN_RB_88_2021,
      "PERMENPAN_RB_12_2015", MetodeLke.PERMENPAN_RB_12_2015);

  private EvaluasiCodec() {}

  static SubKomponenLke readSubKomponen(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "kode", "nama", "bobot");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    String kode = f.required("kode", Scalars::nonBlankText);
    String nama = f.required("nama", Scalars::nonBlankText);
    BigDecimal bobot = f.required("bobot", Scalars::decimal);
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> SubKomponenLke.of(kode, nama, bobot));
  }

  static JsonNode writeSubKomponen(SubKomponenLke value) {
    ObjectNode o = Nodes.object();
    o.put("kode", value.kode());
    o.put("nama", value.nama());
    o.set("bobot", N.numberNode(value.bobot()));
    return o;
  }

  static KomponenLke readKomponen(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "kode", "nama", "bobot", "subKomponen");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    String kode = f.required("kode", Scalars::nonBlankText);
    String nama = f.required("nama", Scalars::nonBlankText);
    BigDecimal bobot = f.required("bobot", Scalars::decimal);
    List<SubKomponenLke> sub = f.required("subKomponen", (n, p, c) -> c.list(n, p, EvaluasiCodec::readSubKomponen));
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> KomponenLke.of(kode, nama, bobot, sub));
  }

  static JsonNode writeKomponen(KomponenLke value) {
    ObjectNode o = Nodes.object();
    o.put("kode", value.kode());
    o.put("nama", value.nama());
    o.set("bobot", N.numberNode(value.bobot()));
    o.set("subKomponen", Nodes.array(value.subKomponen(), EvaluasiCodec::writeSubKomponen));
    return o;
  }

  static MetodeLke readMetode(JsonNode node, JsonPath path, ReadContext ctx) {
    if (node.isTextual()) {
      MetodeLke m = BUILT_IN.get(node.textValue());
      if (m == null) {
        ctx.problem(path, node, "must name a built-in LKE method " + BUILT_IN.keySet().stream().sorted().toList()
            + " or be an object {nama, komponen}");
      }
      return m;
    }
    Fields f = ctx.object(node, path, "nama", "komponen");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    String nama = f.required("nama", Scalars::nonBlankText);
    List<KomponenLke> komponen = f.required("komponen", (n, p, c) -> c.list(n, p, EvaluasiCodec::readKomponen));
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> MetodeLke.of(nama, komponen));
  }

  static JsonNode writeMetode(MetodeLke value) {
    for (Map.Entry<String, MetodeLke> e : BUILT_IN.entrySet()) {
      if (e.getValue().equals(value)) {
        return N.textNode(e.getKey());
      }
    }
    ObjectNode o = Nodes.object();
    o.put("nama", value.nama());
    o.set("komponen", Nodes.array(value.komponen(), EvaluasiCodec::writeKomponen));
    return o;
  }

  static LembarKerjaEvaluasi readLembarKerja(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "metode", "jawaban");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    MetodeLke metode = f.required("metode", EvaluasiCodec::readMetode);
    Map<String, List<JawabanLke>> jawaban = f.optional("jawaban", (n, p, c) -> c.codeMap(n, p,
            (n2, p2, c2) -> c2.list(n2, p2, (n3, p3, c3) -> c3.enumValue(JawabanLke.class, n3, p3)),
            "sub-component codes such as \"1.a\""))
        .orElse(Map.of());
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> new LembarKerjaEvaluasi(metode, jawaban));
  }

  static JsonNode writeLembarKerja(LembarKerjaEvaluasi value) {
    ObjectNode o = Nodes.object();
    o.set("metode", writeMetode(value.metode()));
    ObjectNode jawaban = o.putObject("jawaban");
    value.jawaban().forEach((kode, list) -> {
      ArrayNode a = jawaban.putArray(kode);
      list.forEach(j -> a.add(j.name()));
    });
    return o;
  }

  static KalkulatorLke readKalkulator(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "pembacaanBatas");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    PembacaanBatas bacaan = f.required("pembacaanBatas", (n, p, c) -> c.enumValue(PembacaanBatas.class, n, p));
    return ctx.failedSince(mark) ? null : KalkulatorLke.of(bacaan);
  }

  static JsonNode writeKalkulator(KalkulatorLke value) {
    ObjectNode o = Nodes.object();
    o.put("pembacaanBatas", value.pembacaanBatas().name());
    return o;
  }
}
