package id.sakip.evaluasi;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores an LKE (PermenPAN-RB 88/2021) exactly: each sub-component scores the mean of its answers
 * times its weight (Y Y Y T on weight 6: 0,75 × 6 = 4,5), or, when scored by number, the mean of
 * its {@linkplain NilaiKriteria#rasio() nilai / nilai maksimal} times its weight (70 of 100 on
 * weight 5: 3,50; practice, domain reference §11); a component scores the sum of its
 * sub-components; the total is the sum of the components and is graded on the predikat scale
 * under the chosen {@link PembacaanBatas}. Worked: components 25,5 + 24 + 12 + 18 = 79,5 is BB
 * (Sangat baik). Nothing is rounded: a total of 80,004 is above 80.
 *
 * @param pembacaanBatas which grade owns an exact boundary such as 90
 *
 * <p>Immutable and thread-safe: one instance may be shared by any number of threads.
 */
public record KalkulatorLke(PembacaanBatas pembacaanBatas) {

  /** Creates the calculator. */
  public KalkulatorLke {
    Objects.requireNonNull(pembacaanBatas, "pembacaanBatas");
  }

  /**
   * Returns the standard calculator: boundaries in the grade below ({@link
   * PembacaanBatas#BATAS_KE_PITA_BAWAH}, the regulation's "AA &gt; 90–100" as printed).
   */
  public static KalkulatorLke standar() {
    return new KalkulatorLke(PembacaanBatas.BATAS_KE_PITA_BAWAH);
  }

  /** Returns a calculator with boundary reading {@code pembacaanBatas}. */
  public static KalkulatorLke of(PembacaanBatas pembacaanBatas) {
    return new KalkulatorLke(pembacaanBatas);
  }

  /** Scores a worksheet. */
  public HasilLke hitung(LembarKerjaEvaluasi lke) {
    Objects.requireNonNull(lke, "lke");
    List<NilaiKomponen> komponen = new ArrayList<>();
    Outcome<Pecahan> total = Outcome.of(Pecahan.ZERO);
    for (KomponenLke k : lke.metode().komponen()) {
      NilaiKomponen n = komponen(k, lke);
      komponen.add(n);
      total = plus(total, n.nilai());
    }
    return new HasilLke(komponen, total, total.flatMap(pembacaanBatas::predikat));
  }

  private static NilaiKomponen komponen(KomponenLke k, LembarKerjaEvaluasi lke) {
    List<NilaiSubKomponen> subs = new ArrayList<>();
    Outcome<Pecahan> nilai = Outcome.of(Pecahan.ZERO);
    for (SubKomponenLke s : k.subKomponen()) {
      List<JawabanLke> jawaban = lke.jawaban(s.kode());
      List<NilaiKriteria> angka = lke.nilaiKriteria(s.kode());
      List<Pecahan> values = new ArrayList<>();
      jawaban.forEach(j -> values.add(j.pecahan()));
      angka.forEach(a -> values.add(a.rasio()));
      NilaiSubKomponen n = new NilaiSubKomponen(s, jawaban, angka, sub(k, s, values));
      subs.add(n);
      nilai = plus(nilai, n.nilai());
    }
    return new NilaiKomponen(k, subs, nilai);
  }

  /** Mean of the values (answers or numeric scores, each 0–1) × weight, or not computable without any. */
  private static Outcome<Pecahan> sub(KomponenLke k, SubKomponenLke s, List<Pecahan> values) {
    if (values.isEmpty()) {
      return Outcome.notComputable(
          Outcome.Reason.NO_VALUE,
          "sub-komponen " + s + " of komponen " + k + " has no answers: its score is the mean of"
              + " its answers × " + s.bobot().toPlainString());
    }
    Pecahan sum = Pecahan.ZERO;
    for (Pecahan v : values) {
      sum = sum.plus(v);
    }
    return Outcome.of(sum.times(Pecahan.of(1, values.size())).times(Pecahan.of(s.bobot())));
  }

  /** The sum of two outcomes; the first not-computable one passes through. */
  private static Outcome<Pecahan> plus(Outcome<Pecahan> a, Outcome<Pecahan> b) {
    return a.flatMap(x -> b.map(x::plus));
  }
}
