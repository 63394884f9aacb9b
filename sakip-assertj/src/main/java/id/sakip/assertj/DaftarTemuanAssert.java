package id.sakip.assertj;

import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.FactoryBasedNavigableListAssert;

/**
 * Assertions on a list of findings, such as every finding of one rule. Every AssertJ list
 * assertion applies ({@code hasSize}, {@code extracting}, {@code allSatisfy}…), and navigating to
 * one finding ({@code first()}, {@code last()}, {@code element(i)}) returns a {@link TemuanAssert}:
 *
 * <pre>{@code
 * assertThat(audit).findings(AturanAudit.CAPAIAN_MISMATCH)
 *     .hasSize(2)
 *     .atLocations(skm2022, ikm2022)
 *     .allHaveDifference("-0.96")
 *     .first().hasComparandSource(Sumber.DIHITUNG);
 * }</pre>
 */
public final class DaftarTemuanAssert
    extends FactoryBasedNavigableListAssert<DaftarTemuanAssert, List<Temuan>, Temuan, TemuanAssert> {

  DaftarTemuanAssert(List<Temuan> actual) {
    super(actual, DaftarTemuanAssert.class, TemuanAssert::new);
  }

  /** The soft assertions this belongs to, or {@code null} when failures are thrown. */
  private Kumpulan kumpulan;

  /** Whether there is nothing to assert on: a navigation to it failed softly. */
  private boolean kosong;

  /** This assertion, gathering its failures in {@code value} instead of throwing them. */
  DaftarTemuanAssert lunak(Kumpulan value) {
    this.kumpulan = value;
    return this;
  }

  /** This assertion, skipping every check: there is nothing to assert on. */
  DaftarTemuanAssert kosong() {
    this.kosong = true;
    return this;
  }

  Kumpulan kumpulan() {
    return kumpulan;
  }

  @Override
  protected void failWithMessage(String errorMessage, Object... arguments) {
    Kumpulan.gagal(kumpulan, () -> super.failWithMessage(errorMessage, arguments));
  }

  @Override
  protected void failWithActualExpectedAndMessage(Object actual, Object expected, String errorMessageFormat,
      Object... arguments) {
    Kumpulan.gagal(kumpulan, () -> super.failWithActualExpectedAndMessage(actual, expected, errorMessageFormat,
        arguments));
  }

  @Override
  protected DaftarTemuanAssert newAbstractIterableAssert(Iterable<? extends Temuan> iterable) {
    List<Temuan> list = new ArrayList<>();
    iterable.forEach(list::add);
    return new DaftarTemuanAssert(list).lunak(kumpulan);
  }

  /** Assertions on one of the findings ({@code first()}, {@code element(i)}), soft when these are. */
  @Override
  public TemuanAssert toAssert(Temuan value, String description) {
    return super.toAssert(value, description).lunak(kumpulan);
  }

  /**
   * Verifies there is at least one finding and every one has difference (printed minus comparand)
   * numerically {@code expected}. Unlike AssertJ's {@code allMatch}, no findings at all is a
   * failure: an auditor asserting a difference expects a finding to carry it.
   */
  public DaftarTemuanAssert allHaveDifference(BigDecimal expected) {
    if (kosong) {
      return this;
    }
    Objects.requireNonNull(expected, "expected difference");
    isNotNull();
    if (actual.isEmpty()) {
      failWithMessage("Expecting every finding to have difference %s but there are no findings",
          Uraian.angka(expected));
    }
    List<Temuan> others = actual.stream()
        .filter(t -> t.selisih().map(d -> d.compareTo(expected) != 0).orElse(true))
        .toList();
    if (!others.isEmpty()) {
      failWithMessage("Expecting every finding to have difference %s but %d of %d do not:%n%s",
          Uraian.angka(expected), others.size(), actual.size(), Uraian.daftar(others));
    }
    return this;
  }

  /**
   * Verifies every finding has difference numerically {@code expected}, a decimal as Java writes
   * it ({@code "9893200"}, {@code "-0.96"}); see {@link #allHaveDifference(BigDecimal)}.
   *
   * @throws IllegalArgumentException if {@code expected} is not such a decimal
   */
  public DaftarTemuanAssert allHaveDifference(String expected) {
    if (kosong) {
      return this;
    }
    return allHaveDifference(Uraian.desimal(expected));
  }

  /**
   * Verifies the findings are at exactly the locations {@code expected}, in any order: one finding
   * per location given (a location given twice needs two findings there), and none elsewhere.
   */
  public DaftarTemuanAssert atLocations(Lokasi... expected) {
    if (kosong) {
      return this;
    }
    Objects.requireNonNull(expected, "expected locations");
    isNotNull();
    List<Lokasi> missing = new ArrayList<>(Arrays.asList(expected));
    List<Lokasi> unexpected = new ArrayList<>();
    for (Temuan t : actual) {
      if (!missing.remove(t.lokasi())) {
        unexpected.add(t.lokasi());
      }
    }
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      List<String> sections = new ArrayList<>(2);
      if (!missing.isEmpty()) {
        sections.add("no finding (or fewer findings than expected) is at:" + Uraian.BARIS_BARU
            + Uraian.daftarLokasi(missing));
      }
      if (!unexpected.isEmpty()) {
        sections.add("findings are at locations not expected:" + Uraian.BARIS_BARU + Uraian.daftarLokasi(unexpected));
      }
      failWithMessage("Expecting the findings to be at exactly these %d locations (any order):%n%s%nbut %s",
          expected.length, Uraian.daftarLokasi(Arrays.asList(expected)),
          String.join(Uraian.BARIS_BARU + "and ", sections));
    }
    return this;
  }
}
