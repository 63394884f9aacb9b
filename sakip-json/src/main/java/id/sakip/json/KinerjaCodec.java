package id.sakip.json;

import static id.sakip.json.Nodes.N;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.kinerja.Agregasi;
import id.sakip.kinerja.BatasCapaian;
import id.sakip.kinerja.DeretPeriode;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.JenisIndikator;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.Periodisasi;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.RumusCapaian;
import id.sakip.kinerja.RumusRentang;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.SifatIndikator;
import id.sakip.kinerja.SkalaPeringkat;
import id.sakip.kinerja.Target;
import id.sakip.kinerja.TargetParser;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/** JSON of {@code id.sakip.kinerja}. */
final class KinerjaCodec {

  /** Built-in predicate scales by stable name. */
  static final Map<String, SkalaPeringkat> SKALA_PERINGKAT = Map.of("OPINI_BPK", SkalaPeringkat.OPINI_BPK);

  private KinerjaCodec() {}

  static Satuan readSatuan(JsonNode node, JsonPath path, ReadContext ctx) {
    String s = ctx.text(node, path);
    return s == null ? null : ctx.build(path, node, () -> Satuan.of(s));
  }

  static JsonNode writeSatuan(Satuan value) {
    return N.textNode(value.teks());
  }

  static Indikator readIndikator(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "nama", "satuan", "polaritas", "jenis", "agregasi", "sifat");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    String nama = f.required("nama", Scalars::nonBlankText);
    Satuan satuan = f.required("satuan", KinerjaCodec::readSatuan);
    Polaritas polaritas = f.required("polaritas", (n, p, c) -> c.enumValue(Polaritas.class, n, p));
    Optional<JenisIndikator> jenis = f.optional("jenis", (n, p, c) -> c.enumValue(JenisIndikator.class, n, p));
    Optional<Agregasi> agregasi = f.optional("agregasi", (n, p, c) -> c.enumValue(Agregasi.class, n, p));
    Optional<SifatIndikator> sifat = f.optional("sifat", (n, p, c) -> c.enumValue(SifatIndikator.class, n, p));
    if (ctx.failedSince(mark)) {
      return null;
    }
    return ctx.build(path, node, () -> {
      var b = Indikator.builder().nama(nama).satuan(satuan).polaritas(polaritas);
      jenis.ifPresent(b::jenis);
      agregasi.ifPresent(b::agregasi);
      sifat.ifPresent(b::sifat);
      return b.build();
    });
  }

  static JsonNode writeIndikator(Indikator value) {
    ObjectNode o = Nodes.object();
    o.put("nama", value.nama());
    o.set("satuan", writeSatuan(value.satuan()));
    o.put("polaritas", value.polaritas().name());
    value.jenis().ifPresent(j -> o.put("jenis", j.name()));
    o.put("agregasi", value.agregasi().name());
    o.put("sifat", value.sifat().name());
    return o;
  }

  static SkalaPeringkat readSkalaPeringkat(JsonNode node, JsonPath path, ReadContext ctx) {
    if (node.isTextual()) {
      SkalaPeringkat builtIn = SKALA_PERINGKAT.get(node.textValue());
      if (builtIn == null) {
        ctx.problem(path, node, "must name a built-in predicate scale " + SKALA_PERINGKAT.keySet()
            + " or be an object {nama, tingkat}");
      }
      return builtIn;
    }
    Fields f = ctx.object(node, path, "nama", "tingkat");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    String nama = f.required("nama", Scalars::nonBlankText);
    List<String> tingkat = f.required("tingkat", (n, p, c) -> c.list(n, p, Scalars::nonBlankText));
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> new SkalaPeringkat(nama, tingkat));
  }

  static JsonNode writeSkalaPeringkat(SkalaPeringkat value) {
    for (Map.Entry<String, SkalaPeringkat> e : SKALA_PERINGKAT.entrySet()) {
      if (e.getValue().equals(value)) {
        return N.textNode(e.getKey());
      }
    }
    ObjectNode o = Nodes.object();
    o.put("nama", value.nama());
    o.set("tingkat", Nodes.array(value.tingkat(), N::textNode));
    return o;
  }

  /**
   * A target: a number (numeric target), a string as reports print it ({@code "kurang dari 20"},
   * {@code "80 - 90"}), or an object: {@code {bawah, atas}} (range), {@code {operator, batas}}
   * (inequality), {@code {skala, tingkat}} (predicate).
   */
  static Target readTarget(JsonNode node, JsonPath path, ReadContext ctx) {
    if (node.isNumber()) {
      BigDecimal nilai = ctx.decimal(node, path);
      return nilai == null ? null : Target.angka(nilai);
    }
    if (node.isTextual()) {
      if (!ctx.shortNumberText(node, path)) { // TargetParser's range pattern is quadratic in a run of spaces
        return null;
      }
      try {
        Target t = TargetParser.parse(node.textValue(), ctx.notasi());
        return numbers(t).stream().allMatch(n -> ctx.plain(n, node, path) != null) ? t : null; // written back as numbers
      } catch (IllegalArgumentException e) {
        ctx.problem(path, node, "must be a target: " + e.getMessage());
        return null;
      }
    }
    if (node.isObject() && node.has("bawah")) {
      Fields f = ctx.object(node, path, "bawah", "atas");
      int mark = ctx.mark();
      BigDecimal bawah = f.required("bawah", Scalars::decimal);
      BigDecimal atas = f.required("atas", Scalars::decimal);
      return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> Target.rentang(bawah, atas));
    }
    if (node.isObject() && node.has("operator")) {
      Fields f = ctx.object(node, path, "operator", "batas");
      int mark = ctx.mark();
      Target.Operator op = f.required("operator", (n, p, c) -> c.enumValue(Target.Operator.class, n, p));
      BigDecimal batas = f.required("batas", Scalars::decimal);
      return ctx.failedSince(mark) ? null : new Target.Pertidaksamaan(op, batas);
    }
    if (node.isObject() && node.has("tingkat")) {
      Fields f = ctx.object(node, path, "skala", "tingkat");
      int mark = ctx.mark();
      SkalaPeringkat skala = f.required("skala", KinerjaCodec::readSkalaPeringkat);
      String tingkat = f.required("tingkat", Scalars::nonBlankText);
      return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> Target.predikat(skala, tingkat));
    }
    ctx.problem(path, node, "must be a target: a number, a string such as \"kurang dari 20\", or an object"
        + " {bawah, atas}, {operator, batas} or {skala, tingkat}");
    return null;
  }

  private static List<BigDecimal> numbers(Target t) {
    if (t instanceof Target.Angka a) {
      return List.of(a.nilai());
    }
    if (t instanceof Target.Rentang r) {
      return List.of(r.bawah(), r.atas());
    }
    return t instanceof Target.Pertidaksamaan p ? List.of(p.batas()) : List.of();
  }

  static JsonNode writeTarget(Target value) {
    if (value instanceof Target.Angka a) {
      return N.numberNode(a.nilai());
    }
    ObjectNode o = Nodes.object();
    if (value instanceof Target.Rentang r) {
      o.set("bawah", N.numberNode(r.bawah()));
      o.set("atas", N.numberNode(r.atas()));
    } else if (value instanceof Target.Pertidaksamaan p) {
      o.put("operator", p.operator().name());
      o.set("batas", N.numberNode(p.batas()));
    } else if (value instanceof Target.Predikat p) {
      o.set("skala", writeSkalaPeringkat(p.skala()));
      o.put("tingkat", p.tingkat());
    }
    return o;
  }

  /** A series per period: {@code {"periodisasi": "TRIWULAN", "nilai": {"1": 80, "2": 85}}}. */
  static DeretPeriode readDeretPeriode(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "periodisasi", "nilai");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    Periodisasi periodisasi = f.required("periodisasi", (n, p, c) -> c.enumValue(Periodisasi.class, n, p));
    SortedMap<Integer, BigDecimal> nilai = f.required("nilai", (n, p, c) -> c.periodMap(n, p, Scalars::decimal));
    return ctx.failedSince(mark) ? null : ctx.build(f.path().child("nilai"), node, () -> DeretPeriode.of(periodisasi, nilai));
  }

  static JsonNode writeDeretPeriode(DeretPeriode value) {
    ObjectNode o = Nodes.object();
    o.put("periodisasi", value.periodisasi().name());
    ObjectNode nilai = Nodes.object();
    for (int p : value.periodeDilaporkan()) {
      nilai.set(Integer.toString(p), N.numberNode(value.nilai(p).orElseThrow()));
    }
    o.set("nilai", nilai);
    return o;
  }

  /** A capaian policy by strategy names: {@code {"positif": "POSITIF", "negatif": "NEGATIF_LAN", ...}}. */
  static KalkulatorCapaian readKalkulatorCapaian(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "positif", "negatif", "rentang");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    KalkulatorCapaian std = KalkulatorCapaian.standar();
    RumusCapaian positif = f.optional("positif", (n, p, c) -> c.enumValue(RumusCapaian.class, n, p)).orElse(std.rumusPositif());
    RumusCapaian negatif = f.optional("negatif", (n, p, c) -> c.enumValue(RumusCapaian.class, n, p)).orElse(std.rumusNegatif());
    RumusRentang rentang = f.optional("rentang", (n, p, c) -> c.enumValue(RumusRentang.class, n, p)).orElse(std.rumusRentang());
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> KalkulatorCapaian.of(positif, negatif, rentang));
  }

  static JsonNode writeKalkulatorCapaian(KalkulatorCapaian value) {
    ObjectNode o = Nodes.object();
    o.put("positif", value.rumusPositif().name());
    o.put("negatif", value.rumusNegatif().name());
    o.put("rentang", value.rumusRentang().name());
    return o;
  }

  /** A cap policy: {@code {"plafon": 100, "lantaiNol": false}}; no plafon means no cap. */
  static BatasCapaian readBatasCapaian(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "plafon", "lantaiNol");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    Optional<BigDecimal> plafon = f.optional("plafon", Scalars::decimal);
    Optional<Boolean> lantai = f.optional("lantaiNol", KinerjaCodec::readBoolean);
    if (ctx.failedSince(mark)) {
      return null;
    }
    BatasCapaian b = plafon.isPresent()
        ? ctx.build(f.path().child("plafon"), node, () -> BatasCapaian.maks(plafon.get()))
        : BatasCapaian.TANPA_BATAS;
    return b != null && lantai.orElse(false) ? b.denganLantaiNol() : b;
  }

  static JsonNode writeBatasCapaian(BatasCapaian value) {
    ObjectNode o = Nodes.object();
    value.plafon().ifPresent(p -> o.set("plafon", AngkaCodec.writePersentase(p)));
    o.put("lantaiNol", value.lantaiNol());
    return o;
  }

  static Boolean readBoolean(JsonNode node, JsonPath path, ReadContext ctx) {
    if (!node.isBoolean()) {
      ctx.problem(path, node, "must be true or false");
      return null;
    }
    return node.booleanValue();
  }
}
