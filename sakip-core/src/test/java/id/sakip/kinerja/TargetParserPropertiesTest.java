package id.sakip.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.sakip.angka.AngkaFormatException;
import id.sakip.angka.IndonesianNumbers;
import id.sakip.angka.Notasi;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * Targets printed here from generated values in every spelling reports use, read back exactly:
 * the oracle is the generator's own values and this table of spellings, never the parser. Junk
 * is read or refused with an {@link AngkaFormatException}, never another exception.
 */
class TargetParserPropertiesTest {

  private static final BigInteger LARGE = BigInteger.TEN.pow(15);
  private static final BigInteger SMALL = BigInteger.valueOf(999);

  private static final List<String> SEPARATORS = List.of(
      "-", "–", "—", "−", "hingga", "sampai", "sampai dengan", "s.d.", "s.d", "s/d", "sd", "to");

  private static final Map<String, Target.Operator> OPERATORS = Map.ofEntries(
      Map.entry("kurang dari", Target.Operator.KURANG_DARI),
      Map.entry("<", Target.Operator.KURANG_DARI),
      Map.entry("lebih dari", Target.Operator.LEBIH_DARI),
      Map.entry(">", Target.Operator.LEBIH_DARI),
      Map.entry("paling sedikit", Target.Operator.PALING_SEDIKIT),
      Map.entry("sekurang-kurangnya", Target.Operator.PALING_SEDIKIT),
      Map.entry("tidak kurang dari", Target.Operator.PALING_SEDIKIT),
      Map.entry("minimal", Target.Operator.PALING_SEDIKIT),
      Map.entry("min.", Target.Operator.PALING_SEDIKIT),
      Map.entry("min", Target.Operator.PALING_SEDIKIT),
      Map.entry(">=", Target.Operator.PALING_SEDIKIT),
      Map.entry("≥", Target.Operator.PALING_SEDIKIT),
      Map.entry("paling banyak", Target.Operator.PALING_BANYAK),
      Map.entry("tidak lebih dari", Target.Operator.PALING_BANYAK),
      Map.entry("maksimal", Target.Operator.PALING_BANYAK),
      Map.entry("maks.", Target.Operator.PALING_BANYAK),
      Map.entry("maks", Target.Operator.PALING_BANYAK),
      Map.entry("<=", Target.Operator.PALING_BANYAK),
      Map.entry("≤", Target.Operator.PALING_BANYAK));

  private static final List<String> UNITS =
      List.of("Indek", "KK/KTP/Mutasi", "Buku", "m2", "km2", "orang-hari", "Orang per Hari", "SD");
  private static final List<String> SPACE = List.of(" ", "\u00A0", "\t", "  ", " \u00A0 ");

  /** Where a unit goes in a printed range. */
  enum LetakSatuan { NONE, PERCENT_BOTH, PERCENT_LAST, UNIT_BOTH, UNIT_LAST }

  @Property(tries = 2000)
  void a_range_printed_in_any_spelling_reads_its_bounds(
      @ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b, @ForAll("notations") Notasi notasi,
      @ForAll("separators") String separator, @ForAll LetakSatuan satuan, @ForAll long seed) {
    Assume.that(a.compareTo(b) != 0);
    BigDecimal bawah = a.min(b);
    BigDecimal atas = a.max(b);
    Random random = new Random(seed);
    String unit = UNITS.get(random.nextInt(UNITS.size()));
    String lower = number(bawah, notasi, random) + switch (satuan) {
      case PERCENT_BOTH -> optionalSpace(random) + "%";
      case UNIT_BOTH -> space(random) + unit;
      default -> "";
    };
    String upper = number(atas, notasi, random) + switch (satuan) {
      case PERCENT_BOTH, PERCENT_LAST -> optionalSpace(random) + "%";
      case UNIT_BOTH, UNIT_LAST -> space(random) + unit;
      case NONE -> "";
    };
    // a word after a unit word needs a space; a dash or a word after a digit or '%' does not
    boolean word = Character.isLetter(separator.charAt(0));
    String before = word && satuan == LetakSatuan.UNIT_BOTH ? space(random) : optionalSpace(random);
    // "SD -1" reads "sd" as the separator and "-1" as the upper bound (documented): keep the dash apart
    boolean sdThenSign = satuan == LetakSatuan.UNIT_BOTH && unit.equals("SD") && "-−".contains(separator);
    String after = sdThenSign ? space(random) : optionalSpace(random);
    String text = optionalSpace(random) + lower + before + spelt(separator, random) + after + upper
        + optionalSpace(random);

    assertThat(TargetParser.parse(text, notasi)).as(text).isEqualTo(new Target.Rentang(bawah, atas));
  }

  @Property
  void a_range_of_equal_bounds_is_refused(
      @ForAll("decimals") BigDecimal a, @ForAll("notations") Notasi notasi, @ForAll("separators") String separator,
      @ForAll long seed) {
    Random random = new Random(seed);
    String text = number(a, notasi, random) + space(random) + spelt(separator, random) + space(random)
        + number(a, notasi, random);

    assertThat(catchThrowable(() -> TargetParser.parse(text, notasi)))
        .isInstanceOf(AngkaFormatException.class).hasMessageContaining("bawah < atas");
  }

  @Property(tries = 2000)
  void an_inequality_printed_in_any_spelling_reads_its_operator_and_bound(
      @ForAll("decimals") BigDecimal batas, @ForAll("notations") Notasi notasi, @ForAll("operators") String operator,
      @ForAll @IntRange(max = 2) int satuan, @ForAll long seed) {
    Random random = new Random(seed);
    String suffix = switch (satuan) {
      case 0 -> "";
      case 1 -> optionalSpace(random) + "%";
      default -> space(random) + UNITS.get(random.nextInt(UNITS.size()));
    };
    String text = optionalSpace(random) + spelt(operator, random) + optionalSpace(random)
        + number(batas, notasi, random) + suffix + optionalSpace(random);

    assertThat(TargetParser.parse(text, notasi)).as(text)
        .isEqualTo(new Target.Pertidaksamaan(OPERATORS.get(operator), batas));
  }

  @Property
  void a_number_with_or_without_a_unit_reads_its_value(
      @ForAll("decimals") BigDecimal nilai, @ForAll("notations") Notasi notasi, @ForAll boolean percent,
      @ForAll long seed) {
    Random random = new Random(seed);
    String suffix = percent ? optionalSpace(random) + "%" : space(random) + UNITS.get(random.nextInt(UNITS.size()));
    String text = number(nilai, notasi, random) + (random.nextBoolean() ? suffix : "");

    assertThat(TargetParser.parse(text, notasi)).as(text).isEqualTo(new Target.Angka(nilai));
  }

  @Property(tries = 5000)
  void junk_is_read_so_that_its_printed_form_reads_the_same_or_refused_never_thrown_otherwise(
      @ForAll("junk") String text, @ForAll("allNotations") Notasi notasi) {
    Throwable thrown = catchThrowable(() -> TargetParser.parse(text, notasi));
    Statistics.label("outcome").collect(thrown == null ? "read" : "refused");
    Statistics.label("outcome").coverage(c -> c.check("read").percentage(p -> p > 2));
    if (thrown == null) {
      Target read = TargetParser.parse(text, notasi);
      assertThat(TargetParser.parse(read.toString(), Notasi.INGGRIS)).as(text).isEqualTo(read);
    } else {
      assertThat(thrown).as(text).isInstanceOf(AngkaFormatException.class);
      AngkaFormatException e = (AngkaFormatException) thrown;
      assertThat(e.input()).isSameAs(text);
      assertThat(e.position()).isBetween(0, text.length());
    }
  }

  // ---- printing, from the generated values ------------------------------------------------------

  /** The value in the notation, its '-' sometimes printed as U+2212. */
  private static String number(BigDecimal value, Notasi notasi, Random random) {
    String printed = IndonesianNumbers.format(value, notasi);
    return printed.startsWith("-") && random.nextBoolean() ? "\u2212" + printed.substring(1) : printed;
  }

  /** The spelling in random case, any whitespace between its words. */
  private static String spelt(String spelling, Random random) {
    StringBuilder out = new StringBuilder();
    for (String word : spelling.split(" ", -1)) {
      if (out.length() > 0) {
        out.append(space(random));
      }
      for (char c : word.toCharArray()) {
        out.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
      }
    }
    return out.toString();
  }

  private static String space(Random random) {
    return SPACE.get(random.nextInt(SPACE.size()));
  }

  private static String optionalSpace(Random random) {
    return random.nextBoolean() ? "" : space(random);
  }

  // ---- generators -------------------------------------------------------------------------------

  @Provide
  Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(
            Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.ZERO, LARGE),
                Arbitraries.bigIntegers().between(BigInteger.ZERO, SMALL)),
            Arbitraries.integers().between(0, 3),
            Arbitraries.of(true, false))
        .as((unscaled, scale, negative) -> {
          BigDecimal value = new BigDecimal(unscaled, scale);
          return negative ? value.negate() : value;
        });
  }

  @Provide
  Arbitrary<Notasi> notations() {
    return Arbitraries.of(Notasi.INDONESIA, Notasi.INGGRIS);
  }

  @Provide
  Arbitrary<Notasi> allNotations() {
    return Arbitraries.of(Notasi.class);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(SEPARATORS);
  }

  @Provide
  Arbitrary<String> operators() {
    return Arbitraries.of(OPERATORS.keySet());
  }

  @Provide
  Arbitrary<String> junk() {
    Arbitrary<String> token = Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.of("0", "7", "85", "1.234", "1,5", "2.910.568.737,00", "93.6", "00")),
        Tuple.of(10, Arbitraries.of(" ", "  ", "\u00A0", "\t")),
        Tuple.of(8, Arbitraries.of("-", "−", "–", "—", "%", "(", ")", ",-", ".", ",", "/", "=")),
        Tuple.of(8, Arbitraries.of(SEPARATORS)),
        Tuple.of(6, Arbitraries.of(OPERATORS.keySet())),
        Tuple.of(5, Arbitraries.of("Rp", "Rp.", "Indek", "m2", "orang-hari", "SD", "dan", "n/a", "x")),
        Tuple.of(2, Arbitraries.strings().ofMaxLength(3)));
    return token.list().ofMaxSize(8).map(tokens -> String.join("", tokens));
  }
}
