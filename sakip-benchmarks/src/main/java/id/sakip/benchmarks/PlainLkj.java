package id.sakip.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The code a user would write instead of {@code SakipJson}: plain Java records of the {@code
 * sakip-lkj/1} shape (every member of {@code sakip-lkj-1.schema.json}), read by Jackson databind
 * with no validation at all. Numbers are {@link BigDecimal} (with {@link
 * DeserializationFeature#USE_BIG_DECIMAL_FOR_FLOATS}), years {@code int}, enums and codes {@code
 * String}, maps keyed by year or code {@code Map<String, ..>}, and a target (a number, a string or
 * one of three objects) a {@link JsonNode}. {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}
 * stays on, so a document that reads here has exactly this shape.
 *
 * <p>A baseline only: an {@code Angka} written as a notation string ({@code "85,30"}) is not a
 * {@code BigDecimal} Jackson can read, and nothing here checks any rule of the format.
 */
public final class PlainLkj {

  private PlainLkj() {}

  /** The reader a user would build once: {@code USE_BIG_DECIMAL_FOR_FLOATS} on, defaults otherwise. */
  public static ObjectReader reader() {
    return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readerFor(Laporan.class);
  }

  /** A whole document. */
  public record Laporan(String format, String notasi, String instansi, int tahun, Renstra renstra,
      PerjanjianKinerja perjanjianKinerja, Rkt rkt, List<RealisasiIku> realisasiIku,
      TabelRealisasiAnggaran realisasiAnggaran, Tercetak tercetak) {}

  /** An indicator. */
  public record Indikator(String nama, String satuan, String polaritas, String jenis, String agregasi, String sifat) {}

  /** The Renstra. */
  public record Renstra(int tahunAwal, int tahunAkhir, List<Tujuan> tujuan) {}

  /** A tujuan of the Renstra. */
  public record Tujuan(String nama, List<SasaranRenstra> sasaran) {}

  /** A sasaran of the Renstra. */
  public record SasaranRenstra(String nama, List<IndikatorRenstra> indikator) {}

  /** An indicator of the Renstra with its yearly and final targets. */
  public record IndikatorRenstra(Indikator indikator, Map<String, JsonNode> targetTahunan, JsonNode targetAkhir) {}

  /** The PK. */
  public record PerjanjianKinerja(int tahun, List<TargetKinerja> target, List<AnggaranPk> anggaran) {}

  /** A target of the PK or the RKT. */
  public record TargetKinerja(String sasaran, Indikator indikator, JsonNode target) {}

  /** A budget version of the PK. */
  public record AnggaranPk(String versi, List<ProgramPk> program, BigDecimal jumlahTercetak) {}

  /** A program of a PK budget. */
  public record ProgramPk(String kode, String nama, BigDecimal pagu) {}

  /** The RKT. */
  public record Rkt(int tahun, List<SasaranRkt> sasaran, List<NodeAnggaran> anggaran, Map<String, KeluaranRkt> keluaran) {}

  /** A sasaran of the RKT and the kegiatan that support it. */
  public record SasaranRkt(TargetKinerja target, List<String> pendukung) {}

  /** The output of a sub kegiatan. */
  public record KeluaranRkt(String indikator, BigDecimal target, String satuan) {}

  /** A node of a budget tree. */
  public record NodeAnggaran(String kode, String nama, BigDecimal pagu, BigDecimal realisasi, List<NodeAnggaran> anak) {}

  /** The realisation of one IKU. */
  public record RealisasiIku(String indikator, Map<String, BigDecimal> realisasi, Map<String, JsonNode> target,
      DeretPeriode periode) {}

  /** Values by period within a year. */
  public record DeretPeriode(String periodisasi, Map<String, BigDecimal> nilai) {}

  /** Table B, the budget realisation. */
  public record TabelRealisasiAnggaran(String versi, List<NodeAnggaran> anggaran, BigDecimal jumlahPagu,
      BigDecimal jumlahRealisasi) {}

  /** The figures the report prints. */
  public record Tercetak(List<BarisCapaian> capaian, List<BarisKemajuan> kemajuan,
      List<BarisAnggaranSasaran> anggaranSasaran, Map<String, String> serapanTabelB, String serapanJumlahTabelB,
      List<AngkaNarasi> narasi) {}

  /** A printed capaian row. */
  public record BarisCapaian(String tempat, String indikator, int tahun, String target, String realisasi,
      String capaian, String kategori) {}

  /** A printed kemajuan row. */
  public record BarisKemajuan(String tempat, String indikator, String targetAkhir, String realisasi, String kemajuan) {}

  /** A printed row of budget per sasaran. */
  public record BarisAnggaranSasaran(String tempat, String indikator, String alokasi, String realisasiAnggaran,
      String porsi, String serapan, String capaianKinerja, String efisiensi) {}

  /** A figure printed in the narrative. */
  public record AngkaNarasi(String tempat, String indikator, int tahun, String besaran, String nilai,
      BigDecimal pembilang, BigDecimal penyebut) {}
}
