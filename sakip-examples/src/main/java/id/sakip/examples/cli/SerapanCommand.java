package id.sakip.examples.cli;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code sakip serapan}: budget absorption, realisasi / pagu × 100, and what is left (sisa). */
final class SerapanCommand extends Command {

  static final List<String> FORMATS = List.of("text", "json");

  @Override
  String name() {
    return "serapan";
  }

  @Override
  String summary() {
    return "budget absorption (serapan) from a pagu and a realisasi, raw and rounded, with the sisa";
  }

  @Override
  String usage() {
    return """
        Usage: sakip serapan --pagu P --realisasi R [--notasi id|en] [--format text|json]

        Computes the serapan (budget absorption) realisasi / pagu × 100 exactly from two Rupiah
        amounts and prints it rounded half-up to 2 decimals and raw (its exact decimal, or its
        first 34 significant digits then …), with the sisa (pagu − realisasi; negative when the
        realisasi exceeds the pagu).

        Options:
          --pagu P        the budget ceiling (required), 0 or more: 2.910.568.737 or Rp2.910.568.737,00
          --realisasi R   the amount spent (required), 0 or more
          --notasi id|en  the notation of the amounts read and printed: id (default) 2.910.568.737,00;
                          en 2,910,568,737.00
          --format F      text (default) or json
          --help          print this help

        Example:
          sakip serapan --pagu 2.910.568.737 --realisasi 2.691.204.248

        A pagu of 0 has no serapan: the reason is printed on standard output (in JSON as
        "notComputable") and the exit status is 1.

        Exit status: 0 computed; 1 not computable; 2 bad usage or a malformed amount (one line on
        standard error, nothing on standard output).
        """;
  }

  @Override
  List<Options.Spec> options() {
    return List.of(
        Options.Spec.required("pagu", "P"),
        Options.Spec.required("realisasi", "R"),
        Options.Spec.optional("notasi", "id|en"),
        Options.Spec.optional("format", "text|json"));
  }

  @Override
  int execute(Options options, PrintStream out, PrintStream err) throws UsageException {
    Numbers numbers = Numbers.of(options.choice("notasi", Numbers.NOTASI, "id"));
    String format = options.choice("format", FORMATS, "text");
    Rupiah pagu = numbers.rupiah("--pagu", options.get("pagu").orElseThrow());
    Rupiah realisasi = numbers.rupiah("--realisasi", options.get("realisasi").orElseThrow());
    Outcome<Persentase> serapan = Persentase.ratio(realisasi, pagu);
    Rupiah sisa = pagu.minus(realisasi);
    if (format.equals("json")) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pagu", pagu.toBigDecimal());
      m.put("realisasi", realisasi.toBigDecimal());
      m.put("raw", serapan.toOptional().map(Numbers::rawPlain).orElse(null));
      m.put("rawFraction", serapan.toOptional().map(p -> p.numerator() + "/" + p.denominator()).orElse(null));
      m.put("rounded", serapan.toOptional().map(Numbers::rounded).orElse(null));
      m.put("formatted", serapan.toOptional().map(numbers::percent).orElse(null));
      m.put("sisa", sisa.toBigDecimal());
      m.put("notComputable", CapaianCommand.notComputable(serapan));
      Json.write(m, out);
    } else {
      out.println("pagu       " + numbers.rupiah(pagu));
      out.println("realisasi  " + numbers.rupiah(realisasi));
      if (serapan instanceof Outcome.Computed<Persentase> c) {
        out.println("serapan    " + numbers.percent(c.value()) + " (rounded half-up to 2 decimals)");
        out.println("raw        " + numbers.raw(c.value()));
      } else {
        out.println("serapan    not computable (" + serapan.notComputableReason().orElseThrow() + "): the pagu is "
            + numbers.rupiah(pagu) + ", and realisasi / pagu × 100 has no value then");
      }
      out.println("sisa       " + numbers.rupiah(sisa));
      out.flush();
    }
    return serapan.isComputable() ? SakipCli.EXIT_OK : SakipCli.EXIT_FINDING;
  }
}
