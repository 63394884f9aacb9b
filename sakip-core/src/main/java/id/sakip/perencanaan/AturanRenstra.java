package id.sakip.perencanaan;

import id.sakip.temuan.Aturan;
import id.sakip.temuan.DefinisiAturan;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.PenyediaAturan;

/**
 * The rules of the checks of a Renstra matrix and of the PK and RKT against it ({@link
 * PemeriksaanRenstra}), with their messages in both languages. Ids never change meaning; new rules
 * get new ids.
 *
 * <p>Severities: a target that differs from the plan is an {@link Keparahan#ERROR} (the same
 * indicator and year has one target across the plan documents, as {@code
 * TARGET_DIFFERS_BETWEEN_DOCUMENTS} of the audit already holds for the PK) [ours]. The pagu indikatif is indicative, not a ceiling (the APBD is the binding
 * one): a budget above it is a {@link Keparahan#WARNING} (the plan was overrun or should have been
 * revised), one below it only {@link Keparahan#INFO} [ours]. An end target that disagrees with the
 * yearly targets is a WARNING, because Renstra documents do set end targets by other conventions
 * [ours].
 */
public enum AturanRenstra implements Aturan {

  /** The end target of a Renstra indicator disagrees with its yearly targets under the indicator's sifat. */
  END_TARGET_INCONSISTENT(DefinisiAturan.of(Keparahan.WARNING,
      "target akhir Renstra tidak sesuai target tahunannya menurut sifat indikator",
      "a Renstra end target disagrees with its yearly targets under the indicator's sifat",
      "{lokasi}: target akhir {tercetak}, padahal {cara} adalah {pembanding} (selisih {selisih}); untuk indikator "
          + "{sifat} keduanya semestinya sama.",
      "{lokasi}: end target {tercetak}, but {cara} is {pembanding} (difference {selisih}); for a {sifat} indicator "
          + "they should agree.")),
  /** A PK or RKT sets another target for a year than the Renstra does for that year. */
  RENSTRA_TARGET_MISMATCH(DefinisiAturan.of(Keparahan.ERROR,
      "PK atau RKT menetapkan target tahunan yang berbeda dari target Renstra untuk tahun itu",
      "a PK or RKT sets another yearly target than the Renstra for that year",
      "{lokasi}: {dokumen} menetapkan target tahun {tahun} untuk indikator '{indikator}' sebesar {targetLain}, "
          + "padahal Renstra menetapkan {targetRenstra} untuk tahun itu.",
      "{lokasi}: {dokumen} sets the {tahun} target of '{indikator}' at {targetLain}, but the Renstra sets "
          + "{targetRenstra} for that year.")),
  /** An indicator of the PK is not an indicator of the Renstra. */
  INDICATOR_NOT_IN_RENSTRA(DefinisiAturan.of(Keparahan.WARNING,
      "indikator PK tidak terdapat dalam Renstra",
      "an indicator of the PK is not in the Renstra",
      "{lokasi}: indikator '{indikator}' pada {dokumen} tidak terdapat dalam Renstra {periode}; targetnya tidak "
          + "dapat dirujuk ke rencana strategis.",
      "{lokasi}: indicator '{indikator}' of {dokumen} is not in the Renstra {periode}; its target cannot be traced "
          + "to the strategic plan.")),
  /** The year of a PK or RKT lies outside the Renstra's period. */
  YEAR_OUTSIDE_RENSTRA(DefinisiAturan.of(Keparahan.WARNING,
      "tahun PK atau RKT di luar periode Renstra",
      "the year of a PK or RKT lies outside the Renstra period",
      "{lokasi}: {dokumen} tahun {tahun} berada di luar periode Renstra {periode}, sehingga target dan anggarannya "
          + "tidak dapat dibandingkan dengan Renstra.",
      "{lokasi}: {dokumen} of {tahun} lies outside the Renstra period {periode}, so its targets and budgets cannot "
          + "be compared with the Renstra.")),
  /** The PK's or RKT's budget for a code exceeds the Renstra's pagu indikatif for that year. */
  BUDGET_ABOVE_PAGU_INDIKATIF(DefinisiAturan.of(Keparahan.WARNING,
      "pagu PK atau RKT melebihi pagu indikatif Renstra tahun itu",
      "the PK's or RKT's budget for a code exceeds the Renstra's pagu indikatif for that year",
      "{lokasi}: pagu {dokumen} tahun {tahun} sebesar {tercetak} melebihi pagu indikatif Renstra {pembanding} "
          + "sebesar {selisih}.",
      "{lokasi}: the {tahun} pagu of {dokumen}, {tercetak}, exceeds the Renstra's pagu indikatif {pembanding} by "
          + "{selisih}.")),
  /** The PK's or RKT's budget for a code is below the Renstra's pagu indikatif for that year. */
  BUDGET_BELOW_PAGU_INDIKATIF(DefinisiAturan.of(Keparahan.INFO,
      "pagu PK atau RKT di bawah pagu indikatif Renstra tahun itu",
      "the PK's or RKT's budget for a code is below the Renstra's pagu indikatif for that year",
      "{lokasi}: pagu {dokumen} tahun {tahun} sebesar {tercetak} di bawah pagu indikatif Renstra {pembanding} "
          + "(selisih {selisih}).",
      "{lokasi}: the {tahun} pagu of {dokumen}, {tercetak}, is below the Renstra's pagu indikatif {pembanding} "
          + "(difference {selisih})."));

  private final DefinisiAturan definisi;

  AturanRenstra(DefinisiAturan definisi) {
    this.definisi = definisi;
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public DefinisiAturan definisi() {
    return definisi;
  }

  /** Contributes these rules to the registry. */
  public static final class Penyedia extends PenyediaAturan.DariEnum {
    /** Creates the provider (called by the service loader). */
    public Penyedia() {
      super(values());
    }
  }
}
