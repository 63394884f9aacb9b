package konsumen;

import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.json.SakipJson;
import id.sakip.laporan.LaporanKinerja;

/** Reads an LKj document and prints its budget absorption, as an application would. */
public final class Konsumen {

  private Konsumen() {}

  /** The absorption of the document's budget table, two decimals, Indonesian notation. */
  public static String serapan(String dokumen) {
    return serapan(SakipJson.standar().readLaporan(dokumen));
  }

  /** The absorption of the report's budget table, two decimals, Indonesian notation. */
  public static String serapan(LaporanKinerja lkj) {
    Persentase serapan = lkj.realisasiAnggaran().orElseThrow().anggaran().total().serapan().value();
    return serapan.format();
  }

  /**
   * The report for another year: rebuilt with the public builder ({@code LaporanKinerja.Builder}),
   * then given {@code tahun} with a copy method, as an application derives one report from another.
   */
  public static LaporanKinerja untukTahun(LaporanKinerja lkj, int tahun) {
    LaporanKinerja.Builder builder = LaporanKinerja.builder().instansi(lkj.instansi()).tahun(lkj.tahun());
    return builder.renstra(lkj.renstra()).perjanjianKinerja(lkj.perjanjianKinerja()).rkt(lkj.rkt())
        .addAllRealisasiIku(lkj.realisasiIku()).realisasiAnggaran(lkj.realisasiAnggaran()).tercetak(lkj.tercetak())
        .build().withTahun(tahun);
  }

  /** The document the run reads. */
  public static final String DOKUMEN = "{\"format\": \"sakip-lkj/1\", \"instansi\": \"Kecamatan X\", \"tahun\": 2022,"
      + " \"realisasiAnggaran\": {\"versi\": \"APBD_PERUBAHAN\", \"anggaran\": [{\"kode\": \"7.01.02.2.01\","
      + " \"nama\": \"Koordinasi\", \"pagu\": \"305.711.500\", \"realisasi\": \"265.742.000\"}]}}";

  /** Prints the absorption and a sum, so that a run shows the library works where it runs. */
  public static void main(String[] args) {
    LaporanKinerja lkj = SakipJson.standar().readLaporan(DOKUMEN);
    System.out.println("serapan " + serapan(untukTahun(lkj, lkj.tahun() + 1)) + ", jumlah " + Rupiah.parse("1.500.000").plus(Rupiah.of(1)).format());
  }
}
