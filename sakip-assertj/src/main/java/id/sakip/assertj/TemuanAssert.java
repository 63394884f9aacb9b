package id.sakip.assertj;

import id.sakip.temuan.Aturan;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Nilai;
import id.sakip.temuan.Pembanding;
import id.sakip.temuan.Sumber;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one finding (temuan), on its typed parts: the rule, the location, the printed
 * figure, the value it is compared with and their difference. Numbers compare numerically ({@code
 * 100} equals {@code 100.00}); expected numbers are {@link BigDecimal}s or decimals as Java writes
 * them ({@code "9893200"}, {@code "-0.96"}).
 *
 * <pre>{@code
 * assertThat(audit).hasFinding(AturanAnggaran.BUDGET_TOTAL_MISMATCH)
 *     .isIn(Bagian.TABEL_B)
 *     .hasPrinted("315604700")
 *     .hasComparand("305711500").hasComparandSource(Sumber.DIHITUNG)
 *     .hasDifference("9893200");
 * }</pre>
 *
 * <p>A failure names the rule and the location (in English), the expected and the actual value;
 * where there is one expected value it is an {@code org.opentest4j.AssertionFailedError} (when
 * opentest4j is on the class path, as with JUnit 5) carrying both, so IDEs show a diff.
 */
public final class TemuanAssert extends AbstractAssert<TemuanAssert, Temuan> {

  private static final String NONE = "(none)";

  TemuanAssert(Temuan actual) {
    super(actual, TemuanAssert.class);
  }

  /** How this assertion handles its failures: thrown, or gathered by soft assertions. */
  private Mode mode = Mode.KERAS;

  /** This assertion, handling its failures as {@code value} says. */
  TemuanAssert in(Mode value) {
    this.mode = value;
    return this;
  }

  /** Verifies the finding is of rule {@code expected} (rules compare by {@link Aturan#id() id}). */
  public TemuanAssert hasRule(Aturan expected) {
    if (mode.kosong()) {
      return this;
    }
    Objects.requireNonNull(expected, "expected rule");
    isNotNull();
    if (!actual.aturan().id().equals(expected.id())) {
      mode.gagal(failureWithActualExpected(actual.aturan().id(), expected.id(),
          "Expecting the finding at %s to be of rule %s but it is of rule %s", lokasi(), expected.id(),
          actual.aturan().id()));
    }
    return this;
  }

  /** Verifies the finding has severity {@code expected} (its rule's). */
  public TemuanAssert hasSeverity(Keparahan expected) {
    if (mode.kosong()) {
      return this;
    }
    Objects.requireNonNull(expected, "expected severity");
    isNotNull();
    if (actual.keparahan() != expected) {
      mode.gagal(failureWithActualExpected(actual.keparahan(), expected,
          "Expecting finding %s at %s to have severity %s but it has severity %s", aturan(), lokasi(), expected,
          actual.keparahan()));
    }
    return this;
  }

  /** Verifies the finding is at exactly {@code expected}: same part, place, row and column. */
  public TemuanAssert isAt(Lokasi expected) {
    if (mode.kosong()) {
      return this;
    }
    Objects.requireNonNull(expected, "expected location");
    isNotNull();
    if (!actual.lokasi().equals(expected)) {
      List<String> shown = Uraian.duaLokasi(actual.lokasi(), expected);
      mode.gagal(failureWithActualExpected(shown.get(0), shown.get(1),
          "Expecting finding %s to be at:%n  %s%nbut it is at:%n  %s", aturan(), shown.get(1), shown.get(0)));
    }
    return this;
  }

  /** Verifies the finding is in part {@code expected} of the report (a table or an input document). */
  public TemuanAssert isIn(Bagian expected) {
    if (mode.kosong()) {
      return this;
    }
    Objects.requireNonNull(expected, "expected part");
    isNotNull();
    Bagian bagian = actual.lokasi().bagian();
    if (bagian != expected) {
      mode.gagal(failureWithActualExpected(bagian(bagian), bagian(expected),
          "Expecting finding %s at %s to be in %s but it is in %s", aturan(), lokasi(), bagian(expected),
          bagian(bagian)));
    }
    return this;
  }

  /** Verifies the finding is in row {@code expected} (a budget code, an indicator and year, a sasaran…). */
  public TemuanAssert inRow(Baris expected) {
    if (mode.kosong()) {
      return this;
    }
    Objects.requireNonNull(expected, "expected row");
    isNotNull();
    Optional<Baris> baris = actual.lokasi().baris();
    if (!baris.equals(Optional.of(expected))) {
      String shown = baris.map(b -> b.teks(Uraian.BAHASA)).orElse(NONE);
      mode.gagal(failureWithActualExpected(shown, expected.teks(Uraian.BAHASA),
          "Expecting finding %s at %s to be in row %s but %s", aturan(), lokasi(), expected.teks(Uraian.BAHASA),
          baris.isPresent() ? "it is in row " + shown : "it points at no row"));
    }
    return this;
  }

  /** Verifies the finding is in column (or field) {@code expected}. */
  public TemuanAssert inColumn(Kolom expected) {
    if (mode.kosong()) {
      return this;
    }
    Objects.requireNonNull(expected, "expected column");
    isNotNull();
    Optional<Kolom> kolom = actual.lokasi().kolom();
    if (!kolom.equals(Optional.of(expected))) {
      String shown = kolom.map(TemuanAssert::kolom).orElse(NONE);
      mode.gagal(failureWithActualExpected(shown, kolom(expected),
          "Expecting finding %s at %s to be in column %s but %s", aturan(), lokasi(), kolom(expected),
          kolom.isPresent() ? "it is in column " + shown : "it points at no column"));
    }
    return this;
  }

  /** Verifies the printed (or stated) figure is numerically {@code expected}: {@code 100} equals {@code 100.00}. */
  public TemuanAssert hasPrinted(BigDecimal expected) {
    if (mode.kosong()) {
      return this;
    }
    Objects.requireNonNull(expected, "expected printed figure");
    isNotNull();
    compare("printed figure", actual.tercetak(), expected, "it states no printed figure");
    return this;
  }

  /**
   * Verifies the printed figure is numerically {@code expected}, a decimal as Java writes it
   * ({@code "315604700"}, {@code "100.96"}).
   *
   * @throws IllegalArgumentException if {@code expected} is not such a decimal
   */
  public TemuanAssert hasPrinted(String expected) {
    if (mode.kosong()) {
      return this;
    }
    return hasPrinted(Uraian.desimal(expected));
  }

  /**
   * Verifies the value the printed figure is compared with (the {@link Pembanding}'s number) is
   * numerically {@code expected}.
   */
  public TemuanAssert hasComparand(BigDecimal expected) {
    if (mode.kosong()) {
      return this;
    }
    Objects.requireNonNull(expected, "expected comparand");
    isNotNull();
    compare("comparand", actual.pembanding().map(Pembanding::nilai), expected, "it compares with nothing");
    return this;
  }

  /**
   * Verifies the value the printed figure is compared with is numerically {@code expected}, a
   * decimal as Java writes it.
   *
   * @throws IllegalArgumentException if {@code expected} is not such a decimal
   */
  public TemuanAssert hasComparand(String expected) {
    if (mode.kosong()) {
      return this;
    }
    return hasComparand(Uraian.desimal(expected));
  }

  /** Verifies what the compared value is: recomputed, another document's figure or a limit. */
  public TemuanAssert hasComparandSource(Sumber expected) {
    if (mode.kosong()) {
      return this;
    }
    Objects.requireNonNull(expected, "expected comparand source");
    isNotNull();
    Optional<Sumber> sumber = actual.pembanding().map(Pembanding::sumber);
    if (sumber.isEmpty()) {
      mode.gagal(failureWithActualExpected(NONE, sumber(expected),
          "Expecting finding %s at %s to be compared with a %s but it compares with nothing", aturan(), lokasi(),
          sumber(expected)));
    } else if (sumber.get() != expected) {
      mode.gagal(failureWithActualExpected(sumber(sumber.get()), sumber(expected),
          "Expecting finding %s at %s to be compared with a %s but it is compared with a %s", aturan(), lokasi(),
          sumber(expected), sumber(sumber.get())));
    }
    return this;
  }

  /** Verifies the difference (printed minus comparand) is numerically {@code expected}. */
  public TemuanAssert hasDifference(BigDecimal expected) {
    if (mode.kosong()) {
      return this;
    }
    Objects.requireNonNull(expected, "expected difference");
    isNotNull();
    compare("difference", actual.selisihNilai(), expected, "it has no difference");
    return this;
  }

  /**
   * Verifies the difference (printed minus comparand) is numerically {@code expected}, a decimal as
   * Java writes it ({@code "9893200"}, {@code "-0.96"}).
   *
   * @throws IllegalArgumentException if {@code expected} is not such a decimal
   */
  public TemuanAssert hasDifference(String expected) {
    if (mode.kosong()) {
      return this;
    }
    return hasDifference(Uraian.desimal(expected));
  }

  /** Verifies the message rendered in {@code bahasa} contains {@code expected}. */
  public TemuanAssert hasMessageContaining(Bahasa bahasa, String expected) {
    if (mode.kosong()) {
      return this;
    }
    Objects.requireNonNull(bahasa, "bahasa");
    Objects.requireNonNull(expected, "expected text");
    isNotNull();
    String pesan = actual.pesan(bahasa);
    if (!pesan.contains(expected)) {
      mode.gagal(failure("Expecting the %s message of finding %s at %s to contain:%n  \"%s\"%nbut it is:%n  \"%s\"",
          bahasa.pilih("Indonesian", "English"), aturan(), lokasi(), expected, pesan));
    }
    return this;
  }

  private void compare(String what, Optional<Nilai> nilai, BigDecimal expected, String whenAbsent) {
    if (nilai.isEmpty()) {
      mode.gagal(failureWithActualExpected(NONE, Uraian.angka(expected),
          "Expecting finding %s at %s to have %s %s but %s", aturan(), lokasi(), what, Uraian.angka(expected),
          whenAbsent));
    } else if (nilai.get().angka().compareTo(expected) != 0) {
      mode.gagal(failureWithActualExpected(Uraian.angka(nilai.get().angka()), Uraian.angka(expected),
          "Expecting finding %s at %s to have %s %s but it is %s", aturan(), lokasi(), what, Uraian.angka(expected),
          Uraian.nilai(nilai.get())));
    }
  }

  private String aturan() {
    return actual.aturan().id();
  }

  private String lokasi() {
    return Uraian.lokasi(actual.lokasi());
  }

  private static String bagian(Bagian bagian) {
    return bagian.istilah().teks(Uraian.BAHASA);
  }

  private static String kolom(Kolom kolom) {
    return kolom.istilah().teks(Uraian.BAHASA);
  }

  private static String sumber(Sumber sumber) {
    return sumber.istilah().teks(Uraian.BAHASA);
  }
}
