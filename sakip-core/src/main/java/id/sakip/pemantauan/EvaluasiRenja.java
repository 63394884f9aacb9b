package id.sakip.pemantauan;

import id.sakip.organisasi.UnitOrganisasi;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The evaluation of the results of one perangkat daerah's Renja for one year, reported up to a
 * quarter (Permendagri 86/2017): its rows ({@link BarisEvaluasiRenja}), one per program, kegiatan or
 * sub kegiatan and indicator.
 *
 * <p>Refused when built ({@link IllegalArgumentException}, naming the row, the value and the rule):
 * a row reporting a realisation for a quarter after {@link #sampaiTriwulan()} (a quarter not yet
 * over), two rows with the same code and indicator name, a year before 1900 or after 9999.
 * Checking the rows is linear in their number.
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method and is checked like a built value.
 */
@Value.Immutable
public abstract class EvaluasiRenja implements WithEvaluasiRenja {

  EvaluasiRenja() {}

  /** Returns a new {@link Builder}; {@code unit} and {@code tahun} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link EvaluasiRenja} values; {@code unit} and {@code tahun} are required. The builder is
   * strict: an attribute is set at most once (a second call throws {@link IllegalStateException}),
   * a list attribute is added to, and {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing and {@link IllegalArgumentException} when the value breaks a rule
   * of {@link EvaluasiRenja}.
   */
  public static final class Builder extends ImmutableEvaluasiRenja.Builder {
    Builder() {}
  }

  /** The perangkat daerah whose Renja is evaluated. */
  public abstract UnitOrganisasi unit();

  /** The Renja's year. */
  public abstract int tahun();

  /** The last quarter reported; {@link Triwulan#IV} (the whole year) unless set. */
  @Value.Default
  public Triwulan sampaiTriwulan() {
    return Triwulan.IV;
  }

  /** The rows, in the order of the form. */
  public abstract List<BarisEvaluasiRenja> baris();

  /** Returns the name of the document, as findings name the place: {@code Evaluasi Renja Kecamatan X 2024 s.d. triwulan II}. */
  public String tempat() {
    return "Evaluasi Renja " + unit().nama() + " " + tahun() + " s.d. triwulan " + sampaiTriwulan();
  }

  @Value.Check
  void check() {
    if (tahun() < 1900 || tahun() > 9999) {
      throw new IllegalArgumentException("evaluasiRenja.tahun " + tahun() + " is outside 1900..9999"
          + " / tahun " + tahun() + " di luar 1900..9999");
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < baris().size(); i++) {
      BarisEvaluasiRenja b = baris().get(i);
      int indeks = i;
      if (!keys.add(b.kode() + "\u0000" + b.indikator().nama())) {
        throw new IllegalArgumentException("evaluasiRenja.baris[" + i + "] " + b.kunci()
            + " repeats an earlier row: one row per code and indicator"
            + " / baris " + b.kunci() + " sudah ada: satu baris untuk setiap kode dan indikator");
      }
      b.triwulanTerakhir().filter(t -> t.isSetelah(sampaiTriwulan())).ifPresent(t -> {
        throw new IllegalArgumentException("evaluasiRenja.baris[" + indeks + "] " + b.kunci()
            + " reports a realisation for triwulan " + t + ", after triwulan " + sampaiTriwulan()
            + " that the evaluation is reported up to / baris " + b.kunci() + " memuat realisasi triwulan " + t
            + ", melampaui triwulan " + sampaiTriwulan() + " yang dievaluasi");
      });
    }
  }
}
