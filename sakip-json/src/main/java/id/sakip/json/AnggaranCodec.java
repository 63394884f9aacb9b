package id.sakip.json;

import static id.sakip.json.Nodes.N;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.anggaran.KeluaranBiaya;
import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.angka.Rupiah;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** JSON of {@code id.sakip.anggaran}. */
final class AnggaranCodec {

  private AnggaranCodec() {}

  static KodeNomenklatur readKode(JsonNode node, JsonPath path, ReadContext ctx) {
    String s = ctx.text(node, path);
    return s == null ? null : ctx.build(path, node, () -> KodeNomenklatur.parse(s));
  }

  static JsonNode writeKode(KodeNomenklatur value) {
    return N.textNode(value.toString());
  }

  /** A budget node: {@code {"kode", "nama", "pagu"?, "realisasi"?, "anak"?: [...]}}. */
  static NodeAnggaran readNode(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "kode", "nama", "pagu", "realisasi", "anak");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    KodeNomenklatur kode = f.required("kode", AnggaranCodec::readKode);
    String nama = f.required("nama", Scalars::text);
    Optional<Rupiah> pagu = f.optional("pagu", Scalars::rupiah);
    Optional<Rupiah> realisasi = f.optional("realisasi", Scalars::rupiah);
    List<NodeAnggaran> anak = f.list("anak", AnggaranCodec::readNode);
    if (ctx.failedSince(mark)) {
      return null;
    }
    return ctx.build(path, node, () -> {
      NodeAnggaran.Builder b = NodeAnggaran.builder(kode, nama).anak(anak);
      pagu.ifPresent(b::pagu);
      realisasi.ifPresent(b::realisasi);
      return b.build();
    });
  }

  static JsonNode writeNode(NodeAnggaran value) {
    ObjectNode o = Nodes.object();
    o.put("kode", value.kode().toString());
    o.put("nama", value.nama());
    value.paguTercatat().ifPresent(p -> o.set("pagu", AngkaCodec.writeRupiah(p)));
    value.realisasiTercatat().ifPresent(r -> o.set("realisasi", AngkaCodec.writeRupiah(r)));
    if (!value.anak().isEmpty()) {
      o.set("anak", Nodes.array(value.anak(), AnggaranCodec::writeNode));
    }
    return o;
  }

  /** A budget tree: an array of its top-level nodes. */
  static PohonAnggaran readPohon(JsonNode node, JsonPath path, ReadContext ctx) {
    List<NodeAnggaran> akar = ctx.list(node, path, AnggaranCodec::readNode);
    return akar == null ? null : ctx.build(path, node, () -> PohonAnggaran.of(akar));
  }

  static JsonNode writePohon(PohonAnggaran value) {
    return Nodes.array(value.akar(), AnggaranCodec::writeNode);
  }

  static KeluaranBiaya readKeluaranBiaya(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "volumeRencana", "biayaRencana", "volumeRealisasi", "biayaRealisasi");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    BigDecimal volumeRencana = f.required("volumeRencana", Scalars::decimal);
    Rupiah biayaRencana = f.required("biayaRencana", Scalars::rupiah);
    BigDecimal volumeRealisasi = f.required("volumeRealisasi", Scalars::decimal);
    Rupiah biayaRealisasi = f.required("biayaRealisasi", Scalars::rupiah);
    return ctx.failedSince(mark) ? null
        : ctx.build(path, node, () -> new KeluaranBiaya(volumeRencana, biayaRencana, volumeRealisasi, biayaRealisasi));
  }

  static JsonNode writeKeluaranBiaya(KeluaranBiaya value) {
    ObjectNode o = Nodes.object();
    o.set("volumeRencana", N.numberNode(value.volumeRencana()));
    o.set("biayaRencana", AngkaCodec.writeRupiah(value.biayaRencana()));
    o.set("volumeRealisasi", N.numberNode(value.volumeRealisasi()));
    o.set("biayaRealisasi", AngkaCodec.writeRupiah(value.biayaRealisasi()));
    return o;
  }
}
