package id.sakip.angka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Checks the parser against an independent oracle: figures rendered here from a BigDecimal's
 * digits by string building, never by the parser or a formatter.
 */
class AngkaParserPropertiesTest {

  private static final BigInteger MAX_INTEGER_PART = BigInteger.TEN.pow(18);
  /** Short figures such as 1.234 are where the notations collide; draw them often. */
  private static final BigInteger SHORT_INTEGER_PART = BigInteger.valueOf(999_999);

  @Property
  void reads_every_indonesian_rendering_in_indonesian_notation(@ForAll("amounts") BigDecimal value) {
    AngkaTercetak angka = AngkaParser.parse(indonesian(value), Notasi.INDONESIA);

    assertThat(angka.nilai()).contains(value);
    assertThat(angka.notasi()).isEqualTo(Notasi.INDONESIA);
  }

  @Property
  void reads_every_english_rendering_in_english_notation(@ForAll("amounts") BigDecimal value) {
    AngkaTercetak angka = AngkaParser.parse(english(value), Notasi.INGGRIS);

    assertThat(angka.nilai()).contains(value);
    assertThat(angka.notasi()).isEqualTo(Notasi.INGGRIS);
  }

  @Property
  void indonesian_and_english_renderings_read_the_same_value(@ForAll("amounts") BigDecimal value) {
    BigDecimal fromIndonesian = AngkaParser.parseNilai(indonesian(value), Notasi.INDONESIA);
    BigDecimal fromEnglish = AngkaParser.parseNilai(english(value), Notasi.INGGRIS);

    assertThat(fromIndonesian).isEqualTo(fromEnglish);
  }

  @Property
  void automatic_mode_reads_an_indonesian_rendering_right_or_refuses_it_as_ambiguous(
      @ForAll("amounts") BigDecimal value) {
    assertReadOrRefusedAsAmbiguous(indonesian(value), value);
  }

  @Property
  void automatic_mode_reads_an_english_rendering_right_or_refuses_it_as_ambiguous(
      @ForAll("amounts") BigDecimal value) {
    assertReadOrRefusedAsAmbiguous(english(value), value);
  }

  @Property
  void automatic_mode_reads_every_indonesian_rupiah_amount(
      @ForAll("amounts") BigDecimal value, @ForAll("rpPrefixes") String prefix) {
    String magnitude = indonesian(value.abs());
    String noSen = value.scale() == 0 ? ",-" : "";
    String text =
        value.signum() < 0 ? "-" + prefix + magnitude + noSen : prefix + magnitude + noSen;

    AngkaTercetak angka = AngkaParser.parse(text);

    assertThat(angka.nilai()).contains(value);
    assertThat(angka.isRupiah()).isTrue();
    assertThat(angka.notasi()).isEqualTo(Notasi.INDONESIA);
  }

  @Property
  void parentheses_read_the_same_as_a_minus_sign(@ForAll("amounts") BigDecimal value) {
    String magnitude = indonesian(value.abs());

    assertThat(AngkaParser.parseNilai("(" + magnitude + ")", Notasi.INDONESIA))
        .isEqualTo(AngkaParser.parseNilai("-" + magnitude, Notasi.INDONESIA))
        .isEqualTo(value.abs().negate());
  }

  @Property
  void a_unit_or_percent_sign_leaves_the_value_unchanged(
      @ForAll("amounts") BigDecimal value, @ForAll("suffixes") String suffix) {
    AngkaTercetak angka = AngkaParser.parse(indonesian(value) + suffix, Notasi.INDONESIA);
    boolean persen = suffix.contains("%");

    assertThat(angka.nilai()).contains(value);
    assertThat(angka.isPersen()).isEqualTo(persen);
    // every unit suffix starts with one space character, U+00A0 included
    assertThat(angka.satuan()).isEqualTo(persen ? "" : suffix.substring(1));
  }

  private static void assertReadOrRefusedAsAmbiguous(String text, BigDecimal value) {
    AngkaFormatException refusal =
        catchThrowableOfType(AngkaFormatException.class, () -> AngkaParser.parse(text));
    if (refusal == null) {
      assertThat(AngkaParser.parse(text).nilai()).contains(value);
    } else {
      assertThat(refusal.getMessage()).startsWith("'" + text + "' is ambiguous");
    }
  }

  // ---- the oracle ----------------------------------------------------------------------------

  private static String indonesian(BigDecimal value) {
    return render(value, '.', ',');
  }

  private static String english(BigDecimal value) {
    return render(value, ',', '.');
  }

  private static String render(BigDecimal value, char group, char decimal) {
    int scale = value.scale();
    String digits = value.unscaledValue().abs().toString();
    if (digits.length() <= scale) {
      digits = "0".repeat(scale - digits.length() + 1) + digits;
    }
    String integer = digits.substring(0, digits.length() - scale);
    StringBuilder text = new StringBuilder(value.signum() < 0 ? "-" : "");
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        text.append(group);
      }
      text.append(integer.charAt(i));
    }
    if (scale > 0) {
      text.append(decimal).append(digits.substring(digits.length() - scale));
    }
    return text.toString();
  }

  // ---- generators ----------------------------------------------------------------------------

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Combinators.combine(
            Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.ZERO, MAX_INTEGER_PART),
                Arbitraries.bigIntegers().between(BigInteger.ZERO, SHORT_INTEGER_PART)),
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 99),
            Arbitraries.of(true, false))
        .as(AngkaParserPropertiesTest::amount);
  }

  private static BigDecimal amount(BigInteger integer, int scale, int fraction, boolean negative) {
    BigInteger unit = BigInteger.TEN.pow(scale);
    BigInteger unscaled = integer.multiply(unit).add(BigInteger.valueOf(fraction).mod(unit));
    BigDecimal value = new BigDecimal(unscaled, scale);
    return negative ? value.negate() : value;
  }

  @Provide
  Arbitrary<String> rpPrefixes() {
    return Arbitraries.of("Rp", "Rp ", "Rp.", "Rp. ", "rp ", "RP.", "Rp\u00A0");
  }

  @Provide
  Arbitrary<String> suffixes() {
    return Arbitraries.of("%", " %", " Indek", " KK/KTP/Mutasi", "\u00A0Lembar", " Orang per Hari");
  }
}
