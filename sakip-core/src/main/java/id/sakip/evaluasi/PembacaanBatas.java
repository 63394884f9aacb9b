package id.sakip.evaluasi;

import com.google.common.collect.BoundType;
import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import id.sakip.skala.Klasifikasi;
import id.sakip.skala.Rentang;
import id.sakip.skala.SkalaOrdinal;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Which grade owns an exact boundary of the predikat scale (<i>pembacaan batas</i>): is a total of
 * exactly 90 AA or A? Implementations disagree, so the reading is chosen by the caller; both give
 * D for 0 and AA for 100, and both leave no gap on 0–100.
 */
public enum PembacaanBatas {

  /**
   * The default, the regulation's literal reading: each boundary belongs to the grade below it. The
   * table of PermenPAN-RB 88/2021 prints the bands as "&gt; 90–100", "&gt; 80–90", …, "0–30": a
   * grade starts strictly above its lower cut-point and includes its upper one. So 90 is A, 80 is
   * BB, 70 is B, 60 is CC, 50 is C and 30 is D.
   */
  BATAS_KE_PITA_BAWAH("boundary in the band below (PermenPAN-RB 88/2021 as printed: AA > 90–100)",
      BoundType.OPEN, BoundType.CLOSED),

  /**
   * Each boundary belongs to the grade above it, as implementations that test {@code nilai >= 90}
   * compute: 90 is AA, 80 is A, 70 is BB, 60 is B, 50 is CC and 30 is C.
   */
  BATAS_KE_PITA_ATAS("boundary in the band above (AA 90–100, tested as nilai >= 90)",
      BoundType.CLOSED, BoundType.OPEN);

  private final SkalaOrdinal skala;

  PembacaanBatas(String bacaan, BoundType bawah, BoundType atas) {
    SkalaOrdinal.Builder b = SkalaOrdinal.builder("SAKIP predikat, " + bacaan)
        .domain(Rentang.dariSampai(BigDecimal.ZERO, MetodeLke.TOTAL_BOBOT));
    Predikat[] grades = Predikat.values();
    for (int i = 0; i < grades.length; i++) {
      Predikat p = grades[i];
      BigDecimal lower = BigDecimal.valueOf(p.batasBawah());
      BigDecimal upper = i == 0 ? MetodeLke.TOTAL_BOBOT : BigDecimal.valueOf(grades[i - 1].batasBawah());
      BoundType lowerType = p.batasBawah() == 0 ? BoundType.CLOSED : bawah;
      BoundType upperType = i == 0 ? BoundType.CLOSED : atas;
      b.pita(Rentang.of(lower, lowerType == BoundType.CLOSED, upper, upperType == BoundType.CLOSED), p.label(), p.name());
    }
    this.skala = b.build();
  }

  /** Returns the predikat scale under this reading, on the domain 0–100. */
  public SkalaOrdinal skala() {
    return skala;
  }

  /**
   * Returns the grade of a total, exactly (no rounding first), or a not-computable outcome when
   * the total lies outside 0–100.
   */
  public Outcome<Predikat> predikat(Pecahan total) {
    Objects.requireNonNull(total, "total");
    Klasifikasi k = skala.klasifikasi(total.toPersentase());
    return k.toOptional()
        .flatMap(p -> p.kode().flatMap(Predikat::ofKode))
        .map(Outcome::of)
        .orElseGet(() -> Outcome.notComputable(Outcome.Reason.NOT_APPLICABLE, k.penjelasan()));
  }
}
