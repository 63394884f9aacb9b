package id.sakip.laporan;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.angka.AngkaTercetak;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The figures a report prints, next to the inputs they derive from, each kept as printed (text and
 * precision): the Bab III tables, the percentages of the budget realisation table, and figures
 * stated in the narrative. The audit recomputes each one.
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withCapaian(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class Tercetak implements WithTercetak {

  Tercetak() {}

  /** Returns a new {@link Builder}; every attribute is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Tercetak} values; every attribute is optional. The builder is strict: an
   * attribute is set at most once (a second call throws {@link IllegalStateException}), a list or
   * map attribute is added to, and {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing and {@link IllegalArgumentException} when the value breaks a rule
   * of {@link Tercetak}.
   */
  public static final class Builder extends ImmutableTercetak.Builder {
    Builder() {}
  }

  /** Rows of target, realisasi and capaian per indicator and year (tables 1.1, 1.2, 3.2, Bab I, annexes). */
  public abstract List<BarisCapaian> capaian();

  /** Rows of table 1.3. */
  public abstract List<BarisKemajuan> kemajuan();

  /** Rows of tables 3.1, 3.2 (budget part) and 3.3. */
  public abstract List<BarisAnggaranSasaran> anggaranSasaran();

  /** The percentage printed on each row of the budget realisation table, by code. */
  public abstract Map<KodeNomenklatur, AngkaTercetak> serapanTabelB();

  /** The percentage printed on the total row of the budget realisation table. */
  public abstract Optional<AngkaTercetak> serapanJumlahTabelB();

  /** Figures stated in the narrative. */
  public abstract List<AngkaNarasi> narasi();

  /** Returns every printed figure, in member order (rows first, then table B, then narrative). */
  public List<AngkaTercetak> semuaAngka() {
    List<AngkaTercetak> out = new java.util.ArrayList<>();
    for (BarisCapaian b : capaian()) {
      java.util.stream.Stream.of(b.target(), b.realisasi(), b.capaian()).forEach(x -> x.ifPresent(out::add));
    }
    for (BarisKemajuan b : kemajuan()) {
      java.util.stream.Stream.of(b.targetAkhir(), b.realisasi(), b.kemajuan()).forEach(x -> x.ifPresent(out::add));
    }
    for (BarisAnggaranSasaran b : anggaranSasaran()) {
      java.util.stream.Stream.of(b.alokasi(), b.realisasiAnggaran(), b.porsi(), b.serapan(), b.capaianKinerja(),
          b.efisiensi()).forEach(x -> x.ifPresent(out::add));
    }
    out.addAll(serapanTabelB().values());
    serapanJumlahTabelB().ifPresent(out::add);
    narasi().forEach(n -> out.add(n.nilai()));
    return out;
  }

  /**
   * Each printed row appears once: a table has one row per indicator (and year), so that every
   * printed figure has one place (one cell of the recomputed report, one location in a finding).
   */
  @Value.Check
  void check() {
    unique("tercetak.capaian", capaian(), b -> List.of(b.tempat(), b.indikator(), b.tahun()));
    unique("tercetak.kemajuan", kemajuan(), b -> List.of(b.tempat(), b.indikator()));
    unique("tercetak.anggaranSasaran", anggaranSasaran(), b -> List.of(b.tempat(), b.indikator()));
    unique("tercetak.narasi", narasi(), b -> List.of(b.tempat(), b.indikator(), b.tahun(), b.besaran()));
  }

  private static <T> void unique(String field, List<T> rows, java.util.function.Function<T, List<Object>> key) {
    java.util.Set<List<Object>> seen = new java.util.HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      List<Object> k = key.apply(rows.get(i));
      if (!seen.add(k)) {
        String row = pendek(k.toString());
        throw new IllegalArgumentException(field + "[" + i + "]: the row " + row + " is printed twice; a table has one"
            + " row per place, indicator and year (a narrative one figure per quantity), so that each printed figure"
            + " has one place (baris " + row + " tercetak dua kali; satu tabel memuat satu baris per tempat, indikator"
            + " dan tahun, satu narasi satu angka per besaran)");
      }
    }
  }

  /** A value quoted in a message, cut to 80 characters: a message never repeats a whole long input. */
  private static String pendek(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "… (" + s.length() + " characters)";
  }

  static void notBlank(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " '" + value + "' is blank; it names where or what a printed figure is");
    }
  }
}
