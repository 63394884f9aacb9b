package id.sakip.pohon;

import id.sakip.temuan.Aturan;
import id.sakip.temuan.DefinisiAturan;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.PenyediaAturan;

/**
 * The rules of the performance-tree checks ({@link PemeriksaanPohon}) and of indicator identity,
 * with their messages in both languages. Source of the cascade rules: domain.md §11 ("each level's
 * indicator supports one of the level above"); of the identity rules: ours.
 */
public enum AturanPohon implements Aturan {

  /** An indicator below sasaran level supports no indicator of the level above. */
  INDICATOR_WITHOUT_PARENT(DefinisiAturan.of(Keparahan.WARNING,
      "indikator tidak mendukung indikator tingkat di atasnya",
      "an indicator supports no indicator of the level above",
      "{lokasi}: indikator {id} pada {tingkat} '{node}' tidak mendukung indikator mana pun; setiap indikator di bawah"
          + " sasaran mendukung satu indikator tingkat di atasnya.",
      "{lokasi}: indicator {id} of {tingkat} '{node}' supports no indicator; every indicator below sasaran level"
          + " supports one of the level above.")),
  /** A sub kegiatan with a pagu has no indicator to support anything with. */
  BUDGETED_SUB_KEGIATAN_WITHOUT_INDICATOR(DefinisiAturan.of(Keparahan.WARNING,
      "sub kegiatan beranggaran tanpa indikator",
      "a budgeted sub kegiatan has no indicator",
      "{lokasi}: sub kegiatan '{node}' memiliki pagu {tercetak} tetapi tidak memiliki indikator keluaran, sehingga"
          + " tidak mendukung indikator mana pun.",
      "{lokasi}: sub kegiatan '{node}' has a pagu of {tercetak} but no output indicator, so it supports no"
          + " indicator.")),
  /** A sasaran with no program under it. */
  SASARAN_WITHOUT_PROGRAM(DefinisiAturan.of(Keparahan.WARNING,
      "sasaran tanpa program",
      "a sasaran has no program",
      "{lokasi}: sasaran '{node}' tidak memiliki program di bawahnya; setiap sasaran dicapai melalui program.",
      "{lokasi}: sasaran '{node}' has no program under it; every sasaran is pursued through programs.")),
  /** A child's pagu exceeds its parent's. */
  PAGU_EXCEEDS_PARENT(DefinisiAturan.of(Keparahan.ERROR,
      "pagu anak melebihi pagu induknya",
      "a child's pagu exceeds its parent's",
      "{lokasi}: pagu {tingkat} '{node}' {tercetak} melebihi pagu induknya '{induk}' {pembanding} sebesar {selisih}.",
      "{lokasi}: the pagu of {tingkat} '{node}', {tercetak}, exceeds the pagu of its parent '{induk}', {pembanding},"
          + " by {selisih}.")),
  /** An indicator links to an indicator id the tree does not hold. */
  UNKNOWN_PARENT_INDICATOR(DefinisiAturan.of(Keparahan.ERROR,
      "indikator mendukung id indikator yang tidak ada",
      "an indicator supports an indicator id that does not exist",
      "{lokasi}: indikator {id} menyatakan mendukung indikator {induk}, yang tidak ada di pohon kinerja.",
      "{lokasi}: indicator {id} states that it supports indicator {induk}, which the performance tree does not"
          + " hold.")),
  /** An indicator supports an indicator that is not on its parent node. */
  PARENT_INDICATOR_NOT_ONE_LEVEL_UP(DefinisiAturan.of(Keparahan.ERROR,
      "indikator mendukung indikator yang bukan milik node induknya",
      "an indicator supports an indicator that is not on its parent node",
      "{lokasi}: indikator {id} pada {tingkat} '{node}' mendukung indikator {induk} milik '{nodeInduk}', padahal"
          + " indikator mendukung indikator node tepat di atasnya.",
      "{lokasi}: indicator {id} of {tingkat} '{node}' supports indicator {induk} of '{nodeInduk}', but an indicator"
          + " supports one of the node directly above it.")),
  /** Two different indicator names normalise to one identifier. */
  INDICATOR_NAMES_ALIKE(DefinisiAturan.of(Keparahan.WARNING,
      "nama indikator berbeda yang tidak dapat dibedakan",
      "different indicator names that cannot be told apart",
      "{lokasi}: nama {nama} berbeda tetapi sama setelah dinormalkan ({id}); bisa satu indikator yang ditulis"
          + " berbeda atau dua indikator. Hanya nama pertama yang mendapat id; beri id yang tegas.",
      "{lokasi}: the names {nama} differ but are alike once normalised ({id}); they may be one indicator printed"
          + " differently or two indicators. Only the first gets the id; give explicit ids.")),
  /** One indicator name is used with different units or polarities. */
  INDICATOR_NAME_CONFLICT(DefinisiAturan.of(Keparahan.ERROR,
      "satu nama indikator dengan satuan atau polaritas berbeda",
      "one indicator name with different units or polarities",
      "{lokasi}: indikator {id} dipakai dengan satuan/polaritas {atribut}; satu indikator memiliki satu satuan dan"
          + " satu polaritas.",
      "{lokasi}: indicator {id} is used with units/polarities {atribut}; an indicator has one unit and one"
          + " polarity.")),
  /** An indicator name from which no identifier can be derived. */
  INDICATOR_NAME_WITHOUT_LETTERS(DefinisiAturan.of(Keparahan.ERROR,
      "nama indikator tanpa huruf atau angka",
      "an indicator name without letters or digits",
      "{lokasi}: nama indikator {nama} tidak memuat huruf atau angka, sehingga tidak dapat diberi id.",
      "{lokasi}: the indicator names {nama} hold no letter or digit, so no id can be derived from them."));

  private final DefinisiAturan definisi;

  AturanPohon(DefinisiAturan definisi) {
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
