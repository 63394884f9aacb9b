package id.sakip.json;

import static id.sakip.json.Member.list;
import static id.sakip.json.Member.optional;
import static id.sakip.json.Member.required;
import static id.sakip.json.Schemas.of;

import id.sakip.anggaran.KeluaranBiaya;
import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.Rupiah;
import java.math.BigDecimal;
import java.util.List;

/** The shapes of {@code id.sakip.anggaran}. */
final class AnggaranShapes {

  private AnggaranShapes() {}

  /** The schema pattern of a code, whitespace around it allowed. */
  static final String KODE_PATTERN = "^[\\t-\\r\\u001c- \\u1680\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f"
      + "\\u3000]*([0-9]|X)(\\.([0-9]{2}|XX)(\\.[0-9]{2}(\\.[0-9]\\.[0-9]{2}(\\.([0-9]{2}|[0-9]{4}))?)?)?)?[\\t-\\r"
      + "\\u001c- \\u1680\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f\\u3000]*$";

  static final Shape<KodeNomenklatur> KODE = Shapes.scalar((in, path, ctx) -> {
    String text = Shapes.text(in, path, ctx);
    return text == null ? null : kode(text, path, ReadContext.show(in), ctx);
  }, (v, out, w) -> out.string(v.toString()), s -> of("type", "string", "pattern", KODE_PATTERN), "code")
      .named("KodeNomenklatur", "A budget nomenclature code (kode nomenklatur, Permendagri 90/2019):"
          + " urusan.bidang.program.kegiatan(2 parts).sub kegiatan, e.g. \"7.01.02\" (program), \"7.01.02.2.03\""
          + " (kegiatan), \"7.01.02.2.03.01\" (sub kegiatan). Urusan and bidang may be X and XX for programs serving"
          + " every affair. Whitespace around the code is tolerated and dropped.");

  /** The code {@code text} is; one it is not is a problem at {@code path}, showing {@code shown}. */
  static KodeNomenklatur kode(String text, JsonPath path, String shown, ReadContext ctx) {
    try {
      return KodeNomenklatur.parse(text);
    } catch (IllegalArgumentException e) {
      ctx.problem(path, shown, e);
      return null;
    }
  }

  static final Shape<VersiAnggaran> VERSI = Shapes.enumOf(VersiAnggaran.class, "VersiAnggaran",
      "Budget version (versi anggaran): APBD_MURNI (original budget) or APBD_PERUBAHAN (revised budget).");

  // ------------------------------------------------------------------ NodeAnggaran

  static final Member<NodeAnggaran, KodeNomenklatur> KODE_NODE = required("kode", KODE, NodeAnggaran::kode,
      "Nomenclature code (kode nomenklatur).");
  private static final Member<NodeAnggaran, String> NAMA_NODE = required("nama", Shapes.NAME, NodeAnggaran::nama,
      "Name of the program, kegiatan or sub kegiatan (nama); not blank.");
  static final Member<NodeAnggaran, Rupiah> PAGU = optional("pagu", Shapes.RUPIAH, NodeAnggaran::paguTercatat,
      "Budget ceiling (pagu) as stated; required on a node without children.");
  static final Member<NodeAnggaran, Rupiah> REALISASI = optional("realisasi", Shapes.RUPIAH,
      NodeAnggaran::realisasiTercatat, "Spending (realisasi) as stated.");
  static final Member<NodeAnggaran, List<NodeAnggaran>> ANAK = list("anak",
      Shapes.lazy(() -> AnggaranShapes.NODE), NodeAnggaran::anak, "Child nodes (anak), in order.").omitEmpty();

  /** A budget node: {@code {"kode", "nama", "pagu"?, "realisasi"?, "anak"?: [...]}}. */
  static final ObjectShape<NodeAnggaran> NODE = ObjectShape.of(NodeAnggaran.class, "NodeAnggaran",
      "A node of a budget tree (node anggaran): program, kegiatan or sub kegiatan. A node without children must state"
          + " its pagu; figures on parents are kept as printed and checked by the audit.",
      v -> {
        NodeAnggaran.Builder b = NodeAnggaran.builder(v.get(KODE_NODE), v.get(NAMA_NODE)).anak(v.get(ANAK));
        v.optional(PAGU).ifPresent(b::pagu);
        v.optional(REALISASI).ifPresent(b::realisasi);
        return b.build();
      }, KODE_NODE, NAMA_NODE, PAGU, REALISASI, ANAK)
      .schemaExtra("anyOf", List.of(
          of("required", List.of("pagu"), "properties", of("pagu", of("not", of("type", "null")))),
          of("required", List.of("anak"), "properties", of("anak", of("type", "array", "minItems", 1)))));

  /** A budget tree: an array of its top-level nodes. */
  static final Shape<PohonAnggaran> POHON = Shapes.mapped(Shapes.list(NODE), PohonAnggaran::of, PohonAnggaran::akar)
      .named("PohonAnggaran", "A budget tree (pohon anggaran): the array of its top-level nodes, usually programs.");

  // ------------------------------------------------------------------ KeluaranBiaya

  private static final Member<KeluaranBiaya, BigDecimal> VOLUME_RENCANA = required("volumeRencana", Shapes.ANGKA,
      KeluaranBiaya::volumeRencana, "Planned output volume (volume rencana).");
  private static final Member<KeluaranBiaya, Rupiah> BIAYA_RENCANA = required("biayaRencana", Shapes.RUPIAH,
      KeluaranBiaya::biayaRencana, "Planned cost (biaya rencana).");
  private static final Member<KeluaranBiaya, BigDecimal> VOLUME_REALISASI = required("volumeRealisasi", Shapes.ANGKA,
      KeluaranBiaya::volumeRealisasi, "Output volume achieved (volume realisasi).");
  private static final Member<KeluaranBiaya, Rupiah> BIAYA_REALISASI = required("biayaRealisasi", Shapes.RUPIAH,
      KeluaranBiaya::biayaRealisasi, "Cost spent (biaya realisasi).");

  static final ObjectShape<KeluaranBiaya> KELUARAN_BIAYA = ObjectShape.of(KeluaranBiaya.class, "KeluaranBiaya",
      "Planned and achieved output with its cost (keluaran dan biaya), for the efficiency of a kegiatan.",
      v -> new KeluaranBiaya(v.get(VOLUME_RENCANA), v.get(BIAYA_RENCANA), v.get(VOLUME_REALISASI),
          v.get(BIAYA_REALISASI)),
      VOLUME_RENCANA, BIAYA_RENCANA, VOLUME_REALISASI, BIAYA_REALISASI);

  /** The bindings of this package. */
  static final List<Binding<?>> BINDINGS = List.of(
      Binding.of(KodeNomenklatur.class, KODE),
      Binding.of(NodeAnggaran.class, NODE),
      Binding.of(PohonAnggaran.class, POHON),
      Binding.of(KeluaranBiaya.class, KELUARAN_BIAYA));
}
