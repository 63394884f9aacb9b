package id.sakip.temuan;

import java.util.Optional;

/** Renders a finding's message template with its parts, in one language. */
final class PesanTemuan {

  private PesanTemuan() {}

  static String render(Temuan t, Bahasa bahasa) {
    String template = t.aturan().pesan().teks(bahasa);
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      String name = template.substring(i + 1, close);
      out.append(part(t, name, bahasa).orElse("{" + name + "}"));
      i = close + 1;
    }
    return out.toString();
  }

  /** Returns the text of the part {@code name}, if the finding has it. */
  static Optional<String> part(Temuan t, String name, Bahasa bahasa) {
    return switch (name) {
      case "lokasi" -> Optional.of(t.lokasi().teks(bahasa));
      case "tercetak" -> t.tercetak().map(n -> n.format(bahasa));
      case "pembanding" -> t.pembanding().map(p -> p.nilai().format(bahasa));
      case "sumber" -> t.pembanding().map(p -> p.sumber().istilah().teks(bahasa));
      case "selisih" -> t.selisihNilai().map(n -> n.format(bahasa));
      default -> Optional.ofNullable(t.rincian().get(name)).map(v -> detail(v, bahasa));
    };
  }

  private static String detail(Object value, Bahasa bahasa) {
    if (value instanceof Nilai n) {
      return n.format(bahasa);
    }
    if (value instanceof Istilah i) {
      return i.teks(bahasa);
    }
    return (String) value;
  }
}
