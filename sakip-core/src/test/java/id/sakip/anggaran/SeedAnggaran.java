package id.sakip.anggaran;

import id.sakip.angka.Rupiah;

/**
 * Budget figures of the seed report (LKj Kecamatan Kromengan 2022), typed as printed. The report
 * prints no nomenclature codes; the codes here follow Permendagri 90/2019 for a kecamatan
 * (urusan 7, bidang 01) with kegiatan and sub kegiatan numbered in the report's order.
 */
final class SeedAnggaran {

  private SeedAnggaran() {}

  static Rupiah rp(String printed) {
    return Rupiah.parse(printed);
  }

  private static NodeAnggaran sub(String kode, String pagu) {
    return NodeAnggaran.of(kode, "Sub kegiatan " + kode, rp(pagu));
  }

  private static NodeAnggaran.Builder node(String kode, String nama, String pagu) {
    return NodeAnggaran.builder(kode, nama).pagu(rp(pagu));
  }

  /** The RKT 2022 (lampiran, APBD murni), with every printed subtotal stated on its parent. */
  static PohonAnggaran rkt() {
    return PohonAnggaran.of(
        node("7.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "2.385.335.973,00").anak(
            node("7.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "2.009.800,00")
                .anak(sub("7.01.01.2.01.01", "2.009.800,00")).build(),
            node("7.01.01.2.02", "Administrasi Keuangan Perangkat Daerah", "2.026.661.401,00").anak(
                sub("7.01.01.2.02.01", "1.845.923.773,00"), sub("7.01.01.2.02.02", "178.091.628,00"),
                sub("7.01.01.2.02.03", "1.518.000,00"), sub("7.01.01.2.02.04", "1.128.000,00")).build(),
            node("7.01.01.2.03", "Administrasi Kepegawaian Perangkat Daerah", "18.468.000,00").anak(
                sub("7.01.01.2.03.01", "14.968.000,00"), sub("7.01.01.2.03.02", "3.500.000,00")).build(),
            node("7.01.01.2.04", "Administrasi Umum Perangkat Daerah", "169.817.172,00").anak(
                sub("7.01.01.2.04.01", "5.024.000,00"), sub("7.01.01.2.04.02", "32.846.400,00"),
                sub("7.01.01.2.04.03", "11.250.772,00"), sub("7.01.01.2.04.04", "2.160.000,00"),
                sub("7.01.01.2.04.05", "46.536.000,00"), sub("7.01.01.2.04.06", "72.000.000,00")).build(),
            node("7.01.01.2.05", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "61.165.000,00")
                .anak(sub("7.01.01.2.05.01", "61.165.000,00")).build(),
            node("7.01.01.2.06", "Penyediaan Jasa Penunjang Urusan Pemerintah Daerah", "17.520.000,00").anak(
                sub("7.01.01.2.06.01", "1.320.000,00"), sub("7.01.01.2.06.02", "16.200.000,00")).build(),
            node("7.01.01.2.07", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "89.694.600,00")
                .anak(sub("7.01.01.2.07.01", "2.700.000,00"), sub("7.01.01.2.07.02", "16.147.600,00"),
                    sub("7.01.01.2.07.03", "1.400.000,00"), sub("7.01.01.2.07.04", "69.447.000,00")).build())
            .build(),
        node("7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "734.195.800,00").anak(
            node("7.01.02.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", "718.100.000,00")
                .anak(sub("7.01.02.2.01.01", "718.100.000,00")).build(),
            node("7.01.02.2.02", "Koordinasi Pemeliharaan Prasarana dan Sarana Pelayanan Umum", "8.413.000,00")
                .anak(sub("7.01.02.2.02.01", "8.413.000,00")).build(),
            node("7.01.02.2.03", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", "7.682.800,00")
                .anak(sub("7.01.02.2.03.01", "7.682.800,00")).build())
            .build(),
        node("7.01.04", "Program Koordinasi Ketentraman dan Ketertiban Umum", "8.164.000,00").anak(
            node("7.01.04.2.01", "Koordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum", "8.164.000,00")
                .anak(sub("7.01.04.2.01.01", "8.164.000,00")).build()).build(),
        node("7.01.05", "Program Penyelenggaraan Urusan Pemerintahan Umum", "8.164.000,00").anak(
            node("7.01.05.2.01", "Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah", "8.164.000,00")
                .anak(sub("7.01.05.2.01.01", "8.164.000,00")).build()).build(),
        node("7.01.06", "Program Pembinaan dan Pengawasan Pemerintahan Desa", "8.164.000,00").anak(
            node("7.01.06.2.01", "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa", "8.164.000,00")
                .anak(sub("7.01.06.2.01.01", "8.164.000,00")).build()).build());
  }

  private static NodeAnggaran row(String kode, String nama, String pagu, String realisasi) {
    return NodeAnggaran.of(kode, nama, rp(pagu), rp(realisasi));
  }

  /**
   * Table B (Realisasi Anggaran, Bab III.B): kegiatan rows as printed, under programs that state
   * the APBD-P pagu of the Bab II Perjanjian Kinerja.
   */
  static PohonAnggaran tabelB() {
    return PohonAnggaran.of(
        node("7.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "2.566.433.437,00").anak(
            row("7.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "2.009.800", "2.009.800"),
            row("7.01.01.2.02", "Administrasi Keuangan Perangkat Daerah", "2.226.289.308", "2.048.040.176"),
            row("7.01.01.2.03", "Administrasi Kepegawaian Perangkat Daerah", "5.200.000", "5.200.000"),
            row("7.01.01.2.04", "Administrasi Umum Perangkat Daerah", "169.650.329", "169.650.329"),
            row("7.01.01.2.05", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "61.165.000", "60.019.143"),
            row("7.01.01.2.06", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "17.520.000", "17.520.000"),
            row("7.01.01.2.07", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "74.705.800", "74.705.800"))
            .build(),
        node("7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "321.807.300,00").anak(
            row("7.01.02.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", "305.711.500", "265.742.000"),
            row("7.01.02.2.02", "Koordinasi Pemeliharaan Prasarana dan Sarana Pelayanan Umum", "8.413.000", "8.413.000"),
            row("7.01.02.2.03", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", "7.682.800", "7.682.800"))
            .build(),
        node("7.01.04", "Program Koordinasi Ketentraman dan Ketertiban Umum", "8.164.000,00").anak(
            row("7.01.04.2.01", "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum", "8.164.000", "8.164.000")).build(),
        node("7.01.05", "Program Penyelenggaraan Urusan Pemerintahan Umum", "8.164.000,00").anak(
            row("7.01.05.2.01", "Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah", "8.164.000", "8.164.000")).build(),
        node("7.01.06", "Program Pembinaan dan Pengawasan Pemerintahan Desa", "6.000.000,00").anak(
            row("7.01.06.2.01", "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa", "6.000.000", "6.000.000")).build());
  }
}
