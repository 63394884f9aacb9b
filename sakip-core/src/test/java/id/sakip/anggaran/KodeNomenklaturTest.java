package id.sakip.anggaran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KodeNomenklaturTest {

  /** The grammar of Permendagri 90/2019 codes, written independently of the parser. */
  private static final Pattern ORACLE = Pattern.compile(
      "([0-9]|X)(\\.([0-9]{2}|XX)(\\.[0-9]{2}(\\.[0-9]\\.[0-9]{2}(\\.([0-9]{2}|[0-9]{4}))?)?)?)?");

  @ParameterizedTest
  @CsvSource({
    "7, URUSAN",
    "7.01, BIDANG_URUSAN",
    "7.01.01, PROGRAM",
    "X.XX.01, PROGRAM",
    "7.01.01.2.01, KEGIATAN",
    "7.01.01.2.01.01, SUB_KEGIATAN",
    "7.01.01.2.01.0001, SUB_KEGIATAN",
  })
  void reads_codes_of_every_level(String text, TingkatAnggaran tingkat) {
    KodeNomenklatur kode = KodeNomenklatur.parse(text);
    assertThat(kode.tingkat()).isEqualTo(tingkat);
    assertThat(kode.toString()).isEqualTo(text);
    assertThat(KodeNomenklatur.parse(kode.toString())).isEqualTo(kode);
  }

  @Test
  void a_kegiatan_belongs_to_its_program_and_a_sub_kegiatan_to_its_kegiatan() {
    KodeNomenklatur sub = KodeNomenklatur.parse("7.01.01.2.01.01");
    assertThat(sub.induk()).contains(KodeNomenklatur.parse("7.01.01.2.01"));
    assertThat(sub.induk().orElseThrow().induk()).contains(KodeNomenklatur.parse("7.01.01"));
    assertThat(KodeNomenklatur.parse("7").induk()).isEmpty();
    assertThat(sub.memperluas(KodeNomenklatur.parse("7.01"))).isTrue();
    assertThat(sub.memperluas(KodeNomenklatur.parse("7.01.02"))).isFalse();
    assertThat(sub.memperluas(sub)).isFalse();
    assertThat(sub.isAnakLangsungDari(KodeNomenklatur.parse("7.01.01.2.01"))).isTrue();
    assertThat(sub.isAnakLangsungDari(KodeNomenklatur.parse("7.01.01"))).isFalse();
  }

  @Test
  void codes_order_segment_by_segment() {
    List<KodeNomenklatur> codes = new ArrayList<>(List.of(
        KodeNomenklatur.parse("7.01.02"), KodeNomenklatur.parse("7.01.01.2.10"),
        KodeNomenklatur.parse("7.01.01.2.09"), KodeNomenklatur.parse("7.01.01")));
    codes.sort(null);
    assertThat(codes).extracting(KodeNomenklatur::toString)
        .containsExactly("7.01.01", "7.01.01.2.09", "7.01.01.2.10", "7.01.02");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "7.01.01.2            | not 4 segments",
        "7.1.01               | position 2: segment 2 (bidang urusan) '1' must be 2 digits",
        "7.01.01.2.01.001     | position 13: segment 6 (sub kegiatan) '001' must be 2 or 4 digits",
        "7.01.a1              | position 5: segment 3 (program) 'a1' must be 2 digits",
        "7..01                | position 2: segment 2 (bidang urusan) '' must be 2",
        "7.01.01.2.01.01.01   | not 7 segments",
        "7.01.XX              | segment 3 (program) 'XX' must be 2 digits",
      })
  void refuses_malformed_codes_naming_position_and_rule(String text, String expected) {
    assertThatThrownBy(() -> KodeNomenklatur.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining(expected)
        .hasMessageContaining("Permendagri 90/2019");
  }

  @Property
  void generated_codes_are_valid(@ForAll("validCodes") String code) {
    assertThat(ORACLE.matcher(code).matches()).isTrue();
    assertThat(KodeNomenklatur.parse(code).toString()).isEqualTo(code);
  }

  @Property(tries = 1000)
  void the_parser_accepts_exactly_the_strings_the_grammar_accepts(@ForAll("codeLikeStrings") String text) {
    boolean valid = ORACLE.matcher(text).matches();
    if (valid) {
      assertThat(KodeNomenklatur.parse(text).toString()).isEqualTo(text);
    } else {
      assertThatThrownBy(() -> KodeNomenklatur.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Provide
  Arbitrary<String> validCodes() {
    Arbitrary<String> urusan = Arbitraries.oneOf(Arbitraries.strings().numeric().ofLength(1), Arbitraries.just("X"));
    Arbitrary<String> two = Arbitraries.strings().numeric().ofLength(2);
    Arbitrary<String> one = Arbitraries.strings().numeric().ofLength(1);
    Arbitrary<String> sub = Arbitraries.oneOf(two, Arbitraries.strings().numeric().ofLength(4));
    Arbitrary<Integer> depth = Arbitraries.of(1, 2, 3, 5, 6);
    return Combinators.combine(urusan, two, two, one, two, sub, depth).as((u, b, p, k1, k2, s, d) -> {
      List<String> seg = List.of(u, b, p, k1, k2, s);
      return String.join(".", seg.subList(0, d));
    });
  }

  @Provide
  Arbitrary<String> codeLikeStrings() {
    Arbitrary<String> mutated = validCodes();
    Arbitrary<String> random = Arbitraries.strings().withChars("0123456789X.").ofMaxLength(20);
    Arbitrary<String> edited = Combinators.combine(validCodes(), Arbitraries.integers().between(0, 20),
        Arbitraries.of("", ".", "0", "X", "a", "00")).as((c, i, ins) -> {
          int at = Math.min(i, c.length());
          return c.substring(0, at) + ins + c.substring(Math.min(at + 1, c.length()));
        });
    return Arbitraries.oneOf(mutated, random, edited);
  }
}
