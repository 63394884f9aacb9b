package id.sakip.temuan;

import java.util.Objects;
import java.util.Optional;

/**
 * A finding (temuan) of a consistency check: which rule, how serious, where, the value as printed
 * or stated, the value recomputed, their difference, and one sentence for people.
 *
 * <p>Checks in the domain packages return these; the audit of a whole report collects them.
 *
 * @param aturan the stable rule id, e.g. {@code BUDGET_TOTAL_MISMATCH}
 * @param keparahan the severity
 * @param lokasi where, in domain words, e.g. {@code Program 7.01.01 Penunjang Urusan…}
 * @param tercetak the value as printed or stated, if the rule compares one
 * @param dihitung the recomputed value, if the rule compares one
 * @param selisih printed minus recomputed, if both are numbers
 * @param pesan one sentence explaining the finding
 * @param jalur where, as a JSON path into the {@code sakip-lkj/1} document, when known
 */
public record Temuan(
    String aturan,
    Keparahan keparahan,
    String lokasi,
    Optional<String> tercetak,
    Optional<String> dihitung,
    Optional<String> selisih,
    String pesan,
    Optional<String> jalur) {

  /** Creates a finding without a JSON path. */
  public Temuan(
      String aturan,
      Keparahan keparahan,
      String lokasi,
      Optional<String> tercetak,
      Optional<String> dihitung,
      Optional<String> selisih,
      String pesan) {
    this(aturan, keparahan, lokasi, tercetak, dihitung, selisih, pesan, Optional.empty());
  }

  /** Creates a finding; every component is required (use empty optionals for absent values). */
  public Temuan {
    Objects.requireNonNull(jalur, "jalur");
    Objects.requireNonNull(aturan, "aturan");
    Objects.requireNonNull(keparahan, "keparahan");
    Objects.requireNonNull(lokasi, "lokasi");
    Objects.requireNonNull(tercetak, "tercetak");
    Objects.requireNonNull(dihitung, "dihitung");
    Objects.requireNonNull(selisih, "selisih");
    Objects.requireNonNull(pesan, "pesan");
    if (aturan.isBlank()) {
      throw new IllegalArgumentException("temuan.aturan is blank; a finding needs a rule id");
    }
  }

  /** Returns a finding that compares a printed value with a recomputed one. */
  public static Temuan selisih(
      String aturan, Keparahan keparahan, String lokasi, String tercetak, String dihitung, String selisih, String pesan) {
    return new Temuan(
        aturan, keparahan, lokasi, Optional.of(tercetak), Optional.of(dihitung), Optional.of(selisih), pesan);
  }

  /** Returns this finding located at {@code path} in the document. */
  public Temuan withJalur(String path) {
    return new Temuan(aturan, keparahan, lokasi, tercetak, dihitung, selisih, pesan,
        Optional.of(Objects.requireNonNull(path, "path")));
  }

  /** Returns a finding that compares no values. */
  public static Temuan fakta(String aturan, Keparahan keparahan, String lokasi, String pesan) {
    return new Temuan(aturan, keparahan, lokasi, Optional.empty(), Optional.empty(), Optional.empty(), pesan);
  }
}
