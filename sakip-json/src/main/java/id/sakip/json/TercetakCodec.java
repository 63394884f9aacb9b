package id.sakip.json;

import static id.sakip.json.Nodes.N;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.angka.AngkaTercetak;
import id.sakip.laporan.AngkaNarasi;
import id.sakip.laporan.BarisAnggaranSasaran;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.BarisKemajuan;
import id.sakip.laporan.Besaran;
import id.sakip.laporan.Tercetak;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JSON of the printed figures of a report ({@code id.sakip.laporan.Tercetak} and its rows). */
final class TercetakCodec {

  private TercetakCodec() {}

  static BarisCapaian readBarisCapaian(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "tempat", "indikator", "tahun", "target", "realisasi", "capaian", "kategori");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    String tempat = f.required("tempat", Scalars::nonBlankText);
    String indikator = f.required("indikator", Scalars::nonBlankText);
    Integer tahun = f.required("tahun", Scalars::integer);
    Optional<AngkaTercetak> target = f.optional("target", AngkaCodec::readTercetak);
    Optional<AngkaTercetak> realisasi = f.optional("realisasi", AngkaCodec::readTercetak);
    Optional<AngkaTercetak> capaian = f.optional("capaian", AngkaCodec::readTercetak);
    Optional<String> kategori = f.optional("kategori", Scalars::nonBlankText);
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> BarisCapaian.builder().tempat(tempat)
        .indikator(indikator).tahun(tahun).target(target).realisasi(realisasi).capaian(capaian).kategori(kategori)
        .build());
  }

  static JsonNode writeBarisCapaian(BarisCapaian v) {
    ObjectNode o = Nodes.object();
    o.put("tempat", v.tempat());
    o.put("indikator", v.indikator());
    o.put("tahun", v.tahun());
    Nodes.putIfPresent(o, "target", v.target(), AngkaCodec::writeTercetak);
    Nodes.putIfPresent(o, "realisasi", v.realisasi(), AngkaCodec::writeTercetak);
    Nodes.putIfPresent(o, "capaian", v.capaian(), AngkaCodec::writeTercetak);
    v.kategori().ifPresent(k -> o.put("kategori", k));
    return o;
  }

  static BarisKemajuan readBarisKemajuan(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "tempat", "indikator", "targetAkhir", "realisasi", "kemajuan");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    String tempat = f.required("tempat", Scalars::nonBlankText);
    String indikator = f.required("indikator", Scalars::nonBlankText);
    Optional<AngkaTercetak> akhir = f.optional("targetAkhir", AngkaCodec::readTercetak);
    Optional<AngkaTercetak> realisasi = f.optional("realisasi", AngkaCodec::readTercetak);
    Optional<AngkaTercetak> kemajuan = f.optional("kemajuan", AngkaCodec::readTercetak);
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> BarisKemajuan.builder().tempat(tempat)
        .indikator(indikator).targetAkhir(akhir).realisasi(realisasi).kemajuan(kemajuan).build());
  }

  static JsonNode writeBarisKemajuan(BarisKemajuan v) {
    ObjectNode o = Nodes.object();
    o.put("tempat", v.tempat());
    o.put("indikator", v.indikator());
    Nodes.putIfPresent(o, "targetAkhir", v.targetAkhir(), AngkaCodec::writeTercetak);
    Nodes.putIfPresent(o, "realisasi", v.realisasi(), AngkaCodec::writeTercetak);
    Nodes.putIfPresent(o, "kemajuan", v.kemajuan(), AngkaCodec::writeTercetak);
    return o;
  }

  static BarisAnggaranSasaran readBarisAnggaran(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "tempat", "indikator", "alokasi", "realisasiAnggaran", "porsi", "serapan",
        "capaianKinerja", "efisiensi");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    String tempat = f.required("tempat", Scalars::nonBlankText);
    String indikator = f.required("indikator", Scalars::nonBlankText);
    Optional<AngkaTercetak> alokasi = f.optional("alokasi", AngkaCodec::readTercetak);
    Optional<AngkaTercetak> realisasi = f.optional("realisasiAnggaran", AngkaCodec::readTercetak);
    Optional<AngkaTercetak> porsi = f.optional("porsi", AngkaCodec::readTercetak);
    Optional<AngkaTercetak> serapan = f.optional("serapan", AngkaCodec::readTercetak);
    Optional<AngkaTercetak> capaian = f.optional("capaianKinerja", AngkaCodec::readTercetak);
    Optional<AngkaTercetak> efisiensi = f.optional("efisiensi", AngkaCodec::readTercetak);
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> BarisAnggaranSasaran.builder().tempat(tempat)
        .indikator(indikator).alokasi(alokasi).realisasiAnggaran(realisasi).porsi(porsi).serapan(serapan)
        .capaianKinerja(capaian).efisiensi(efisiensi).build());
  }

  static JsonNode writeBarisAnggaran(BarisAnggaranSasaran v) {
    ObjectNode o = Nodes.object();
    o.put("tempat", v.tempat());
    o.put("indikator", v.indikator());
    Nodes.putIfPresent(o, "alokasi", v.alokasi(), AngkaCodec::writeTercetak);
    Nodes.putIfPresent(o, "realisasiAnggaran", v.realisasiAnggaran(), AngkaCodec::writeTercetak);
    Nodes.putIfPresent(o, "porsi", v.porsi(), AngkaCodec::writeTercetak);
    Nodes.putIfPresent(o, "serapan", v.serapan(), AngkaCodec::writeTercetak);
    Nodes.putIfPresent(o, "capaianKinerja", v.capaianKinerja(), AngkaCodec::writeTercetak);
    Nodes.putIfPresent(o, "efisiensi", v.efisiensi(), AngkaCodec::writeTercetak);
    return o;
  }

  static AngkaNarasi readNarasi(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "tempat", "indikator", "tahun", "besaran", "nilai", "pembilang", "penyebut");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    String tempat = f.required("tempat", Scalars::nonBlankText);
    String indikator = f.required("indikator", Scalars::nonBlankText);
    Integer tahun = f.required("tahun", Scalars::integer);
    Besaran besaran = f.required("besaran", (n, p, c) -> c.enumValue(Besaran.class, n, p));
    AngkaTercetak nilai = f.required("nilai", AngkaCodec::readTercetak);
    Optional<BigDecimal> pembilang = f.optional("pembilang", Scalars::decimal);
    Optional<BigDecimal> penyebut = f.optional("penyebut", Scalars::decimal);
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> AngkaNarasi.builder().tempat(tempat)
        .indikator(indikator).tahun(tahun).besaran(besaran).nilai(nilai).pembilang(pembilang).penyebut(penyebut)
        .build());
  }

  static JsonNode writeNarasi(AngkaNarasi v) {
    ObjectNode o = Nodes.object();
    o.put("tempat", v.tempat());
    o.put("indikator", v.indikator());
    o.put("tahun", v.tahun());
    o.put("besaran", v.besaran().name());
    o.set("nilai", AngkaCodec.writeTercetak(v.nilai()));
    Nodes.putIfPresent(o, "pembilang", v.pembilang(), N::numberNode);
    Nodes.putIfPresent(o, "penyebut", v.penyebut(), N::numberNode);
    return o;
  }

  static Tercetak readTercetak(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "capaian", "kemajuan", "anggaranSasaran", "serapanTabelB", "serapanJumlahTabelB",
        "narasi");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    List<BarisCapaian> capaian = f.list("capaian", TercetakCodec::readBarisCapaian);
    List<BarisKemajuan> kemajuan = f.list("kemajuan", TercetakCodec::readBarisKemajuan);
    List<BarisAnggaranSasaran> anggaran = f.list("anggaranSasaran", TercetakCodec::readBarisAnggaran);
    Map<KodeNomenklatur, AngkaTercetak> serapan = f.optional("serapanTabelB", TercetakCodec::readSerapanMap).orElse(Map.of());
    Optional<AngkaTercetak> jumlah = f.optional("serapanJumlahTabelB", AngkaCodec::readTercetak);
    List<AngkaNarasi> narasi = f.list("narasi", TercetakCodec::readNarasi);
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> Tercetak.builder().addAllCapaian(capaian)
        .addAllKemajuan(kemajuan).addAllAnggaranSasaran(anggaran).putAllSerapanTabelB(serapan)
        .serapanJumlahTabelB(jumlah).addAllNarasi(narasi).build());
  }

  private static Map<KodeNomenklatur, AngkaTercetak> readSerapanMap(JsonNode node, JsonPath path, ReadContext ctx) {
    if (!node.isObject()) {
      ctx.problem(path, node, "must be an object whose keys are nomenclature codes and values printed percentages");
      return null;
    }
    int mark = ctx.mark();
    Map<KodeNomenklatur, AngkaTercetak> out = new LinkedHashMap<>();
    Map<KodeNomenklatur, String> written = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonPath childPath = path.key(e.getKey());
      KodeNomenklatur kode = AnggaranCodec.readKode(N.textNode(e.getKey()), childPath, ctx);
      AngkaTercetak value = AngkaCodec.readTercetak(e.getValue(), childPath, ctx);
      String earlier = kode == null ? null : written.putIfAbsent(kode, e.getKey());
      if (earlier != null) {
        ctx.problem(childPath, e.getKey(), "key '" + e.getKey() + "' is code " + kode + " again (already given as '"
            + earlier + "'); each code may appear once");
      } else if (kode != null) {
        out.put(kode, value);
      }
    }
    return ctx.failedSince(mark) ? null : out;
  }

  static JsonNode writeTercetak(Tercetak v) {
    ObjectNode o = Nodes.object();
    o.set("capaian", Nodes.array(v.capaian(), TercetakCodec::writeBarisCapaian));
    o.set("kemajuan", Nodes.array(v.kemajuan(), TercetakCodec::writeBarisKemajuan));
    o.set("anggaranSasaran", Nodes.array(v.anggaranSasaran(), TercetakCodec::writeBarisAnggaran));
    ObjectNode serapan = Nodes.object();
    v.serapanTabelB().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> serapan.set(e.getKey().toString(), AngkaCodec.writeTercetak(e.getValue())));
    o.set("serapanTabelB", serapan);
    Nodes.putIfPresent(o, "serapanJumlahTabelB", v.serapanJumlahTabelB(), AngkaCodec::writeTercetak);
    o.set("narasi", Nodes.array(v.narasi(), TercetakCodec::writeNarasi));
    return o;
  }
}
