package id.sakip.temuan;

/**
 * A rule of a consistency check: a stable id and its {@link DefinisiAturan definition} (severity,
 * what it checks, the message of a finding, each in Indonesian and English). Every package that
 * checks something declares its rules as an enum implementing this interface and contributes them
 * to the {@link RegistriAturan registry} through a {@link PenyediaAturan}.
 *
 * <p>A message is a template: {@code {lokasi}}, {@code {tercetak}}, {@code {pembanding}}, {@code
 * {sumber}}, {@code {selisih}} and the names of the finding's {@link Temuan#rincian() details}
 * are replaced by the finding's parts, rendered in the reader's language and notation.
 */
public interface Aturan {

  /** Returns the stable id, e.g. {@code BUDGET_TOTAL_MISMATCH}. Ids never change meaning. */
  String id();

  /** Returns the rule's definition. */
  DefinisiAturan definisi();

  /** Returns the severity of this rule's findings. */
  default Keparahan keparahan() {
    return definisi().keparahan();
  }

  /** Returns what the rule checks, in one line. */
  default Istilah deskripsi() {
    return definisi().deskripsi();
  }

  /** Returns the message template of a finding. */
  default Istilah pesan() {
    return definisi().pesan();
  }
}
