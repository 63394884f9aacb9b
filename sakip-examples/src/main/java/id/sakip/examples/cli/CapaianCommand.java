package id.sakip.examples.cli;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.kinerja.BatasCapaian;
import id.sakip.kinerja.CapaianTersaji;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.RumusCapaian;
import id.sakip.kinerja.Target;
import id.sakip.skala.Klasifikasi;
import id.sakip.skala.SkalaOrdinal;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sakip capaian}: one capaian (achievement) from a target and a realisasi with {@link
 * KalkulatorCapaian}, its raw and rounded value, an optional cap, and its category on {@link
 * SkalaOrdinal#KAB_MALANG_KECAMATAN}.
 */
final class CapaianCommand extends Command {

  static final List<String> POLARITAS = List.of("positif", "negatif", "negatif-invers", "rentang");
  static final List<String> FORMATS = List.of("text", "json");
  private static final SkalaOrdinal SKALA = SkalaOrdinal.KAB_MALANG_KECAMATAN;

  @Override
  String name() {
    return "capaian";
  }

  @Override
  String summary() {
    return "one capaian (achievement) from a target and a realisasi, raw, rounded, capped and classified";
  }

  @Override
  String usage() {
    return """
        Usage: sakip capaian --target T --realisasi R [--polaritas positif|negatif|negatif-invers]
                             [--target-atas HI] [--cap N] [--notasi id|en] [--format text|json]

        Computes the capaian of realisasi R against target T exactly and prints the raw value
        (its exact decimal, or its first 34 significant digits then …), the value rounded half-up
        to 2 decimals, the value under the cap when --cap is given, and the category of the raw
        value on the scale of Kabupaten Malang kecamatan (≥ 85 Sangat berhasil, 70-85 Berhasil,
        55-70 Cukup berhasil, < 55 Kurang berhasil).

        Options:
          --target T        the target (required); a unit or % after it is allowed: 85 Indek, 90%
          --realisasi R     the realisasi (required)
          --polaritas P     positif (default): R / T × 100;
                            negatif: the LAN form (2T − R) / T × 100;
                            negatif-invers: the inverse form T / R × 100;
                            rentang: a range target, needs --target-atas (and is implied by it)
          --target-atas HI  the target is the range [T, HI] (T below HI): R inside gives 100%,
                            R below T gives R / T × 100, R above HI gives R / HI × 100
          --cap N           also print the capaian capped at N% (the raw value is kept)
          --notasi id|en    the notation of the numbers read and printed: id (default) 85,82 or
                            2.910.568.737; en 85.82 or 2,910,568,737
          --format F        text (default) or json
          --help            print this help

        Example:
          sakip capaian --target 7 --realisasi 6,5 --polaritas negatif

        A capaian that cannot be computed (target 0 under R / T, realisasi 0 under T / R) has no
        value: the reason is printed on standard output (in JSON as "notComputable") and the exit
        status is 1.

        Exit status: 0 computed; 1 not computable; 2 bad usage or a malformed number (one line on
        standard error, nothing on standard output).
        """;
  }

  @Override
  List<Options.Spec> options() {
    return List.of(
        Options.Spec.required("target", "T"),
        Options.Spec.required("realisasi", "R"),
        Options.Spec.optional("polaritas", "positif|negatif|negatif-invers|rentang"),
        Options.Spec.optional("target-atas", "HI"),
        Options.Spec.optional("cap", "N"),
        Options.Spec.optional("notasi", "id|en"),
        Options.Spec.optional("format", "text|json"));
  }

  @Override
  int execute(Options options, PrintStream out, PrintStream err) throws UsageException {
    Numbers numbers = Numbers.of(options.choice("notasi", Numbers.NOTASI, "id"));
    String format = options.choice("format", FORMATS, "text");
    Optional<String> atasText = options.get("target-atas");
    String polaritasName = options.choice("polaritas", POLARITAS, atasText.isPresent() ? "rentang" : "positif");
    BigDecimal t = numbers.number("--target", options.get("target").orElseThrow());
    BigDecimal r = numbers.number("--realisasi", options.get("realisasi").orElseThrow());

    Target target;
    if (atasText.isPresent()) {
      if (!polaritasName.equals("rentang")) {
        throw new UsageException("option --polaritas: '" + polaritasName + "' does not fit --target-atas "
            + atasText.get() + "; a range target has polaritas rentang");
      }
      BigDecimal atas = numbers.number("--target-atas", atasText.get());
      if (t.compareTo(atas) >= 0) {
        throw new UsageException("option --target-atas: '" + atasText.get() + "' is not above --target "
            + options.get("target").get() + "; the range [T, HI] needs T < HI");
      }
      target = Target.rentang(t, atas);
    } else {
      if (polaritasName.equals("rentang")) {
        throw new UsageException("option --polaritas: 'rentang' needs --target-atas HI (the range [T, HI])");
      }
      target = Target.angka(t);
    }
    Optional<BigDecimal> capValue =
        options.get("cap").isPresent() ? Optional.of(cap(numbers, options.get("cap").get())) : Optional.empty();
    Optional<BatasCapaian> batas = capValue.map(BatasCapaian::maks);

    KalkulatorCapaian kalkulator = KalkulatorCapaian.standar();
    Polaritas polaritas = switch (polaritasName) {
      case "negatif" -> Polaritas.NEGATIF;
      case "negatif-invers" -> {
        kalkulator = kalkulator.withNegatif(RumusCapaian.NEGATIF_INVERS);
        yield Polaritas.NEGATIF;
      }
      case "rentang" -> Polaritas.RENTANG;
      default -> Polaritas.POSITIF;
    };
    String rumus = polaritas == Polaritas.RENTANG
        ? kalkulator.rumusRentang().name() + ": R inside [T, HI]: 100%; below: R / T × 100; above: R / HI × 100"
        : kalkulator.rumusUntuk(polaritas).map(f -> f.name() + ": " + f.rumus()).orElseThrow();
    Outcome<Persentase> capaian = kalkulator.hitung(polaritas, target, r);
    Optional<CapaianTersaji> capped = batas.flatMap(b -> capaian.toOptional().map(b::terapkan));
    Optional<Klasifikasi> kategori = capaian.toOptional().map(SKALA::klasifikasi);

    if (format.equals("json")) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("target", t);
      m.put("targetAtas", target instanceof Target.Rentang rentang ? rentang.atas() : null);
      m.put("realisasi", r);
      m.put("polaritas", polaritas.name());
      m.put("rumus", rumus);
      m.put("raw", capaian.toOptional().map(Numbers::rawPlain).orElse(null));
      m.put("rawFraction", capaian.toOptional().map(p -> p.numerator() + "/" + p.denominator()).orElse(null));
      m.put("rounded", capaian.toOptional().map(Numbers::rounded).orElse(null));
      m.put("formatted", capaian.toOptional().map(numbers::percent).orElse(null));
      m.put("cap", capValue.orElse(null));
      m.put("capped", capped.map(c -> Numbers.rounded(c.tersaji())).orElse(null));
      m.put("kategori", kategori.flatMap(Klasifikasi::toOptional).map(p -> p.label()).orElse(null));
      m.put("skala", SKALA.nama());
      m.put("notComputable", notComputable(capaian));
      Json.write(m, out);
    } else {
      String shownTarget = target instanceof Target.Rentang rentang
          ? numbers.format(rentang.bawah()) + "–" + numbers.format(rentang.atas()) : numbers.format(t);
      out.println("target     " + shownTarget);
      out.println("realisasi  " + numbers.format(r));
      out.println("polaritas  " + polaritas + ", rumus " + rumus);
      if (capaian instanceof Outcome.Computed<Persentase> c) {
        out.println("capaian    " + numbers.percent(c.value()) + " (rounded half-up to 2 decimals)");
        out.println("raw        " + numbers.raw(c.value()));
        capped.ifPresent(x -> out.println("capped     " + numbers.percent(x.tersaji()) + " (cap "
            + numbers.format(capValue.orElseThrow()) + "%" + (x.isDibatasi() ? "" : ", not reached") + ")"));
        out.println("kategori   " + kategori.flatMap(Klasifikasi::toOptional).map(p -> p.label())
            .orElse("none") + " (of the raw value, on scale " + SKALA.nama() + ")");
      } else {
        out.println("capaian    not computable (" + capaian.notComputableReason().orElseThrow() + "): "
            + capaian.explanation());
      }
      out.flush();
    }
    return capaian.isComputable() ? SakipCli.EXIT_OK : SakipCli.EXIT_FINDING;
  }

  private static BigDecimal cap(Numbers numbers, String text) throws UsageException {
    BigDecimal cap = numbers.number("--cap", text);
    if (cap.signum() <= 0) {
      throw new UsageException("option --cap: '" + text + "' is not above 0; a cap is a ceiling above 0%");
    }
    return cap;
  }

  /** The reason and explanation of a not-computable outcome as a JSON object, or null when computed. */
  static Map<String, Object> notComputable(Outcome<?> outcome) {
    if (outcome.isComputable()) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reason", outcome.notComputableReason().orElseThrow().name());
    m.put("explanation", outcome.explanation());
    return m;
  }
}
