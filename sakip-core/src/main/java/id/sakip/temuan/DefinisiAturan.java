package id.sakip.temuan;

import java.util.Objects;

/**
 * What a rule is, apart from its id: the severity of its findings, what it checks and the message
 * template of a finding, each text in Indonesian and English. A rule enum holds one per constant.
 *
 * @param keparahan the severity
 * @param deskripsi what the rule checks, in one line
 * @param pesan the message template (see {@link Aturan})
 */
public record DefinisiAturan(Keparahan keparahan, Istilah deskripsi, Istilah pesan) {

  /** Creates a definition; every component is required. */
  public DefinisiAturan {
    Objects.requireNonNull(keparahan, "keparahan");
    Objects.requireNonNull(deskripsi, "deskripsi");
    Objects.requireNonNull(pesan, "pesan");
  }

  /** Returns a definition from its texts, Indonesian first. */
  public static DefinisiAturan of(Keparahan keparahan, String deskripsiId, String deskripsiEn, String pesanId,
      String pesanEn) {
    return new DefinisiAturan(keparahan, new Istilah(deskripsiId, deskripsiEn), new Istilah(pesanId, pesanEn));
  }
}
