package id.sakip.audit;

import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.kinerja.BatasCapaian;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Target;
import id.sakip.kinerja.TingkatKemajuan;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.BarisKemajuan;
import id.sakip.temuan.Temuan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Printed capaian (tables 1.1, 3.2, Bab I, annexes) and tingkat kemajuan (table 1.3), recomputed. */
final class AuditCapaian {

  private AuditCapaian() {}

  static List<Temuan> periksa(Konteks k) {
    List<Temuan> out = new ArrayList<>();
    List<BarisCapaian> rows = k.tercetak.capaian();
    for (int i = 0; i < rows.size(); i++) {
      capaian(k, rows.get(i), "$.tercetak.capaian[" + i + "]").ifPresent(out::add);
    }
    List<BarisKemajuan> kemajuan = k.tercetak.kemajuan();
    for (int i = 0; i < kemajuan.size(); i++) {
      kemajuan(k, kemajuan.get(i), "$.tercetak.kemajuan[" + i + "]").ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Temuan> capaian(Konteks k, BarisCapaian row, String path) {
    if (row.capaian().isEmpty() || row.target().isEmpty() || row.realisasi().isEmpty()) {
      return Optional.empty();
    }
    AngkaTercetak printed = row.capaian().get();
    String lokasi = row.tempat() + ", " + row.indikator() + " " + row.tahun();
    Optional<Indikator> indikator = k.indikator(row.indikator());
    if (indikator.isEmpty()) {
      return Optional.of(k.fakta(AturanAudit.UNKNOWN_INDICATOR, lokasi, path + ".indikator",
          "'" + row.indikator() + "' is not an indicator of the PK, RKT or Renstra, so its polarity is unknown"));
    }
    if (printed.nilai().isEmpty() || row.target().get().nilai().isEmpty() || row.realisasi().get().nilai().isEmpty()) {
      return Optional.of(k.fakta(AturanAudit.NOT_COMPUTABLE, lokasi, path + ".capaian",
          "the capaian cannot be checked: target, realisasi or capaian is printed without a value"));
    }
    Polaritas polaritas = indikator.get().polaritas();
    Outcome<Persentase> raw = k.kebijakan.kalkulator().hitung(polaritas,
        Target.angka(row.target().get().nilai().get()), row.realisasi().get().nilai().get());
    if (!raw.isComputable()) {
      return Optional.of(k.fakta(AturanAudit.NOT_COMPUTABLE, lokasi, path + ".capaian",
          "the printed capaian " + printed.teks() + " cannot be recomputed: " + raw.explanation()));
    }
    Persentase shown = k.kebijakan.batas().terapkan(raw.value()).tersaji();
    if (k.cocok(printed, shown)) {
      return Optional.empty();
    }
    for (BatasCapaian cap : List.of(BatasCapaian.MAKS_100, BatasCapaian.MAKS_120)) {
      Persentase capped = cap.terapkan(raw.value()).tersaji();
      if (!capped.equals(raw.value()) && k.cocok(printed, capped)) {
        return Optional.of(k.banding(AturanAudit.CAPPED_WITHOUT_POLICY, lokasi, path + ".capaian", printed, raw.value(),
            "capaian " + row.realisasi().get().teks() + " against target " + row.target().get().teks() + " is "
                + raw.value().format() + " but is printed as " + printed.teks() + ", capped " + cap
                + ", while the policy declares " + k.kebijakan.batas()));
      }
    }
    return Optional.of(k.banding(AturanAudit.CAPAIAN_MISMATCH, lokasi, path + ".capaian", printed, shown,
        "capaian " + row.realisasi().get().teks() + " against target " + row.target().get().teks() + " ("
            + polaritas + ", " + k.kebijakan.kalkulator().rumusUntuk(polaritas).map(r -> r.rumus()).orElse("range")
            + ") is " + shown.format() + ", not the printed " + printed.teks()));
  }

  private static Optional<Temuan> kemajuan(Konteks k, BarisKemajuan row, String path) {
    if (row.kemajuan().isEmpty() || row.targetAkhir().isEmpty() || row.realisasi().isEmpty()) {
      return Optional.empty();
    }
    AngkaTercetak printed = row.kemajuan().get();
    String lokasi = row.tempat() + ", " + row.indikator();
    Optional<Indikator> indikator = k.indikator(row.indikator());
    if (indikator.isEmpty()) {
      return Optional.of(k.fakta(AturanAudit.UNKNOWN_INDICATOR, lokasi, path + ".indikator",
          "'" + row.indikator() + "' is not an indicator of the PK, RKT or Renstra, so its polarity is unknown"));
    }
    if (printed.nilai().isEmpty() || row.targetAkhir().get().nilai().isEmpty() || row.realisasi().get().nilai().isEmpty()) {
      return Optional.of(k.fakta(AturanAudit.NOT_COMPUTABLE, lokasi, path + ".kemajuan",
          "the tingkat kemajuan cannot be checked: a figure is printed without a value"));
    }
    Outcome<Persentase> recomputed = TingkatKemajuan.hitung(k.kebijakan.kalkulator(), indikator.get(),
        Target.angka(row.targetAkhir().get().nilai().get()), List.of(row.realisasi().get().nilai().get()));
    if (!recomputed.isComputable()) {
      return Optional.of(k.fakta(AturanAudit.NOT_COMPUTABLE, lokasi, path + ".kemajuan",
          "the printed tingkat kemajuan " + printed.teks() + " cannot be recomputed: " + recomputed.explanation()));
    }
    if (k.cocok(printed, recomputed.value())) {
      return Optional.empty();
    }
    return Optional.of(k.banding(AturanAudit.KEMAJUAN_MISMATCH, lokasi, path + ".kemajuan", printed, recomputed.value(),
        "realisasi " + row.realisasi().get().teks() + " against the Renstra end target " + row.targetAkhir().get().teks()
            + " is a tingkat kemajuan of " + recomputed.value().format() + ", not the printed " + printed.teks()));
  }
}
