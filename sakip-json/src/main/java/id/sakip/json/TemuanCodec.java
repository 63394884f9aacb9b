package id.sakip.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.Temuan;
import java.util.Optional;

/** JSON of {@code id.sakip.temuan}. */
final class TemuanCodec {

  private TemuanCodec() {}

  static Temuan readTemuan(JsonNode node, JsonPath path, ReadContext ctx) {
    Fields f = ctx.object(node, path, "aturan", "keparahan", "lokasi", "tercetak", "dihitung", "selisih", "pesan", "jalur");
    if (f == null) {
      return null;
    }
    int mark = ctx.mark();
    String aturan = f.required("aturan", Scalars::nonBlankText);
    Keparahan keparahan = f.required("keparahan", (n, p, c) -> c.enumValue(Keparahan.class, n, p));
    String lokasi = f.required("lokasi", Scalars::text);
    Optional<String> tercetak = f.optional("tercetak", Scalars::text);
    Optional<String> dihitung = f.optional("dihitung", Scalars::text);
    Optional<String> selisih = f.optional("selisih", Scalars::text);
    String pesan = f.required("pesan", Scalars::text);
    Optional<String> jalur = f.optional("jalur", Scalars::text);
    return ctx.failedSince(mark) ? null
        : ctx.build(path, node, () -> new Temuan(aturan, keparahan, lokasi, tercetak, dihitung, selisih, pesan, jalur));
  }

  static JsonNode writeTemuan(Temuan value) {
    ObjectNode o = Nodes.object();
    o.put("aturan", value.aturan());
    o.put("keparahan", value.keparahan().name());
    o.put("lokasi", value.lokasi());
    value.tercetak().ifPresent(v -> o.put("tercetak", v));
    value.dihitung().ifPresent(v -> o.put("dihitung", v));
    value.selisih().ifPresent(v -> o.put("selisih", v));
    o.put("pesan", value.pesan());
    value.jalur().ifPresent(v -> o.put("jalur", v));
    return o;
  }
}
