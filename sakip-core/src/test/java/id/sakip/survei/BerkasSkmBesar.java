package id.sakip.survei;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a large SKM CSV file row by row (nothing kept) and counts, as it writes, what the file
 * holds: per group (the unit and each service) the respondents and, per unsur, the total of the
 * answers and the number answered. The counts are the oracle of the streaming tests.
 */
final class BerkasSkmBesar {

  /** The services of the rows; an empty one leaves the cell blank (no service). */
  static final List<String> LAYANAN = List.of("KTP", "KK", "Akta kelahiran", "Pindah datang", "");

  /** The counts of one group. */
  static final class Hitungan {
    long responden;
    final long[] jumlah = new long[ContohSkm.UNSUR.size()];
    final long[] dijawab = new long[ContohSkm.UNSUR.size()];

    /** IKM = Σ (jumlah / dijawab) / 9 as {numerator, denominator}, unreduced. */
    BigInteger[] ikm() {
      BigInteger num = BigInteger.ZERO;
      BigInteger den = BigInteger.ONE;
      for (int u = 0; u < jumlah.length; u++) {
        BigInteger d = BigInteger.valueOf(dijawab[u]).multiply(BigInteger.valueOf(jumlah.length));
        num = num.multiply(d).add(BigInteger.valueOf(jumlah[u]).multiply(den));
        den = den.multiply(d);
      }
      return new BigInteger[] {num, den};
    }
  }

  /** The unit under key {@code ""}, then each service in order of first appearance. */
  final Map<String, Hitungan> hitungan = new LinkedHashMap<>();

  private BerkasSkmBesar() {
    hitungan.put("", new Hitungan());
  }

  /**
   * Writes a header and {@code rows} rows separated by {@code pemisah}: answers 1–4, about one in
   * {@code kosongSetiap} left blank (0: none), from a seeded generator.
   */
  static BerkasSkmBesar tulis(Writer out, int rows, char pemisah, int kosongSetiap, long seed) throws IOException {
    BerkasSkmBesar b = new BerkasSkmBesar();
    Random random = new Random(seed);
    StringBuilder line = new StringBuilder("layanan");
    ContohSkm.UNSUR.forEach(u -> line.append(pemisah).append(u.kode()));
    out.write(line.append('\n').toString());
    Hitungan unit = b.hitungan.get("");
    for (int r = 0; r < rows; r++) {
      line.setLength(0);
      String layanan = LAYANAN.get(random.nextInt(LAYANAN.size()));
      line.append(layanan);
      Hitungan service = layanan.isEmpty() ? null : b.hitungan.computeIfAbsent(layanan, k -> new Hitungan());
      unit.responden++;
      if (service != null) {
        service.responden++;
      }
      for (int u = 0; u < ContohSkm.UNSUR.size(); u++) {
        line.append(pemisah);
        if (kosongSetiap > 0 && random.nextInt(kosongSetiap) == 0) {
          continue;
        }
        int jawaban = 1 + random.nextInt(4);
        line.append(jawaban);
        for (Hitungan h : service == null ? List.of(unit) : List.of(unit, service)) {
          h.jumlah[u] += jawaban;
          h.dijawab[u]++;
        }
      }
      out.write(line.append('\n').toString());
    }
    return b;
  }
}
