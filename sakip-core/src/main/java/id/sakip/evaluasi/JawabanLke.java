package id.sakip.evaluasi;

import id.sakip.angka.Pecahan;
import java.math.BigDecimal;

/**
 * An answer to one criterion of the LKE (<i>jawaban</i>, PermenPAN-RB 88/2021): Y/T for a yes/no
 * criterion, A–E for a graded one, each with its value.
 */
public enum JawabanLke {
  /** Ya (yes): 1. */
  Y("1"),
  /** Tidak (no): 0. */
  T("0"),
  /** A: 1. */
  A("1"),
  /** B: 0,75. */
  B("0.75"),
  /** C: 0,5. */
  C("0.5"),
  /** D: 0,25. */
  D("0.25"),
  /** E: 0. */
  E("0");

  private final BigDecimal nilai;

  JawabanLke(String nilai) {
    this.nilai = new BigDecimal(nilai);
  }

  /** Returns the answer's value, from 0 to 1: Y 1, T 0, A 1, B 0,75, C 0,5, D 0,25, E 0. */
  public BigDecimal nilai() {
    return nilai;
  }

  /** Returns the value as an exact fraction. */
  Pecahan pecahan() {
    return Pecahan.of(nilai);
  }
}
