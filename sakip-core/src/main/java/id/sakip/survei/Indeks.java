package id.sakip.survei;

import id.sakip.angka.Pecahan;
import id.sakip.skala.Klasifikasi;
import id.sakip.skala.SkalaOrdinal;
import java.util.List;

/**
 * The index of a group from its weighted NRR: IKM = Σ NRR tertimbang, SKM value = IKM × {@value
 * MetodeSkm#FAKTOR_KONVERSI}, and the quality band of the value. Said once, for the figures from
 * answers ({@link HasilSkm}) and from published NRR ({@link HasilIkm}).
 *
 * @param ikm the index
 * @param nilaiSkm the converted value
 * @param mutu the band of the converted value
 */
record Indeks(Pecahan ikm, Pecahan nilaiSkm, Klasifikasi mutu) {

  /** Returns the index of the weighted NRR {@code nrrTertimbang}, classified on {@code skala}. */
  static Indeks dari(List<Pecahan> nrrTertimbang, SkalaOrdinal skala) {
    Pecahan ikm = Pecahan.ZERO;
    for (Pecahan n : nrrTertimbang) {
      ikm = ikm.plus(n);
    }
    Pecahan skm = ikm.times(MetodeSkm.FAKTOR_KONVERSI);
    return new Indeks(ikm, skm, skala.klasifikasi(skm.toPersentase()));
  }
}
