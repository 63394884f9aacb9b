package id.sakip.json;

import static id.sakip.json.Nodes.N;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import id.sakip.perencanaan.PerjanjianKinerja;
import id.sakip.perencanaan.ProgramPk;
import id.sakip.perencanaan.Renstra;
import id.sakip.perencanaan.Rkt;
import id.sakip.perencanaan.SasaranRenstra;
import id.sakip.perencanaan.SasaranRkt;
import id.sakip.perencanaan.TargetKinerja;
import id.sakip.perencanaan.Tujuan;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/** JSON of {@code id.sakip.perencanaan}. */
final class PerencanaanCodec {

  private PerencanaanCodec() {}

  // ------------------------------------------------------------------ Renstra

  static IndikatorRenstra readIndikatorRenstra(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "indikator", "targetTahunan", "targetAkhir");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    Indikator indikator = f.required("indikator", KinerjaCodec::readIndikator);
    SortedMap<Integer, Target> tahunan =
        f.optional("targetTahunan", (n, p, c) -> c.yearMap(n, p, KinerjaCodec::readTarget)).orElse(new java.util.TreeMap<>());
    Target akhir = f.required("targetAkhir", KinerjaCodec::readTarget);
    return ctx.failedSince(mark) ? null : ctx.build(path, node,
        () -> IndikatorRenstra.builder().indikator(indikator).putAllTargetTahunan(tahunan).targetAkhir(akhir).build());
  }

  static JsonNode writeIndikatorRenstra(IndikatorRenstra v) {
    ObjectNode o = Nodes.object();
    o.set("indikator", KinerjaCodec.writeIndikator(v.indikator()));
    if (!v.targetTahunan().isEmpty()) {
      o.set("targetTahunan", Nodes.keyed(v.targetTahunan(), KinerjaCodec::writeTarget));
    }
    o.set("targetAkhir", KinerjaCodec.writeTarget(v.targetAkhir()));
    return o;
  }

  static SasaranRenstra readSasaranRenstra(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "nama", "indikator");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    String nama = f.required("nama", Scalars::text);
    List<IndikatorRenstra> indikator = f.list("indikator", PerencanaanCodec::readIndikatorRenstra);
    return ctx.failedSince(mark) ? null
        : ctx.build(path, node, () -> SasaranRenstra.builder().nama(nama).addAllIndikator(indikator).build());
  }

  static JsonNode writeSasaranRenstra(SasaranRenstra v) {
    ObjectNode o = Nodes.object();
    o.put("nama", v.nama());
    o.set("indikator", Nodes.array(v.indikator(), PerencanaanCodec::writeIndikatorRenstra));
    return o;
  }

  static Tujuan readTujuan(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "nama", "sasaran");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    String nama = f.required("nama", Scalars::text);
    List<SasaranRenstra> sasaran = f.list("sasaran", PerencanaanCodec::readSasaranRenstra);
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> Tujuan.builder().nama(nama).addAllSasaran(sasaran).build());
  }

  static JsonNode writeTujuan(Tujuan v) {
    ObjectNode o = Nodes.object();
    o.put("nama", v.nama());
    o.set("sasaran", Nodes.array(v.sasaran(), PerencanaanCodec::writeSasaranRenstra));
    return o;
  }

  static Renstra readRenstra(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "tahunAwal", "tahunAkhir", "tujuan");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    Integer awal = f.required("tahunAwal", Scalars::integer);
    Integer akhir = f.required("tahunAkhir", Scalars::integer);
    List<Tujuan> tujuan = f.list("tujuan", PerencanaanCodec::readTujuan);
    return ctx.failedSince(mark) ? null
        : ctx.build(path, node, () -> Renstra.builder().tahunAwal(awal).tahunAkhir(akhir).addAllTujuan(tujuan).build());
  }

  static JsonNode writeRenstra(Renstra v) {
    ObjectNode o = Nodes.object();
    o.put("tahunAwal", v.tahunAwal());
    o.put("tahunAkhir", v.tahunAkhir());
    o.set("tujuan", Nodes.array(v.tujuan(), PerencanaanCodec::writeTujuan));
    return o;
  }

  // ------------------------------------------------------------------ Perjanjian Kinerja

  static TargetKinerja readTargetKinerja(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "sasaran", "indikator", "target");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    String sasaran = f.required("sasaran", Scalars::text);
    Indikator indikator = f.required("indikator", KinerjaCodec::readIndikator);
    Target target = f.required("target", KinerjaCodec::readTarget);
    return ctx.failedSince(mark) ? null : ctx.build(path, node,
        () -> TargetKinerja.builder().sasaran(sasaran).indikator(indikator).target(target).build());
  }

  static JsonNode writeTargetKinerja(TargetKinerja v) {
    ObjectNode o = Nodes.object();
    o.put("sasaran", v.sasaran());
    o.set("indikator", KinerjaCodec.writeIndikator(v.indikator()));
    o.set("target", KinerjaCodec.writeTarget(v.target()));
    return o;
  }

  static ProgramPk readProgramPk(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "kode", "nama", "pagu");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    Optional<KodeNomenklatur> kode = f.optional("kode", AnggaranCodec::readKode);
    String nama = f.required("nama", Scalars::text);
    Rupiah pagu = f.required("pagu", Scalars::rupiah);
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> new ProgramPk(nama, pagu, kode));
  }

  static JsonNode writeProgramPk(ProgramPk v) {
    ObjectNode o = Nodes.object();
    v.kode().ifPresent(k -> o.put("kode", k.toString()));
    o.put("nama", v.nama());
    o.set("pagu", AngkaCodec.writeRupiah(v.pagu()));
    return o;
  }

  static AnggaranPk readAnggaranPk(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "versi", "program", "jumlahTercetak");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    VersiAnggaran versi = f.required("versi", (n, p, c) -> c.enumValue(VersiAnggaran.class, n, p));
    List<ProgramPk> program = f.list("program", PerencanaanCodec::readProgramPk);
    Optional<Rupiah> jumlah = f.optional("jumlahTercetak", Scalars::rupiah);
    return ctx.failedSince(mark) ? null : ctx.build(path, node,
        () -> AnggaranPk.builder().versi(versi).addAllProgram(program).jumlahTercetak(jumlah).build());
  }

  static JsonNode writeAnggaranPk(AnggaranPk v) {
    ObjectNode o = Nodes.object();
    o.put("versi", v.versi().name());
    o.set("program", Nodes.array(v.program(), PerencanaanCodec::writeProgramPk));
    v.jumlahTercetak().ifPresent(j -> o.set("jumlahTercetak", AngkaCodec.writeRupiah(j)));
    return o;
  }

  static PerjanjianKinerja readPerjanjianKinerja(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "tahun", "target", "anggaran");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    Integer tahun = f.required("tahun", Scalars::integer);
    List<TargetKinerja> target = f.list("target", PerencanaanCodec::readTargetKinerja);
    List<AnggaranPk> anggaran = f.list("anggaran", PerencanaanCodec::readAnggaranPk);
    return ctx.failedSince(mark) ? null : ctx.build(path, node,
        () -> PerjanjianKinerja.builder().tahun(tahun).addAllTarget(target).addAllAnggaran(anggaran).build());
  }

  static JsonNode writePerjanjianKinerja(PerjanjianKinerja v) {
    ObjectNode o = Nodes.object();
    o.put("tahun", v.tahun());
    o.set("target", Nodes.array(v.target(), PerencanaanCodec::writeTargetKinerja));
    o.set("anggaran", Nodes.array(v.anggaran(), PerencanaanCodec::writeAnggaranPk));
    return o;
  }

  // ------------------------------------------------------------------ RKT

  static KeluaranRkt readKeluaranRkt(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "indikator", "target", "satuan");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    Optional<String> indikator = f.optional("indikator", Scalars::nonBlankText);
    BigDecimal target = f.required("target", Scalars::decimal);
    Satuan satuan = f.required("satuan", KinerjaCodec::readSatuan);
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> new KeluaranRkt(indikator, target, satuan));
  }

  static JsonNode writeKeluaranRkt(KeluaranRkt v) {
    ObjectNode o = Nodes.object();
    v.indikator().ifPresent(i -> o.put("indikator", i));
    o.set("target", N.numberNode(v.target()));
    o.set("satuan", KinerjaCodec.writeSatuan(v.satuan()));
    return o;
  }

  static SasaranRkt readSasaranRkt(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "target", "pendukung");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    TargetKinerja target = f.required("target", PerencanaanCodec::readTargetKinerja);
    List<KodeNomenklatur> pendukung = f.list("pendukung", AnggaranCodec::readKode);
    return ctx.failedSince(mark) ? null
        : ctx.build(path, node, () -> SasaranRkt.builder().target(target).addAllPendukung(pendukung).build());
  }

  static JsonNode writeSasaranRkt(SasaranRkt v) {
    ObjectNode o = Nodes.object();
    o.set("target", writeTargetKinerja(v.target()));
    o.set("pendukung", Nodes.array(v.pendukung(), AnggaranCodec::writeKode));
    return o;
  }

  static Rkt readRkt(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "tahun", "sasaran", "anggaran", "keluaran");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    Integer tahun = f.required("tahun", Scalars::integer);
    List<SasaranRkt> sasaran = f.list("sasaran", PerencanaanCodec::readSasaranRkt);
    PohonAnggaran anggaran = f.required("anggaran", AnggaranCodec::readPohon);
    Map<KodeNomenklatur, KeluaranRkt> keluaran = f.optional("keluaran", PerencanaanCodec::readKeluaranMap).orElse(Map.of());
    return ctx.failedSince(mark) ? null : ctx.build(path, node,
        () -> Rkt.builder().tahun(tahun).addAllSasaran(sasaran).anggaran(anggaran).putAllKeluaran(keluaran).build());
  }

  private static Map<KodeNomenklatur, KeluaranRkt> readKeluaranMap(JsonNode node, JsonPath path, ReadContext ctx) {
    if (!node.isObject()) {
      ctx.problem(path, node, "must be an object whose keys are nomenclature codes such as \"7.01.01.2.01.01\"");
      return null;
    }
    int mark = ctx.mark();
    Map<KodeNomenklatur, KeluaranRkt> out = new LinkedHashMap<>();
    Map<KodeNomenklatur, String> written = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonPath childPath = path.key(e.getKey());
      KodeNomenklatur kode = AnggaranCodec.readKode(Nodes.N.textNode(e.getKey()), childPath, ctx);
      KeluaranRkt k = readKeluaranRkt(e.getValue(), childPath, ctx);
      String earlier = kode == null ? null : written.putIfAbsent(kode, e.getKey());
      if (earlier != null) {
        ctx.problem(childPath, e.getKey(), "key '" + e.getKey() + "' is code " + kode + " again (already given as '"
            + earlier + "'); each code may appear once");
      } else if (kode != null) {
        out.put(kode, k);
      }
    }
    return ctx.failedSince(mark) ? null : out;
  }

  static JsonNode writeRkt(Rkt v) {
    ObjectNode o = Nodes.object();
    o.put("tahun", v.tahun());
    o.set("sasaran", Nodes.array(v.sasaran(), PerencanaanCodec::writeSasaranRkt));
    o.set("anggaran", AnggaranCodec.writePohon(v.anggaran()));
    ObjectNode keluaran = Nodes.object();
    v.keluaran().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> keluaran.set(e.getKey().toString(), writeKeluaranRkt(e.getValue())));
    o.set("keluaran", keluaran);
    return o;
  }
}
