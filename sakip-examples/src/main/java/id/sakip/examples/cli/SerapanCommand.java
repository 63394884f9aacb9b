package id.sakip.examples.cli;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sakip serapan}: budget absorption, realisasi / pagu × 100, and what is left (sisa). */
@Command(name = "serapan")
final class SerapanCommand extends Subcommand {

  @Option(names = "--pagu", paramLabel = "P", required = true)
  String paguText;

  @Option(names = "--realisasi", paramLabel = "R", required = true)
  String realisasiText;

  @Mixin
  SharedOptions.Notation notasi;

  @Mixin
  SharedOptions.Format format;

  @Override
  int execute(SakipCli sakip) throws UsageException {
    Numbers numbers = notasi.numbers();
    Rupiah pagu = numbers.rupiah("--pagu", paguText);
    Rupiah realisasi = numbers.rupiah("--realisasi", realisasiText);
    Outcome<Persentase> serapan = Persentase.ratio(realisasi, pagu);
    Rupiah sisa = pagu.minus(realisasi);
    PrintStream out = sakip.out();
    if (format.json()) {
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
