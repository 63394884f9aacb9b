package id.sakip.temuan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a finding is, in the report's own terms: the part of the report ({@link Bagian}: a table
 * or an input document), the place as printed when the part is not one of the named tables
 * ({@code Bab I C.2}), the row by its key ({@link Baris}: a budget code, an indicator and year)
 * and the column ({@link Kolom}). Immutable; the {@code with…} methods return copies.
 *
 * <pre>{@code
 * Lokasi.of(Bagian.TABEL_1_1).withBaris(Baris.Indikator.of("SKM", 2022)).withKolom(Kolom.CAPAIAN)
 * }</pre>
 *
 * @param bagian the part of the report
 * @param tempat the place as printed, when the document names one
 * @param baris the row
 * @param kolom the column or field
 */
public record Lokasi(Bagian bagian, Optional<String> tempat, Optional<Baris> baris, Optional<Kolom> kolom) {

  /** Creates a location; every component is required (empty optionals for absent steps). */
  public Lokasi {
    Objects.requireNonNull(bagian, "bagian");
    Objects.requireNonNull(tempat, "tempat");
    Objects.requireNonNull(baris, "baris");
    Objects.requireNonNull(kolom, "kolom");
  }

  /** Returns the location of a whole part. */
  public static Lokasi of(Bagian bagian) {
    return new Lokasi(bagian, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Returns the location of the table printed at {@code tempat} ({@link Bagian#dariTempat}). */
  public static Lokasi diTempat(String tempat) {
    return new Lokasi(Bagian.dariTempat(tempat), Optional.of(tempat), Optional.empty(), Optional.empty());
  }

  /** Returns a copy at place {@code value}. */
  public Lokasi withTempat(String value) {
    return new Lokasi(bagian, Optional.of(value), baris, kolom);
  }

  /** Returns a copy at row {@code value}. */
  public Lokasi withBaris(Baris value) {
    return new Lokasi(bagian, tempat, Optional.of(value), kolom);
  }

  /** Returns a copy at column {@code value}. */
  public Lokasi withKolom(Kolom value) {
    return new Lokasi(bagian, tempat, baris, Optional.of(value));
  }

  /**
   * Returns the location for people in {@code bahasa}, steps joined by {@code ›}: {@code Tabel
   * 1.1 › indikator 'SKM' 2022 › capaian}.
   */
  public String teks(Bahasa bahasa) {
    List<String> steps = new ArrayList<>(4);
    steps.add(bagian == Bagian.LAIN || bagian == Bagian.NARASI
        ? tempat.orElse(bagian.istilah().teks(bahasa))
        : bagian.istilah().teks(bahasa));
    baris.ifPresent(b -> steps.add(b.teks(bahasa)));
    kolom.ifPresent(k -> steps.add(k.istilah().teks(bahasa)));
    return String.join(" › ", steps);
  }
}
