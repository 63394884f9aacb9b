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

  /** How this assertion handles its failures: thrown, or gathered by soft assertions. */
  private Mode mode = Mode.KERAS;

  /** This assertion, handling its failures as {@code value} says. */
  DaftarTemuanAssert in(Mode value) {
    this.mode = value;
    return this;
  }

  @Override
  protected DaftarTemuanAssert newAbstractIterableAssert(Iterable<? extends Temuan> iterable) {
    List<Temuan> list = new ArrayList<>();
    iterable.forEach(list::add);
    return new DaftarTemuanAssert(list).in(mode);
  }

  /** Assertions on one of the findings ({@code first()}, {@code element(i)}), soft when these are. */
  @Override
  public TemuanAssert toAssert(Temuan value, String description) {
    return super.toAssert(value, description).in(mode);
  }

  /**
   * Verifies there is at least one finding and every one has difference (printed minus comparand)
   * numerically {@code expected}. Unlike AssertJ's {@code allMatch}, no findings at all is a
   * failure: an auditor asserting a difference expects a finding to carry it.
   */
  public DaftarTemuanAssert allHaveDifference(BigDecimal expected) {
    if (mode.kosong()) {
      return this;
    }
    Objects.requireNonNull(expected, "expected difference");
    isNotNull();
    if (actual.isEmpty()) {
      mode.gagal(failure("Expecting every finding to have difference %s but there are no findings",
          Uraian.angka(expected)));
    }
    List<Temuan> others = actual.stream()
        .filter(t -> t.selisih().map(d -> d.compareTo(expected) != 0).orElse(true))
        .toList();
    if (!others.isEmpty()) {
      mode.gagal(failure("Expecting every finding to have difference %s but %d of %d do not:%n%s",
          Uraian.angka(expected), others.size(), actual.size(), Uraian.daftar(others)));
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
    if (mode.kosong()) {
      return this;
    }
    return allHaveDifference(Uraian.desimal(expected));
  }

  /**
   * Verifies the findings are at exactly the locations {@code expected}, in any order: one finding
   * per location given (a location given twice needs two findings there), and none elsewhere.
   */
  public DaftarTemuanAssert atLocations(Lokasi... expected) {
    if (mode.kosong()) {
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
      mode.gagal(failure("Expecting the findings to be at exactly these %d locations (any order):%n%s%nbut %s",
          expected.length, Uraian.daftarLokasi(Arrays.asList(expected)),
          String.join(Uraian.BARIS_BARU + "and ", sections)));
    }
    return this;
  }
}
