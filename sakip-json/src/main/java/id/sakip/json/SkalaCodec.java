package id.sakip.json;

import static id.sakip.json.Nodes.N;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import id.sakip.skala.KebijakanCelah;
import id.sakip.skala.Pita;
import id.sakip.skala.SkalaOrdinal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON of {@code id.sakip.skala}. A built-in scale is written by its stable name ({@code
 * "KAB_MALANG_KECAMATAN"}); any other as an object with its bands.
 */
final class SkalaCodec {

  /** Built-in ordinal scales by stable name. */
  static final Map<String, SkalaOrdinal> BUILT_IN = Map.of(
      "KAB_MALANG_KECAMATAN", SkalaOrdinal.KAB_MALANG_KECAMATAN,
      "PERMENDAGRI_86_2017", SkalaOrdinal.PERMENDAGRI_86_2017,
      "LKJIP_BILANGAN_BULAT", SkalaOrdinal.LKJIP_BILANGAN_BULAT,
      "E_SAKIP_PLUGIN", SkalaOrdinal.E_SAKIP_PLUGIN);

  private SkalaCodec() {}

  static SkalaOrdinal readSkala(JsonNode node, JsonPath path, ReadContext ctx) {
    if (node.isTextual()) {
      SkalaOrdinal s = BUILT_IN.get(node.textValue());
      if (s == null) {
        ctx.problem(path, node, "must name a built-in scale " + BUILT_IN.keySet().stream().sorted().toList()
            + " or be an object {nama, pita, ...}");
      }
      return s;
    }
    Fields f = ctx.object(node, path, "nama", "pita", "domain", "izinkanCelah", "kebijakanCelah");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    String nama = f.required("nama", Scalars::nonBlankText);
    List<Pita> pita = f.required("pita", (n, p, c) -> c.list(n, p, SkalaCodec::readPita));
    Optional<Range<BigDecimal>> domain = f.optional("domain", SkalaCodec::readRange);
    boolean celah = f.optional("izinkanCelah", KinerjaCodec::readBoolean).orElse(false);
    Optional<KebijakanCelah> kebijakan = f.optional("kebijakanCelah", SkalaCodec::readKebijakan);
    if (ctx.failedSince(mark)) {
      return null;
    }
    return ctx.build(path, node, () -> {
      SkalaOrdinal.Builder b = SkalaOrdinal.builder(nama);
      pita.forEach(b::pita);
      domain.ifPresent(b::domain);
      if (celah) {
        b.izinkanCelah();
      }
      kebijakan.ifPresent(b::kebijakanCelah);
      return b.build();
    });
  }

  static JsonNode writeSkala(SkalaOrdinal value) {
    for (Map.Entry<String, SkalaOrdinal> e : BUILT_IN.entrySet()) {
      if (e.getValue().equals(value)) {
        return N.textNode(e.getKey());
      }
    }
    ObjectNode o = Nodes.object();
    o.put("nama", value.nama());
    o.set("pita", Nodes.array(value.pita(), SkalaCodec::writePita));
    o.set("domain", writeRange(value.domain()));
    if (!value.celah().isEmpty()) {
      o.put("izinkanCelah", true);
    }
    o.set("kebijakanCelah", writeKebijakan(value.kebijakanCelah()));
    return o;
  }

  static Pita readPita(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "label", "kode", "bawah", "bawahTermasuk", "atas", "atasTermasuk");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    String label = f.required("label", Scalars::nonBlankText);
    Optional<String> kode = f.optional("kode", Scalars::nonBlankText);
    Range<BigDecimal> range = rangeOf(f, ctx);
    if (ctx.failedSince(mark)) {
      return null;
    }
    return ctx.build(path, node, () -> kode.map(k -> Pita.of(range, label, k)).orElseGet(() -> Pita.of(range, label)));
  }

  static JsonNode writePita(Pita value) {
    ObjectNode o = Nodes.object();
    o.put("label", value.label());
    value.kode().ifPresent(k -> o.put("kode", k));
    putRange(o, value.rentang());
    return o;
  }

  /** A range: {@code {"bawah": 70, "bawahTermasuk": true, "atas": 85, "atasTermasuk": false}}; an absent bound is open-ended. */
  static Range<BigDecimal> readRange(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "bawah", "bawahTermasuk", "atas", "atasTermasuk");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    Range<BigDecimal> r = rangeOf(f, ctx);
    return ctx.failedSince(mark) ? null : r;
  }

  static JsonNode writeRange(Range<BigDecimal> range) {
    ObjectNode o = Nodes.object();
    putRange(o, range);
    return o;
  }

  private static Range<BigDecimal> rangeOf(Fields f, ReadContext ctx) {
    Optional<BigDecimal> bawah = f.optional("bawah", Scalars::decimal);
    boolean bawahIn = f.optional("bawahTermasuk", KinerjaCodec::readBoolean).orElse(true);
    Optional<BigDecimal> atas = f.optional("atas", Scalars::decimal);
    boolean atasIn = f.optional("atasTermasuk", KinerjaCodec::readBoolean).orElse(true);
    BoundType lo = bawahIn ? BoundType.CLOSED : BoundType.OPEN;
    BoundType hi = atasIn ? BoundType.CLOSED : BoundType.OPEN;
    return ctx.build(f.path(), f.node(), () -> {
      if (bawah.isPresent() && atas.isPresent()) {
        return Range.range(bawah.get(), lo, atas.get(), hi);
      }
      if (bawah.isPresent()) {
        return Range.downTo(bawah.get(), lo);
      }
      return atas.map(a -> Range.upTo(a, hi)).orElseGet(Range::all);
    });
  }

  private static void putRange(ObjectNode o, Range<BigDecimal> r) {
    if (r.hasLowerBound()) {
      o.set("bawah", N.numberNode(r.lowerEndpoint()));
      o.put("bawahTermasuk", r.lowerBoundType() == BoundType.CLOSED);
    }
    if (r.hasUpperBound()) {
      o.set("atas", N.numberNode(r.upperEndpoint()));
      o.put("atasTermasuk", r.upperBoundType() == BoundType.CLOSED);
    }
  }

  /** A gap policy: {@code "TOLAK"}, {@code "PITA_BAWAH"} or {@code {"skala": 2, "pembulatan": "HALF_UP"}} (round first). */
  static KebijakanCelah readKebijakan(JsonNode node, JsonPath path, ReadContext ctx) {
    if (node.isTextual()) {
      switch (node.textValue()) {
        case "TOLAK":
          return KebijakanCelah.TOLAK;
        case "PITA_BAWAH":
          return KebijakanCelah.PITA_BAWAH;
        default:
          ctx.problem(path, node, "must be \"TOLAK\", \"PITA_BAWAH\" or an object {skala, pembulatan}");
          return null;
      }
    }
    Fields f = ctx.object(node, path, "skala", "pembulatan");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    Integer skala = f.required("skala", Scalars::integer);
    RoundingMode mode = f.required("pembulatan", (n, p, c) -> c.enumValue(RoundingMode.class, n, p));
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> KebijakanCelah.bulatkanDulu(skala, mode));
  }

  static JsonNode writeKebijakan(KebijakanCelah value) {
    if (value instanceof KebijakanCelah.BulatkanDulu b) {
      ObjectNode o = Nodes.object();
      o.put("skala", b.skala());
      o.put("pembulatan", b.pembulatan().name());
      return o;
    }
    return N.textNode(value.equals(KebijakanCelah.PITA_BAWAH) ? "PITA_BAWAH" : "TOLAK");
  }
}
