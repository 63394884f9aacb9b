package id.sakip.audit;

import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.IndonesianNumbers;
import id.sakip.angka.Persentase;
import id.sakip.kinerja.Indikator;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.laporan.Tercetak;
import id.sakip.perencanaan.IndikatorRenstra;
import id.sakip.perencanaan.SasaranRkt;
import id.sakip.perencanaan.TargetKinerja;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What every audit step shares: the document, the policy, the indicators by name, and finding helpers. */
final class Konteks {

  final LaporanKinerja lkj;
  final KebijakanAudit kebijakan;
  final Tercetak tercetak;
  private final Map<String, Indikator> indikator = new LinkedHashMap<>();

  Konteks(LaporanKinerja lkj, KebijakanAudit kebijakan) {
    this.lkj = lkj;
    this.kebijakan = kebijakan;
    this.tercetak = lkj.tercetak().orElse(Tercetak.builder().build());
    lkj.perjanjianKinerja().ifPresent(pk -> pk.target().forEach(t -> indikator.putIfAbsent(t.indikator().nama(), t.indikator())));
    lkj.rkt().ifPresent(r -> r.sasaran().stream().map(SasaranRkt::target).map(TargetKinerja::indikator)
        .forEach(i -> indikator.putIfAbsent(i.nama(), i)));
    lkj.renstra().ifPresent(r -> r.semuaIndikator().map(IndikatorRenstra::indikator)
        .forEach(i -> indikator.putIfAbsent(i.nama(), i)));
  }

  Optional<Indikator> indikator(String nama) {
    return Optional.ofNullable(indikator.get(nama));
  }

  /** A finding comparing a printed figure with an exact recomputed percentage. */
  Temuan banding(AturanAudit aturan, String lokasi, String jalur, AngkaTercetak printed, Persentase recomputed,
      String pesan) {
    int scale = Math.max(2, printed.nilai().orElseThrow().scale());
    BigDecimal rounded = recomputed.rounded(scale, kebijakan.pembulatan());
    return banding(aturan, lokasi, jalur, printed, rounded, pesan);
  }

  /** A finding comparing a printed figure with a recomputed decimal. */
  Temuan banding(AturanAudit aturan, String lokasi, String jalur, AngkaTercetak printed, BigDecimal recomputed,
      String pesan) {
    BigDecimal diff = printed.nilai().orElseThrow().subtract(recomputed);
    return new Temuan(aturan.name(), aturan.keparahan(), lokasi, Optional.of(printed.teks()),
        Optional.of(angka(recomputed)), Optional.of(angka(diff)), pesan, Optional.of(jalur));
  }

  /** A finding that compares no values. */
  Temuan fakta(AturanAudit aturan, String lokasi, String jalur, String pesan) {
    return new Temuan(aturan.name(), aturan.keparahan(), lokasi, Optional.empty(), Optional.empty(), Optional.empty(),
        pesan, Optional.of(jalur));
  }

  /** Returns true when the printed figure agrees with the exact value at its printed precision. */
  boolean cocok(AngkaTercetak printed, Persentase exact) {
    return exact.agreesWith(printed, kebijakan.pembulatan());
  }

  static String angka(BigDecimal value) {
    return IndonesianNumbers.format(value);
  }
}
