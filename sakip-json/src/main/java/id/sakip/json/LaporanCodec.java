package id.sakip.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Notasi;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.DeretPeriode;
import id.sakip.kinerja.Target;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.laporan.RealisasiIku;
import id.sakip.laporan.TabelRealisasiAnggaran;
import id.sakip.laporan.Tercetak;
import id.sakip.perencanaan.PerjanjianKinerja;
import id.sakip.perencanaan.Renstra;
import id.sakip.perencanaan.Rkt;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** JSON of {@code id.sakip.laporan}, including the {@value #FORMAT} document. */
final class LaporanCodec {

  /** The format marker of version 1 of the LKj document. */
  static final String FORMAT = "sakip-lkj/1";

  private LaporanCodec() {}

  static RealisasiIku readRealisasiIku(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "indikator", "realisasi", "target", "periode");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    String indikator = f.required("indikator", Scalars::text);
    SortedMap<Integer, BigDecimal> realisasi =
        f.optional("realisasi", (n, p, c) -> c.yearMap(n, p, Scalars::decimal)).orElse(new TreeMap<>());
    SortedMap<Integer, Target> target =
        f.optional("target", (n, p, c) -> c.yearMap(n, p, KinerjaCodec::readTarget)).orElse(new TreeMap<>());
    Optional<DeretPeriode> periode = f.optional("periode", KinerjaCodec::readDeretPeriode);
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> RealisasiIku.builder().indikator(indikator)
        .putAllRealisasi(realisasi).putAllTarget(target).periode(periode).build());
  }

  static JsonNode writeRealisasiIku(RealisasiIku v) {
    ObjectNode o = Nodes.object();
    o.put("indikator", v.indikator());
    o.set("realisasi", Nodes.keyed(v.realisasi(), AngkaCodec::writeDecimal));
    if (!v.target().isEmpty()) {
      o.set("target", Nodes.keyed(v.target(), KinerjaCodec::writeTarget));
    }
    v.periode().ifPresent(p -> o.set("periode", KinerjaCodec.writeDeretPeriode(p)));
    return o;
  }

  static TabelRealisasiAnggaran readTabel(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "versi", "anggaran", "jumlahPagu", "jumlahRealisasi");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    VersiAnggaran versi = f.required("versi", (n, p, c) -> c.enumValue(VersiAnggaran.class, n, p));
    PohonAnggaran anggaran = f.required("anggaran", AnggaranCodec::readPohon);
    Optional<Rupiah> pagu = f.optional("jumlahPagu", Scalars::rupiah);
    Optional<Rupiah> realisasi = f.optional("jumlahRealisasi", Scalars::rupiah);
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> TabelRealisasiAnggaran.builder()
        .versi(versi).anggaran(anggaran).jumlahPagu(pagu).jumlahRealisasi(realisasi).build());
  }

  static JsonNode writeTabel(TabelRealisasiAnggaran v) {
    ObjectNode o = Nodes.object();
    o.put("versi", v.versi().name());
    o.set("anggaran", AnggaranCodec.writePohon(v.anggaran()));
    v.jumlahPagu().ifPresent(p -> o.set("jumlahPagu", AngkaCodec.writeRupiah(p)));
    v.jumlahRealisasi().ifPresent(p -> o.set("jumlahRealisasi", AngkaCodec.writeRupiah(p)));
    return o;
  }

  /**
   * True when every printed figure with a separator was read in English notation, so the written
   * document must declare it for its text to read back the same. (A document mixing notations
   * cannot declare both; its figures keep their text and are read in Indonesian notation.)
   */
  private static boolean englishFigures(LaporanKinerja v) {
    java.util.List<AngkaTercetak> figures = v.tercetak().map(Tercetak::semuaAngka).orElse(java.util.List.of());
    java.util.List<AngkaTercetak> separated = figures.stream()
        .filter(f -> f.teks().indexOf('.') >= 0 || f.teks().indexOf(',') >= 0).toList();
    return !separated.isEmpty() && separated.stream().allMatch(f -> f.notasi() == Notasi.INGGRIS);
  }

  /**
   * The whole document. The optional {@code notasi} member ({@code "INDONESIA"} or {@code
   * "INGGRIS"}) declares how numbers written as strings are read; it applies to the whole document.
   */
  static LaporanKinerja readLaporan(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "format", "notasi", "instansi", "tahun", "renstra", "perjanjianKinerja", "rkt",
        "realisasiIku", "realisasiAnggaran", "tercetak");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    String format = f.required("format", Scalars::text);
    if (format != null && !FORMAT.equals(format)) {
      ctx.problem(path.child("format"), node.get("format"), "must be \"" + FORMAT + "\"; this reader knows no other version");
    }
    Optional<Notasi> notasi = f.optional("notasi", (n, p, c) -> c.enumValue(Notasi.class, n, p));
    if (notasi.filter(n -> n == Notasi.OTOMATIS).isPresent()) {
      ctx.problem(path.child("notasi"), node.get("notasi"), "must be INDONESIA or INGGRIS: a document declares one notation");
    }
    notasi.ifPresent(ctx::notasi);
    String instansi = f.required("instansi", Scalars::nonBlankText);
    Integer tahun = f.required("tahun", Scalars::integer);
    Optional<Renstra> renstra = f.optional("renstra", PerencanaanCodec::readRenstra);
    Optional<PerjanjianKinerja> pk = f.optional("perjanjianKinerja", PerencanaanCodec::readPerjanjianKinerja);
    Optional<Rkt> rkt = f.optional("rkt", PerencanaanCodec::readRkt);
    List<RealisasiIku> iku = f.list("realisasiIku", LaporanCodec::readRealisasiIku);
    Optional<TabelRealisasiAnggaran> tabel = f.optional("realisasiAnggaran", LaporanCodec::readTabel);
    Optional<Tercetak> tercetak = f.optional("tercetak", TercetakCodec::readTercetak);
    return ctx.failedSince(mark) ? null : ctx.build(path, node, () -> LaporanKinerja.builder()
        .instansi(instansi).tahun(tahun).renstra(renstra).perjanjianKinerja(pk).rkt(rkt)
        .addAllRealisasiIku(iku).realisasiAnggaran(tabel).tercetak(tercetak).build());
  }

  static JsonNode writeLaporan(LaporanKinerja v) {
    ObjectNode o = Nodes.object();
    o.put("format", FORMAT);
    if (englishFigures(v)) {
      o.put("notasi", Notasi.INGGRIS.name()); // printed figures are text: say how to read them back
    }
    o.put("instansi", v.instansi());
    o.put("tahun", v.tahun());
    v.renstra().ifPresent(r -> o.set("renstra", PerencanaanCodec.writeRenstra(r)));
    v.perjanjianKinerja().ifPresent(p -> o.set("perjanjianKinerja", PerencanaanCodec.writePerjanjianKinerja(p)));
    v.rkt().ifPresent(r -> o.set("rkt", PerencanaanCodec.writeRkt(r)));
    o.set("realisasiIku", Nodes.array(v.realisasiIku(), LaporanCodec::writeRealisasiIku));
    v.realisasiAnggaran().ifPresent(t -> o.set("realisasiAnggaran", writeTabel(t)));
    v.tercetak().ifPresent(t -> o.set("tercetak", TercetakCodec.writeTercetak(t)));
    return o;
  }
}
