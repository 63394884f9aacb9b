package id.sakip.audit;

import id.sakip.laporan.LaporanKinerja;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Temuan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A report recomputed once (<i>laporan dihitung ulang</i>): every table of its Bab III (1.1, 1.2,
 * 1.3, 3.1, 3.2, 3.3), the budget realisation table B, the figures of the narrative, the IKU
 * realisasi by year, and the tables printed elsewhere, each as {@link Sel cells} that hold the
 * printed figure, the exact recomputed value, where its inputs came from, and the finding their
 * comparison gives. The audit ({@link Audit}), the {@code tables} command and every later view
 * read this object; none recomputes. Immutable and thread-safe once built.
 *
 * <pre>{@code
 * LaporanDihitung r = LaporanDihitung.hitung(lkj, KebijakanAudit.standar());
 * r.tabel(Bagian.TABEL_1_1).orElseThrow().baris().get(0).sel();
 * r.temuan();   // what Audit.periksa(lkj) returns
 * }</pre>
 */
public final class LaporanDihitung {

  private final LaporanKinerja laporan;
  private final KebijakanAudit kebijakan;
  private final List<TabelDihitung> tabel;
  private final List<Temuan> temuan;
  private final Map<Lokasi, Sel<?>> sel = new LinkedHashMap<>();
  private final List<Sel<?>> semuaSel = new ArrayList<>();

  private LaporanDihitung(LaporanKinerja laporan, KebijakanAudit kebijakan) {
    this.laporan = laporan;
    this.kebijakan = kebijakan;
    Konteks k = new Konteks(laporan, kebijakan);
    this.tabel = List.copyOf(new PenyusunTabel(k).susun());
    List<Temuan> out = new ArrayList<>(PemeriksaanDokumen.anggaran(k));
    for (TabelDihitung t : tabel) {
      for (BarisDihitung b : t.baris()) {
        for (Sel<?> s : b.sel()) {
          semuaSel.add(s);
          // a place shown in two tables (a row's figures split between its table and its place's)
          // is looked up as the cell that holds the printed figure
          sel.merge(s.lokasi(), s, (old, now) -> old.tercetak().isEmpty() && now.tercetak().isPresent() ? now : old);
          s.temuan().ifPresent(out::add);
        }
      }
    }
    out.addAll(PemeriksaanDokumen.target(k));
    out.addAll(PemeriksaanDokumen.periode(k));
    out.addAll(PemeriksaanDokumen.rentang(k));
    out.addAll(PemeriksaanDokumen.renstra(k));
    this.temuan = List.copyOf(out);
  }

  /** Recomputes {@code lkj} under {@code kebijakan}. Never throws on a document the model accepted. */
  public static LaporanDihitung hitung(LaporanKinerja lkj, KebijakanAudit kebijakan) {
    return new LaporanDihitung(Objects.requireNonNull(lkj, "lkj"), Objects.requireNonNull(kebijakan, "kebijakan"));
  }

  /** Returns the report recomputed. */
  public LaporanKinerja laporan() {
    return laporan;
  }

  /** Returns the policy it was recomputed under. */
  public KebijakanAudit kebijakan() {
    return kebijakan;
  }

  /** Returns the tables in the report's order: 1.1, 1.2, 1.3, 3.1, 3.2, 3.3, B, narrative, IKU, other places. */
  public List<TabelDihitung> tabel() {
    return tabel;
  }

  /** Returns the first table of part {@code bagian}, if the report has one. */
  public Optional<TabelDihitung> tabel(Bagian bagian) {
    Objects.requireNonNull(bagian, "bagian");
    return tabel.stream().filter(t -> t.bagian() == bagian).findFirst();
  }

  /**
   * Returns the cell at {@code lokasi}, if there is one; where two tables show the same place, the
   * cell that holds the printed figure.
   */
  public Optional<Sel<?>> sel(Lokasi lokasi) {
    return Optional.ofNullable(sel.get(Objects.requireNonNull(lokasi, "lokasi")));
  }

  /** Returns every cell, table by table, row by row. */
  public List<Sel<?>> semuaSel() {
    return Collections.unmodifiableList(semuaSel);
  }

  /** Returns every finding: budget structure first, then the cells in table order, then targets, period series and the Renstra matrix. */
  public List<Temuan> temuan() {
    return temuan;
  }
}
