package id.sakip.json;

import static id.sakip.json.Nodes.N;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.audit.HasilAudit;
import id.sakip.temuan.Aturan;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Istilah;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Nilai;
import id.sakip.temuan.Pembanding;
import id.sakip.temuan.RegistriAturan;
import id.sakip.temuan.Sumber;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * JSON of {@code id.sakip.temuan} findings and of {@link HasilAudit}: the rule by id, the location
 * as an object, exact numbers, and the derived {@code keparahan} and {@code pesan} written for
 * readers. On reading, {@code pesan} and {@code jalur} are ignored (they follow from the other
 * members and the document) and {@code keparahan}, when given, must be the rule's.
 */
final class TemuanCodec {

  /** The members of a {@link Baris} object of which exactly one is given. */
  private static final List<String> BENTUK_BARIS = List.of("kode", "indikator", "narasi", "sasaran", "versi", "jumlah");

  /** A detail name written as {@code .name} in a path; any other is written {@code ["name"]}. */
  private static final Pattern NAMA_SEDERHANA = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private TemuanCodec() {}

  // ------------------------------------------------------------------ Temuan

  static Temuan readTemuan(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "aturan", "keparahan", "lokasi", "tercetak", "pembanding", "selisih", "rincian",
        "pesan", "jalur");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    Aturan aturan = f.required("aturan", TemuanCodec::readAturan);
    Optional<Keparahan> keparahan = f.optional("keparahan", (n, p, c) -> c.enumValue(Keparahan.class, n, p));
    if (aturan != null && keparahan.isPresent() && keparahan.get() != aturan.keparahan()) {
      ctx.problem(path.child("keparahan"), node.get("keparahan"), "keparahan " + keparahan.get() + " contradicts rule "
          + aturan.id() + ", whose severity is " + aturan.keparahan() + "; the severity is the rule's: write "
          + aturan.keparahan() + " or leave keparahan out");
    }
    Lokasi lokasi = f.required("lokasi", TemuanCodec::readLokasi);
    Optional<Nilai> tercetak = f.optional("tercetak", TemuanCodec::readNilai);
    Optional<Pembanding> pembanding = f.optional("pembanding", TemuanCodec::readPembanding);
    Optional<BigDecimal> selisih = f.optional("selisih", Scalars::decimal);
    Map<String, Object> rincian = f.optional("rincian", TemuanCodec::readRincian).orElse(Map.of());
    // "pesan" is rendered from the other members, "jalur" from the location and the document: neither is read.
    return ctx.failedSince(mark) ? null : ctx.build(path, node,
        () -> new Temuan(aturan, lokasi, tercetak, pembanding, selisih, rincian));
  }

  static JsonNode writeTemuan(Temuan value) {
    return writeTemuan(value, Optional.empty());
  }

  /** A finding, with {@code jalur} (its JSON path in the document it is about) when known. */
  static ObjectNode writeTemuan(Temuan value, Optional<String> jalur) {
    ObjectNode o = Nodes.object();
    o.put("aturan", value.aturan().id());
    o.put("keparahan", value.keparahan().name());
    o.set("lokasi", writeLokasi(value.lokasi()));
    Nodes.putIfPresent(o, "tercetak", value.tercetak(), TemuanCodec::writeNilai);
    Nodes.putIfPresent(o, "pembanding", value.pembanding(), TemuanCodec::writePembanding);
    Nodes.putIfPresent(o, "selisih", value.selisih(), N::numberNode);
    if (!value.rincian().isEmpty()) {
      ObjectNode r = Nodes.object();
      value.rincian().forEach((k, v) -> r.set(k, writeRincian(v)));
      o.set("rincian", r);
    }
    ObjectNode pesan = Nodes.object();
    pesan.put("id", value.pesan(Bahasa.INDONESIA));
    pesan.put("en", value.pesan(Bahasa.INGGRIS));
    o.set("pesan", pesan);
    jalur.ifPresent(j -> o.put("jalur", j));
    return o;
  }

  /** A rule by its id, found in {@link RegistriAturan}; an unknown id is a problem with the nearest known one. */
  private static Aturan readAturan(JsonNode node, JsonPath path, ReadContext ctx) {
    String id = ctx.nonBlankText(node, path);
    if (id == null) {
      return null;
    }
    Optional<Aturan> aturan = RegistriAturan.cari(id);
    if (aturan.isPresent()) {
      return aturan.get();
    }
    List<String> known = RegistriAturan.semua().stream().map(Aturan::id).toList();
    ctx.problem(path, node, "unknown rule '" + id + "'" + ctx.hint(id, known) + " (known: "
        + String.join(", ", known.stream().sorted().toList()) + ")");
    return null;
  }

  // ------------------------------------------------------------------ Lokasi and Baris

  static Lokasi readLokasi(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "bagian", "tempat", "baris", "kolom");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    Bagian bagian = f.required("bagian", (n, p, c) -> c.enumValue(Bagian.class, n, p));
    Optional<String> tempat = f.optional("tempat", Scalars::text);
    Optional<Baris> baris = f.optional("baris", TemuanCodec::readBaris);
    Optional<Kolom> kolom = f.optional("kolom", (n, p, c) -> c.enumValue(Kolom.class, n, p));
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> new Lokasi(bagian, tempat, baris, kolom));
  }

  static JsonNode writeLokasi(Lokasi value) {
    ObjectNode o = Nodes.object();
    o.put("bagian", value.bagian().name());
    value.tempat().ifPresent(t -> o.put("tempat", t));
    Nodes.putIfPresent(o, "baris", value.baris(), TemuanCodec::writeBaris);
    value.kolom().ifPresent(k -> o.put("kolom", k.name()));
    return o;
  }

  /**
   * A row key: exactly one of {@code {"kode": …}}, {@code {"indikator": …, "tahun"?: …}}, {@code
   * {"narasi": …, "tahun": …, "besaran": …}}, {@code
   * {"sasaran": …}}, {@code {"versi": …}} or {@code {"jumlah": true}}.
   */
  static Baris readBaris(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "kode", "indikator", "narasi", "tahun", "besaran", "sasaran", "versi", "jumlah");
    if (f == null) {
      return null;
    }
    List<String> given = BENTUK_BARIS.stream().filter(f::has).toList();
    if (given.size() != 1) {
      ctx.problem(path, node, "must have exactly one of the members " + BENTUK_BARIS + " (\"tahun\" goes with"
          + " \"indikator\")" + (given.isEmpty() ? "; it has none" : "; it has " + given));
      return null;
    }
    int mark = ctx.mark();
    if (f.has("tahun") && !f.has("indikator") && !f.has("narasi")) {
      ctx.problem(path.child("tahun"), node.get("tahun"), "tahun belongs to an indicator row; this row has "
          + given.get(0));
    }
    if (f.has("besaran") && !f.has("narasi")) {
      ctx.problem(path.child("besaran"), node.get("besaran"), "besaran belongs to a narrative row; this row has "
          + given.get(0));
    }
    Baris out = switch (given.get(0)) {
      case "kode" -> f.optional("kode", Scalars::text).map(Baris.Kode::new).orElse(null);
      case "indikator" -> {
        String nama = f.required("indikator", Scalars::text);
        Optional<Integer> tahun = f.optional("tahun", Scalars::integer);
        yield nama == null ? null : new Baris.Indikator(nama, tahun);
      }
      case "narasi" -> {
        String nama = f.required("narasi", Scalars::text);
        Integer tahun = f.required("tahun", Scalars::integer);
        Kolom besaran = f.required("besaran", (n, p, c) -> c.enumValue(Kolom.class, n, p));
        if (besaran != null && besaran != Kolom.TARGET && besaran != Kolom.REALISASI && besaran != Kolom.CAPAIAN) {
          ctx.problem(path.child("besaran"), node.get("besaran"), "must be TARGET, REALISASI or CAPAIAN: the"
              + " quantities a narrative states");
          yield null;
        }
        yield nama == null || tahun == null || besaran == null ? null : new Baris.Narasi(nama, tahun, besaran);
      }
      case "sasaran" -> f.optional("sasaran", Scalars::text).map(Baris.Sasaran::new).orElse(null);
      case "versi" -> f.optional("versi", Scalars::text).map(Baris.Versi::new).orElse(null);
      default -> {
        JsonNode jumlah = node.get("jumlah");
        if (!jumlah.isBoolean() || !jumlah.booleanValue()) {
          ctx.problem(path.child("jumlah"), jumlah, "must be true: {\"jumlah\": true} is the total row");
          yield null;
        }
        yield new Baris.Jumlah();
      }
    };
    return ctx.failedSince(mark) ? null : out;
  }

  static JsonNode writeBaris(Baris value) {
    ObjectNode o = Nodes.object();
    if (value instanceof Baris.Kode k) {
      o.put("kode", k.kode());
    } else if (value instanceof Baris.Indikator i) {
      o.put("indikator", i.nama());
      i.tahun().ifPresent(t -> o.put("tahun", t));
    } else if (value instanceof Baris.Narasi n) {
      o.put("narasi", n.indikator());
      o.put("tahun", n.tahun());
      o.put("besaran", n.besaran().name());
    } else if (value instanceof Baris.Sasaran s) {
      o.put("sasaran", s.nama());
    } else if (value instanceof Baris.Versi v) {
      o.put("versi", v.versi());
    } else if (value instanceof Baris.Jumlah) {
      o.put("jumlah", true);
    } else {
      throw new IllegalArgumentException("no JSON form for row key " + value.getClass().getName());
    }
    return o;
  }

  // ------------------------------------------------------------------ values

  static Nilai readNilai(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "angka", "jenis");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    BigDecimal angka = f.required("angka", Scalars::decimal);
    Nilai.Jenis jenis = f.required("jenis", (n, p, c) -> c.enumValue(Nilai.Jenis.class, n, p));
    return ctx.failedSince(mark) ? null : new Nilai(angka, jenis);
  }

  static ObjectNode writeNilai(Nilai value) {
    ObjectNode o = Nodes.object();
    o.set("angka", N.numberNode(value.angka()));
    o.put("jenis", value.jenis().name());
    return o;
  }

  static Pembanding readPembanding(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "angka", "jenis", "sumber");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    BigDecimal angka = f.required("angka", Scalars::decimal);
    Nilai.Jenis jenis = f.required("jenis", (n, p, c) -> c.enumValue(Nilai.Jenis.class, n, p));
    Sumber sumber = f.required("sumber", (n, p, c) -> c.enumValue(Sumber.class, n, p));
    return ctx.failedSince(mark) ? null : new Pembanding(new Nilai(angka, jenis), sumber);
  }

  static JsonNode writePembanding(Pembanding value) {
    ObjectNode o = writeNilai(value.nilai());
    o.put("sumber", value.sumber().name());
    return o;
  }

  static Istilah readIstilah(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "id", "en");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    String id = f.required("id", Scalars::text);
    String en = f.required("en", Scalars::text);
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> new Istilah(id, en));
  }

  static JsonNode writeIstilah(Istilah value) {
    ObjectNode o = Nodes.object();
    o.put("id", value.id());
    o.put("en", value.en());
    return o;
  }

  /**
   * The named details, in document order: a string is text from the document, {@code {"angka",
   * "jenis"}} a {@link Nilai}, {@code {"id", "en"}} an {@link Istilah}.
   */
  static Map<String, Object> readRincian(JsonNode node, JsonPath path, ReadContext ctx) {
    if (!node.isObject()) {
      ctx.problem(path, node, "must be an object of named details");
      return null;
    }
    if (node.size() > ctx.limits().maxArrayLength()) {
      ctx.problem(path, "object of " + node.size() + " members", "an object may hold at most "
          + ctx.limits().maxArrayLength() + " members (InputLimits.maxArrayLength)");
      return null;
    }
    int mark = ctx.mark();
    Map<String, Object> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonPath at = NAMA_SEDERHANA.matcher(e.getKey()).matches() ? path.child(e.getKey()) : path.key(e.getKey());
      Object value = readDetail(e.getValue(), at, ctx);
      if (value != null) {
        out.put(e.getKey(), value);
      }
    }
    return ctx.failedSince(mark) ? null : out;
  }

  private static Object readDetail(JsonNode node, JsonPath path, ReadContext ctx) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isObject() && (node.has("angka") || node.has("jenis"))) {
      return readNilai(node, path, ctx);
    }
    if (node.isObject() && (node.has("id") || node.has("en"))) {
      return readIstilah(node, path, ctx);
    }
    ctx.problem(path, node, "a detail must be a string, a value {\"angka\": number, \"jenis\": PERSEN | RUPIAH |"
        + " BILANGAN} or a term {\"id\": text, \"en\": text}");
    return null;
  }

  private static JsonNode writeRincian(Object value) {
    if (value instanceof Nilai n) {
      return writeNilai(n);
    }
    if (value instanceof Istilah i) {
      return writeIstilah(i);
    }
    return N.textNode((String) value);
  }

  // ------------------------------------------------------------------ HasilAudit

  static HasilAudit readHasilAudit(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "temuan");
    if (f == null) {
      return null;
    }
    List<Temuan> temuan = f.list("temuan", TemuanCodec::readTemuan);
    return temuan == null ? null : new HasilAudit(temuan);
  }

  static JsonNode writeHasilAudit(HasilAudit value) {
    return writeHasilAudit(value, t -> Optional.empty());
  }

  /** The result, each finding with the {@code jalur} {@code jalur} gives it. */
  static ObjectNode writeHasilAudit(HasilAudit value, Function<Temuan, Optional<String>> jalur) {
    ObjectNode o = Nodes.object();
    List<JsonNode> items = new ArrayList<>(value.temuan().size());
    for (Temuan t : value.temuan()) {
      items.add(writeTemuan(t, jalur.apply(t)));
    }
    o.set("temuan", Nodes.N.arrayNode().addAll(items));
    return o;
  }
}
