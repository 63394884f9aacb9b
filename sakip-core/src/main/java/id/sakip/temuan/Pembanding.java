package id.sakip.temuan;

import java.util.Objects;

/**
 * The value a printed figure is compared with, and what that value is: recomputed, another
 * document's figure, or a limit.
 *
 * @param nilai the exact value compared with
 * @param sumber what the value is
 */
public record Pembanding(Nilai nilai, Sumber sumber) {

  /** Creates a comparand; both components are required. */
  public Pembanding {
    Objects.requireNonNull(nilai, "nilai");
    Objects.requireNonNull(sumber, "sumber");
  }
}
