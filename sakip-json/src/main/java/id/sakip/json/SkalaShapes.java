package id.sakip.json;

import static id.sakip.json.Member.optional;
import static id.sakip.json.Member.required;
import static id.sakip.json.Schemas.of;
import static id.sakip.json.Shapes.alternative;

import id.sakip.json.TokenSource.Token;
import id.sakip.skala.KebijakanCelah;
import id.sakip.skala.Pita;
import id.sakip.skala.Rentang;
import id.sakip.skala.SkalaOrdinal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The shapes of {@code id.sakip.skala}. A built-in scale is written by its stable name ({@code
 * "KAB_MALANG_KECAMATAN"}); any other as an object with its bands.
 */
final class SkalaShapes {

  private SkalaShapes() {}

  /** Built-in ordinal scales by stable name. */
  static final Map<String, SkalaOrdinal> BUILT_IN = new TreeMap<>(Map.of(
      "KAB_MALANG_KECAMATAN", SkalaOrdinal.KAB_MALANG_KECAMATAN,
      "PERMENDAGRI_86_2017", SkalaOrdinal.PERMENDAGRI_86_2017,
      "LKJIP_BILANGAN_BULAT", SkalaOrdinal.LKJIP_BILANGAN_BULAT,
      "E_SAKIP_PLUGIN", SkalaOrdinal.E_SAKIP_PLUGIN));

  /** A value of a fixed set written by its stable name; {@code what} and {@code alternatives} word the problem. */
  static <T> Shape<T> byName(Map<String, T> values, Teks rule) {
    return Shapes.scalar((in, path, ctx) -> {
      String name = Shapes.text(in, path, ctx);
      T value = name == null ? null : values.get(name);
      if (name != null && value == null) {
        ctx.problem(path, in, rule.plus(ctx.hint(name, values.keySet())));
      }
      return value;
    }, (v, out, w) -> out.string(values.entrySet().stream().filter(e -> e.getValue().equals(v)).findFirst()
        .orElseThrow().getKey()), s -> of("enum", List.copyOf(values.keySet())),
        String.join(" \\| ", values.keySet().stream().map(k -> "`\"" + k + "\"`").toList()));
  }

  // ------------------------------------------------------------------ Rentang

  private static final RangeMembers<Rentang> RENTANG_MEMBERS = new RangeMembers<>(r -> r);

  /** A range: {@code {"bawah": 70, "bawahTermasuk": true, "atas": 85, "atasTermasuk": false}}; an absent bound is open-ended. */
  static final ObjectShape<Rentang> RENTANG = ObjectShape.of(Rentang.class, "Rentang",
      "A range of numbers (rentang); an absent bound is open-ended.", RENTANG_MEMBERS::range,
      RENTANG_MEMBERS.bawah, RENTANG_MEMBERS.bawahTermasuk, RENTANG_MEMBERS.atas, RENTANG_MEMBERS.atasTermasuk);

  // ------------------------------------------------------------------ Pita

  private static final Member<Pita, String> LABEL = required("label", Shapes.NAME, Pita::label,
      "What the band is called (label), e.g. \"Sangat berhasil\".");
  private static final Member<Pita, String> KODE = optional("kode", Shapes.NAME, Pita::kode,
      "A short code of the band (kode), e.g. \"AA\".");
  private static final RangeMembers<Pita> PITA_RANGE = new RangeMembers<>(Pita::rentang);

  static final ObjectShape<Pita> PITA = ObjectShape.of(Pita.class, "Pita", "A band of an ordinal scale (pita): its"
      + " label, code and range of values.",
      v -> {
        Rentang range = PITA_RANGE.range(v);
        return v.optional(KODE).map(k -> Pita.of(range, v.get(LABEL), k)).orElseGet(() -> Pita.of(range, v.get(LABEL)));
      }, LABEL, KODE, PITA_RANGE.bawah, PITA_RANGE.bawahTermasuk, PITA_RANGE.atas, PITA_RANGE.atasTermasuk);

  // ------------------------------------------------------------------ KebijakanCelah

  private static final Member<KebijakanCelah.BulatkanDulu, Integer> SKALA_BULAT = required("skala",
      Shapes.integer(0, 20, "whole number (0–20)"), KebijakanCelah.BulatkanDulu::skala,
      "Decimals to round the value to first (skala).");
  private static final Member<KebijakanCelah.BulatkanDulu, RoundingMode> PEMBULATAN = required("pembulatan",
      Shapes.enumOf(RoundingMode.class, "Pembulatan", "A Java rounding mode (pembulatan): HALF_UP, HALF_EVEN, DOWN, …"),
      KebijakanCelah.BulatkanDulu::pembulatan, "How to round (pembulatan).");
  private static final ObjectShape<KebijakanCelah.BulatkanDulu> BULATKAN_DULU = ObjectShape.of(
      KebijakanCelah.BulatkanDulu.class, "BulatkanDulu", "Round the value first, then classify it (bulatkan dulu).",
      v -> (KebijakanCelah.BulatkanDulu) KebijakanCelah.bulatkanDulu(v.get(SKALA_BULAT), v.get(PEMBULATAN)),
      SKALA_BULAT, PEMBULATAN);

  private static final Teks KEBIJAKAN_RULE = Teks.of("harus \"TOLAK\", \"PITA_BAWAH\" atau objek {skala, pembulatan}",
      "must be \"TOLAK\", \"PITA_BAWAH\" or an object {skala, pembulatan}");

  private static final Shape<KebijakanCelah> KEBIJAKAN_BY_NAME = byName(
      new TreeMap<>(Map.of("TOLAK", KebijakanCelah.TOLAK, "PITA_BAWAH", KebijakanCelah.PITA_BAWAH)), KEBIJAKAN_RULE);

  /** A gap policy: {@code "TOLAK"}, {@code "PITA_BAWAH"} or {@code {"skala": 2, "pembulatan": "HALF_UP"}} (round first). */
  static final Shape<KebijakanCelah> KEBIJAKAN_CELAH = Shapes.oneOf(KEBIJAKAN_RULE, "gap policy",
      alternative(KEBIJAKAN_BY_NAME, k -> !(k instanceof KebijakanCelah.BulatkanDulu), Token.STRING),
      alternative(BULATKAN_DULU, k -> true, Token.START_OBJECT))
      .named("KebijakanCelah", "What to do with a value in a gap between bands (kebijakan celah): \"TOLAK\" (not"
          + " classified), \"PITA_BAWAH\" (the band below) or {skala, pembulatan} (round first).");

  // ------------------------------------------------------------------ SkalaOrdinal

  private static final Member<SkalaOrdinal, String> NAMA = required("nama", Shapes.NAME, SkalaOrdinal::nama,
      "Name of the scale (nama skala).");
  private static final Member<SkalaOrdinal, List<Pita>> PITA_LIST = required("pita", Shapes.list(PITA),
      SkalaOrdinal::pita, "The bands (pita), from the best.");
  private static final Member<SkalaOrdinal, Rentang> DOMAIN = optional("domain", RENTANG,
      s -> Optional.of(s.domain()), "The values the scale classifies (domain); all when left out.");
  private static final Member<SkalaOrdinal, Boolean> IZINKAN_CELAH = optional("izinkanCelah", Shapes.BOOLEAN,
      s -> s.celah().isEmpty() ? Optional.empty() : Optional.of(true),
      "Whether the bands may leave gaps (izinkan celah); false when left out.");
  private static final Member<SkalaOrdinal, KebijakanCelah> KEBIJAKAN = optional("kebijakanCelah", KEBIJAKAN_CELAH,
      s -> Optional.of(s.kebijakanCelah()), "What a value in a gap gets (kebijakan celah).");

  private static final ObjectShape<SkalaOrdinal> SKALA_SENDIRI = ObjectShape.of(SkalaOrdinal.class, "SkalaOrdinal",
      "An ordinal scale of its own (skala ordinal): its bands and the policy for gaps between them.",
      v -> {
        SkalaOrdinal.Builder b = SkalaOrdinal.builder(v.get(NAMA));
        v.get(PITA_LIST).forEach(b::pita);
        v.optional(DOMAIN).ifPresent(b::domain);
        if (v.optional(IZINKAN_CELAH).orElse(false)) {
          b.izinkanCelah();
        }
        v.optional(KEBIJAKAN).ifPresent(b::kebijakanCelah);
        return b.build();
      }, NAMA, PITA_LIST, DOMAIN, IZINKAN_CELAH, KEBIJAKAN);

  private static final Teks SKALA_RULE = Teks.of("harus menyebut skala bawaan " + BUILT_IN.keySet()
      + " atau berupa objek {nama, pita, ...}", "must name a built-in scale " + BUILT_IN.keySet()
      + " or be an object {nama, pita, ...}");

  static final Shape<SkalaOrdinal> SKALA = Shapes.oneOf(SKALA_RULE, "scale",
      alternative(byName(BUILT_IN, SKALA_RULE), BUILT_IN::containsValue, Token.STRING),
      alternative(SKALA_SENDIRI, s -> true, Token.START_OBJECT));

  /** The bindings of this package. */
  static final List<Binding<?>> BINDINGS = List.of(
      Binding.of(SkalaOrdinal.class, SKALA),
      Binding.of(Pita.class, PITA));
}
