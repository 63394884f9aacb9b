package id.sakip.assertj;

import id.sakip.audit.HasilAudit;
import id.sakip.temuan.Aturan;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Temuan;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the result of an audit. Rules compare by {@link Aturan#id() id}, as {@link
 * HasilAudit#temuan(Aturan)} does; a failure lists the findings concerned, one per line, with
 * rule, location (in English), printed figure, comparand and difference.
 *
 * <pre>{@code
 * assertThat(audit).hasOnlyFindingsOf(AturanAnggaran.BUDGET_TOTAL_MISMATCH);
 * Lokasi jumlah = Lokasi.of(Bagian.TABEL_B).withBaris(new Baris.Jumlah()).withKolom(Kolom.PAGU);
 * assertThat(audit).hasFindingAt(AturanAnggaran.BUDGET_TOTAL_MISMATCH, jumlah)
 *     .hasDifference("9893200");
 * assertThat(audit).findings(AturanAudit.CAPAIAN_MISMATCH).hasSize(2).allHaveDifference("-0.96");
 * }</pre>
 */
public class HasilAuditAssert extends AbstractAssert<HasilAuditAssert, HasilAudit> {

  HasilAuditAssert(HasilAudit actual) {
    super(actual, HasilAuditAssert.class);
  }

  /** How this assertion handles its failures: thrown, or gathered by soft assertions. */
  private Mode mode = Mode.KERAS;

  /** This assertion, handling its failures as {@code value} says. */
  HasilAuditAssert in(Mode value) {
    this.mode = value;
    return this;
  }

  /** Verifies the audit found nothing of severity {@link Keparahan#ERROR error}. */
  public HasilAuditAssert hasNoErrors() {
    if (mode.kosong()) {
      return this;
    }
    isNotNull();
    List<Temuan> errors = actual.temuan().stream().filter(t -> t.keparahan() == Keparahan.ERROR).toList();
    if (!errors.isEmpty()) {
      mode.gagal(failure("Expecting the report to have no errors but the audit found %d:%n%s", errors.size(),
          Uraian.daftar(errors)));
    }
    return this;
  }

  /** Verifies the audit found nothing at all. */
  public HasilAuditAssert hasNoFindings() {
    if (mode.kosong()) {
      return this;
    }
    isNotNull();
    if (!actual.isBersih()) {
      mode.gagal(failure("Expecting the report to have no findings but the audit found %d:%n%s", actual.temuan().size(),
          Uraian.daftar(actual.temuan())));
    }
    return this;
  }

  /** Verifies the audit has a finding of rule {@code aturan} and returns assertions on the first one. */
  public TemuanAssert hasFinding(Aturan aturan) {
    Objects.requireNonNull(aturan, "aturan");
    isNotNull();
    if (mode.kosong()) {
      return new TemuanAssert(null).in(mode.tanpaNilai());
    }
    List<Temuan> found = actual.temuan(aturan);
    if (found.isEmpty()) {
      return gagal(actual.isBersih()
          ? failure("Expecting the audit to have a finding of %s but it has none at all", aturan.id())
          : failure("Expecting the audit to have a finding of %s but it has only:%n%s", aturan.id(),
              Uraian.daftar(actual.temuan())));
    }
    return new TemuanAssert(found.get(0)).in(mode);
  }

  /**
   * Verifies the audit has exactly one finding of rule {@code aturan} at {@code lokasi} (same part,
   * place, row and column) and returns assertions on it.
   */
  public TemuanAssert hasFindingAt(Aturan aturan, Lokasi lokasi) {
    Objects.requireNonNull(aturan, "aturan");
    Objects.requireNonNull(lokasi, "lokasi");
    isNotNull();
    if (mode.kosong()) {
      return new TemuanAssert(null).in(mode.tanpaNilai());
    }
    List<Temuan> ofRule = actual.temuan(aturan);
    List<Temuan> there = ofRule.stream().filter(t -> t.lokasi().equals(lokasi)).toList();
    if (there.size() == 1) {
      return new TemuanAssert(there.get(0)).in(mode);
    }
    if (there.size() > 1) {
      return gagal(failure("Expecting the audit to have one finding of %s at %s but it has %d there:%n%s", aturan.id(),
          Uraian.lokasi(lokasi), there.size(), Uraian.daftar(there)));
    }
    if (ofRule.isEmpty()) {
      return gagal(failure("Expecting the audit to have a finding of %s at %s but it has no finding of %s at all%s",
          aturan.id(), Uraian.lokasi(lokasi), aturan.id(), actual.isBersih() ? ""
              : "; it has only:" + Uraian.BARIS_BARU + Uraian.daftar(actual.temuan())));
    }
    return gagal(failure("Expecting the audit to have a finding of %s at %s but its findings of %s (%d) are elsewhere:%n%s",
        aturan.id(), Uraian.lokasi(lokasi), aturan.id(), ofRule.size(), Uraian.daftar(ofRule)));
  }

  /** Verifies the audit has no finding of rule {@code aturan}. */
  public HasilAuditAssert hasNoFinding(Aturan aturan) {
    if (mode.kosong()) {
      return this;
    }
    Objects.requireNonNull(aturan, "aturan");
    isNotNull();
    List<Temuan> found = actual.temuan(aturan);
    if (!found.isEmpty()) {
      mode.gagal(failure("Expecting the audit to have no finding of %s but it has %d:%n%s", aturan.id(), found.size(),
          Uraian.daftar(found)));
    }
    return this;
  }

  /** Verifies the audit has exactly {@code count} findings of rule {@code aturan}. */
  public HasilAuditAssert hasFindings(Aturan aturan, int count) {
    if (mode.kosong()) {
      return this;
    }
    Objects.requireNonNull(aturan, "aturan");
    isNotNull();
    List<Temuan> found = actual.temuan(aturan);
    if (found.size() != count) {
      mode.gagal(failure("Expecting the audit to have %d findings of %s but it has %d%s", count, aturan.id(),
          found.size(), found.isEmpty() ? "" : ":" + Uraian.BARIS_BARU + Uraian.daftar(found)));
    }
    return this;
  }

  /**
   * Verifies every rule in {@code aturan} has at least one finding and no finding is of another
   * rule, like AssertJ's {@code containsOnly} on the findings' rules. Use {@link #hasNoFindings()}
   * to assert a clean audit.
   *
   * @throws IllegalArgumentException if no rule is given
   */
  public HasilAuditAssert hasOnlyFindingsOf(Aturan... aturan) {
    if (mode.kosong()) {
      return this;
    }
    Objects.requireNonNull(aturan, "aturan");
    if (aturan.length == 0) {
      throw new IllegalArgumentException("hasOnlyFindingsOf needs at least one rule; use hasNoFindings() for none");
    }
    isNotNull();
    Set<String> expected = Arrays.stream(aturan).map(a -> Objects.requireNonNull(a, "aturan").id())
        .collect(Collectors.toCollection(LinkedHashSet::new));
    List<Temuan> others = actual.temuan().stream().filter(t -> !expected.contains(t.aturan().id())).toList();
    Set<String> found = actual.temuan().stream().map(t -> t.aturan().id()).collect(Collectors.toSet());
    List<String> absent = expected.stream().filter(id -> !found.contains(id)).toList();
    if (!others.isEmpty() || !absent.isEmpty()) {
      String other = others.size() == 1 ? "a finding" : others.size() + " findings";
      String but = (absent.isEmpty() ? "" : "it has no finding of " + String.join(", ", absent))
          + (absent.isEmpty() || others.isEmpty() ? "" : Uraian.BARIS_BARU + "and ")
          + (others.isEmpty() ? ""
              : "it has " + other + " of other rules:" + Uraian.BARIS_BARU + Uraian.daftar(others));
      mode.gagal(failure("Expecting the audit to have findings of %s and of no other rule but%n%s",
          String.join(", ", expected), but));
    }
    return this;
  }

  /** Returns assertions on all the findings of rule {@code aturan}, in order (possibly none). */
  public DaftarTemuanAssert findings(Aturan aturan) {
    Objects.requireNonNull(aturan, "aturan");
    isNotNull();
    return new DaftarTemuanAssert(actual.temuan(aturan)).in(mode).as("findings of %s", aturan.id());
  }

  /** Returns assertions on all the findings of the audit, in order. */
  public DaftarTemuanAssert findings() {
    isNotNull();
    return new DaftarTemuanAssert(actual.temuan()).in(mode).as("findings");
  }

  /** Throws {@code failure}, or in soft mode records it and gives assertions on nothing. */
  private TemuanAssert gagal(AssertionError failure) {
    mode.gagal(failure);
    return new TemuanAssert(null).in(mode.tanpaNilai());
  }
}
