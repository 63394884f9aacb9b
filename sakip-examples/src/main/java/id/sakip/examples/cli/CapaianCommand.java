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
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sakip capaian}: one capaian (achievement) from a target and a realisasi with {@link
 * KalkulatorCapaian}, its raw and rounded value, an optional cap, and its category on {@link
 * SkalaOrdinal#KAB_MALANG_KECAMATAN}.
 */
@Command(name = "capaian")
final class CapaianCommand extends Subcommand {

  private static final SkalaOrdinal SKALA = SkalaOrdinal.KAB_MALANG_KECAMATAN;

  @Option(names = "--target", paramLabel = "T", required = true)
  String targetText;

  @Option(names = "--realisasi", paramLabel = "R", required = true)
  String realisasiText;

  @Option(names = "--polaritas", paramLabel = "positif|negatif|negatif-invers|rentang",
      completionCandidates = Polaritasnya.class)
  String polaritasText;

  @Option(names = "--target-atas", paramLabel = "HI")
  String atasText;

  @Option(names = "--cap", paramLabel = "N")
  String capText;

  @Mixin
  SharedOptions.Notation notasi;

  @Mixin
  SharedOptions.Format format;

  /** The values of {@code --polaritas}; without it, positif, or rentang when {@code --target-atas} is given. */
  static final class Polaritasnya extends SharedOptions.Choices {
    Polaritasnya() {
      super("positif", "negatif", "negatif-invers", "rentang");
    }
  }

  @Override
  int execute(SakipCli sakip) throws UsageException {
    Numbers numbers = notasi.numbers();
    String polaritasName = polaritasText != null ? polaritasText : atasText != null ? "rentang" : "positif";
    BigDecimal t = numbers.number("--target", targetText);
    BigDecimal r = numbers.number("--realisasi", realisasiText);

    Target target;
    if (atasText != null) {
      if (!polaritasName.equals("rentang")) {
        throw new UsageException("opsi --polaritas: '" + polaritasName + "' tidak cocok dengan --target-atas " + atasText
            + "; target rentang berpolaritas rentang",
            "option --polaritas: '" + polaritasName + "' does not fit --target-atas " + atasText
            + "; a range target has polaritas rentang");
      }
      BigDecimal atas = numbers.number("--target-atas", atasText);
      if (t.compareTo(atas) >= 0) {
        throw new UsageException("opsi --target-atas: '" + atasText + "' tidak di atas --target " + targetText
            + "; rentang [T, HI] memerlukan T < HI",
            "option --target-atas: '" + atasText + "' is not above --target " + targetText
            + "; the range [T, HI] needs T < HI");
      }
      target = Target.rentang(t, atas);
    } else {
      if (polaritasName.equals("rentang")) {
        throw new UsageException("opsi --polaritas: 'rentang' memerlukan --target-atas HI (rentang [T, HI])",
            "option --polaritas: 'rentang' needs --target-atas HI (the range [T, HI])");
      }
      target = Target.angka(t);
    }
    Optional<BigDecimal> capValue = capText != null ? Optional.of(cap(numbers, capText)) : Optional.empty();
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

    PrintStream out = sakip.out();
    if (format.json()) {
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
      throw new UsageException("opsi --cap: '" + text + "' tidak di atas 0; batas adalah plafon di atas 0%",
          "option --cap: '" + text + "' is not above 0; a cap is a ceiling above 0%");
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
