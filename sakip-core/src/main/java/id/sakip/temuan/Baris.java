package id.sakip.temuan;

import java.util.Objects;
import java.util.Optional;

/**
 * The row a finding points at, by its key in the report: a budget code, an indicator (and year),
 * a figure of the narrative, a sasaran, a budget version or a total row.
 */
public sealed interface Baris {

  /** Returns the row key in {@code bahasa}. */
  String teks(Bahasa bahasa);

  /**
   * A budget node, by its nomenclature code.
   *
   * @param kode the code as printed, e.g. {@code 7.01.01.2.02}
   */
  record Kode(String kode) implements Baris {
    /** Creates the key; the code is required. */
    public Kode {
      Objects.requireNonNull(kode, "kode");
    }

    @Override
    public String teks(Bahasa bahasa) {
      return bahasa.pilih("kode ", "code ") + kode;
    }
  }

  /**
   * An indicator, with the year of the figures when the row is about one year.
   *
   * @param nama the indicator's name
   * @param tahun the year, when the row is about one
   */
  record Indikator(String nama, Optional<Integer> tahun) implements Baris {
    /** Creates the key; both components are required. */
    public Indikator {
      Objects.requireNonNull(nama, "nama");
      Objects.requireNonNull(tahun, "tahun");
    }

    /** Returns the key of indicator {@code nama} in year {@code tahun}. */
    public static Indikator of(String nama, int tahun) {
      return new Indikator(nama, Optional.of(tahun));
    }

    /** Returns the key of indicator {@code nama}, not tied to a year. */
    public static Indikator of(String nama) {
      return new Indikator(nama, Optional.empty());
    }

    @Override
    public String teks(Bahasa bahasa) {
      return bahasa.pilih("indikator '", "indicator '") + nama + "'"
          + tahun.map(t -> " " + t).orElse("");
    }
  }

  /**
   * A figure stated in the narrative: which indicator, year and quantity it states.
   *
   * @param indikator the indicator's name
   * @param tahun the year
   * @param besaran the quantity: {@link Kolom#TARGET}, {@link Kolom#REALISASI} or {@link Kolom#CAPAIAN}
   */
  record Narasi(String indikator, int tahun, Kolom besaran) implements Baris {
    /** Creates the key; the quantity is target, realisasi or capaian. */
    public Narasi {
      Objects.requireNonNull(indikator, "indikator");
      Objects.requireNonNull(besaran, "besaran");
      if (besaran != Kolom.TARGET && besaran != Kolom.REALISASI && besaran != Kolom.CAPAIAN) {
        throw new IllegalArgumentException("baris.narasi.besaran " + besaran + " is not a quantity a narrative states;"
            + " expected TARGET, REALISASI or CAPAIAN");
      }
    }

    @Override
    public String teks(Bahasa bahasa) {
      return bahasa.pilih("indikator '", "indicator '") + indikator + "' " + tahun + " ("
          + besaran.istilah().teks(bahasa) + ")";
    }
  }

  /**
   * A sasaran, by its name.
   *
   * @param nama the sasaran's name
   */
  record Sasaran(String nama) implements Baris {
    /** Creates the key; the name is required. */
    public Sasaran {
      Objects.requireNonNull(nama, "nama");
    }

    @Override
    public String teks(Bahasa bahasa) {
      return "sasaran '" + nama + "'";
    }
  }

  /**
   * The budget of one version (APBD murni or perubahan).
   *
   * @param versi the version's name, e.g. {@code APBD_PERUBAHAN}
   */
  record Versi(String versi) implements Baris {
    /** Creates the key; the version is required. */
    public Versi {
      Objects.requireNonNull(versi, "versi");
    }

    @Override
    public String teks(Bahasa bahasa) {
      return bahasa.pilih("versi ", "version ") + versi;
    }
  }

  /** The total row ("Jumlah"). */
  record Jumlah() implements Baris {
    @Override
    public String teks(Bahasa bahasa) {
      return bahasa.pilih("baris jumlah", "total row");
    }
  }
}
