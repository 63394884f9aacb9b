package id.sakip.audit;

import id.sakip.temuan.Aturan;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.Temuan;
import java.util.List;
import java.util.Objects;

/**
 * The result of an audit: every finding, in the order of {@link LaporanDihitung#temuan()} (the
 * budget structure, then the tables cell by cell, then targets, period series and sums). A report with no findings says so
 * ({@link #isBersih()}, {@link #ringkasan(Bahasa)}). Only its findings are its state: a JSON
 * binding writes and reads {@link #temuan()} alone.
 *
 * @param temuan the findings
 */
public record HasilAudit(List<Temuan> temuan) {

  /** Creates a result. */
  public HasilAudit {
    temuan = List.copyOf(Objects.requireNonNull(temuan, "temuan"));
  }

  /** Returns true if the audit found nothing at all. */
  public boolean isBersih() {
    return temuan.isEmpty();
  }

  /** Returns true if some finding has severity {@link Keparahan#ERROR}. */
  public boolean adaError() {
    return jumlah(Keparahan.ERROR) > 0;
  }

  /** Returns how many findings have severity {@code keparahan}. */
  public long jumlah(Keparahan keparahan) {
    return temuan.stream().filter(t -> t.keparahan() == keparahan).count();
  }

  /** Returns the findings of rule {@code aturan}, in order. */
  public List<Temuan> temuan(Aturan aturan) {
    Objects.requireNonNull(aturan, "aturan");
    return temuan.stream().filter(t -> t.aturan().id().equals(aturan.id())).toList();
  }

  /** Returns one line in {@code bahasa}: that every printed figure recomputes, or the counts per severity. */
  public String ringkasan(Bahasa bahasa) {
    if (isBersih()) {
      return bahasa.pilih("tidak ada temuan: setiap angka tercetak sesuai hitungan ulang",
          "no findings: every printed figure recomputes");
    }
    return bahasa.pilih(
        temuan.size() + " temuan: " + jumlah(Keparahan.ERROR) + " kesalahan, " + jumlah(Keparahan.WARNING)
            + " peringatan, " + jumlah(Keparahan.INFO) + " info",
        temuan.size() + " findings: " + jumlah(Keparahan.ERROR) + " error, " + jumlah(Keparahan.WARNING)
            + " warning, " + jumlah(Keparahan.INFO) + " info");
  }
}
