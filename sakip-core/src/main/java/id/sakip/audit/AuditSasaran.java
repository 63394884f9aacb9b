package id.sakip.audit;

import id.sakip.perencanaan.AnggaranPk;
import id.sakip.anggaran.HasilEfisiensi;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.laporan.BarisAnggaranSasaran;
import id.sakip.temuan.Temuan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Tables 3.1, 3.2 and 3.3: budget share, absorption and efficiency per sasaran. */
final class AuditSasaran {

  private AuditSasaran() {}

  static List<Temuan> periksa(Konteks k) {
    List<Temuan> out = new ArrayList<>();
    List<BarisAnggaranSasaran> rows = k.tercetak.anggaranSasaran();
    for (int i = 0; i < rows.size(); i++) {
      BarisAnggaranSasaran row = rows.get(i);
      String path = "$.tercetak.anggaranSasaran[" + i + "]";
      String lokasi = row.tempat() + ", " + row.indikator();
      Optional<Rupiah> alokasi = rupiah(row.alokasi()).or(() -> amounts(k, row.indikator(), true));
      Optional<Rupiah> realisasi = rupiah(row.realisasiAnggaran()).or(() -> amounts(k, row.indikator(), false));
      row.porsi().filter(AngkaTercetak::adaNilai).ifPresent(printed ->
          total(k, row.tempat()).ifPresent(total -> alokasi.ifPresent(a -> compare(k, out, AturanAudit.SHARE_MISMATCH,
              lokasi, path + ".porsi", printed, Persentase.ratio(a, total),
              "the share of " + a.format() + " in the " + k.kebijakan.versiAnggaran(row.tempat()) + " total "
                  + total.format()))));
      row.serapan().filter(AngkaTercetak::adaNilai).ifPresent(printed -> {
        if (alokasi.isPresent() && realisasi.isPresent()) {
          compare(k, out, AturanAudit.SERAPAN_MISMATCH, lokasi, path + ".serapan", printed,
              Persentase.ratio(realisasi.get(), alokasi.get()),
              "realisasi " + realisasi.get().format() + " of alokasi " + alokasi.get().format());
        }
      });
      row.efisiensi().filter(AngkaTercetak::adaNilai).ifPresent(printed -> {
        Optional<Persentase> capaian = row.capaianKinerja().flatMap(AngkaTercetak::nilai).map(Persentase::of);
        if (capaian.isPresent() && alokasi.isPresent() && realisasi.isPresent()) {
          Outcome<HasilEfisiensi> e = k.kebijakan.efisiensi().hitung(capaian.get(), alokasi.get(), realisasi.get());
          compare(k, out, AturanAudit.EFFICIENCY_MISMATCH, lokasi, path + ".efisiensi", printed, e.map(HasilEfisiensi::nilai),
              k.kebijakan.efisiensi().rumus() + " with capaian " + capaian.get().format() + ", realisasi "
                  + realisasi.get().format() + " of " + alokasi.get().format());
        } else {
          out.add(k.fakta(AturanAudit.NOT_COMPUTABLE, lokasi, path + ".efisiensi",
              "the printed efficiency " + printed.teks() + " cannot be recomputed: the capaian or the budget amounts of '"
                  + row.indikator() + "' are not printed"));
        }
      });
    }
    return out;
  }

  private static void compare(Konteks k, List<Temuan> out, AturanAudit rule, String lokasi, String path,
      AngkaTercetak printed, Outcome<Persentase> recomputed, String what) {
    if (!recomputed.isComputable()) {
      out.add(k.fakta(AturanAudit.NOT_COMPUTABLE, lokasi, path,
          "the printed " + printed.teks() + " cannot be recomputed: " + recomputed.explanation()));
    } else if (!k.cocok(printed, recomputed.value())) {
      out.add(k.banding(rule, lokasi, path, printed, recomputed.value(),
          what + " gives " + recomputed.value().format() + ", not the printed " + printed.teks()));
    }
  }

  private static Optional<Rupiah> rupiah(Optional<AngkaTercetak> printed) {
    return printed.flatMap(AngkaTercetak::nilai).flatMap(v -> {
      try {
        return Optional.of(Rupiah.of(v));
      } catch (ArithmeticException e) {
        return Optional.empty();
      }
    });
  }

  /** Alokasi or realisasi of the indicator's sasaran printed in another row (e.g. table 3.2 for table 3.3). */
  private static Optional<Rupiah> amounts(Konteks k, String indikator, boolean alokasi) {
    return k.tercetak.anggaranSasaran().stream()
        .filter(r -> r.indikator().equals(indikator))
        .map(r -> rupiah(alokasi ? r.alokasi() : r.realisasiAnggaran()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The total the table takes shares of: the PK budget in the policy's version for that table. */
  private static Optional<Rupiah> total(Konteks k, String tempat) {
    return k.lkj.perjanjianKinerja()
        .flatMap(pk -> pk.anggaran(k.kebijakan.versiAnggaran(tempat)))
        .map(AnggaranPk::jumlah);
  }
}
