package id.sakip.temuan;

/** What the value a printed figure is compared with is. */
public enum Sumber {
  /** A value the library recomputed from the document's inputs. */
  DIHITUNG(new Istilah("nilai hitung ulang", "recomputed value")),
  /** The same figure as another document or another place of the report states it (the PK, the Renstra, the IKU realisasi). */
  DOKUMEN_LAIN(new Istilah("nilai dokumen lain", "figure of another document")),
  /** A limit the figure must respect (the pagu for a realisasi, zero for an amount). */
  BATAS(new Istilah("batas", "limit"));

  private final Istilah istilah;

  Sumber(Istilah istilah) {
    this.istilah = istilah;
  }

  /** Returns what this source is called, in both languages. */
  public Istilah istilah() {
    return istilah;
  }
}
