package id.sakip.anggaran;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A budget nomenclature code (kode nomenklatur) of Permendagri 90/2019, as updated by Kepmendagri
 * 050-5889/2021: {@code urusan.bidang.program.kegiatan(2 parts).sub kegiatan}, e.g. {@code
 * 7.01.01.2.01.01}.
 *
 * <p>Segment widths: urusan 1 character, bidang 2, program 2, kegiatan 1 then 2, sub kegiatan 2
 * or 4 digits. The urusan and bidang of programs that serve every affair are written {@code X} and
 * {@code XX} ({@code X.XX.01}); every other segment is digits. A code has 1, 2, 3, 5 or 6 segments
 * (a kegiatan has two parts, so 4 segments is never a code).
 */
public final class KodeNomenklatur implements Comparable<KodeNomenklatur> {

  private static final int[][] WIDTHS = {{1}, {2}, {2}, {1}, {2}, {2, 4}};
  private static final String[] NAMES = {"urusan", "bidang urusan", "program", "kegiatan (first part)",
      "kegiatan (second part)", "sub kegiatan"};

  /** The segments, split from {@link #teks} when first asked for (a code read is often only compared). */
  private List<String> segmen;
  private final String teks;

  private KodeNomenklatur(List<String> segmen) {
    this(segmen, String.join(".", segmen));
  }

  private KodeNomenklatur(List<String> segmen, String teks) {
    this.segmen = segmen;
    this.teks = teks;
  }

  /**
   * Reads a code such as {@code 7.01.01.2.01.01}.
   *
   * @throws IllegalArgumentException naming the code, the position of the bad segment and the rule,
   *     if the text is not a code
   */
  public static KodeNomenklatur parse(String text) {
    Objects.requireNonNull(text, "text");
    KodeNomenklatur plain = plain(text);
    return plain != null ? plain : checked(text);
  }

  /**
   * The code {@code text} is when it is written plainly (no whitespace around it, every segment
   * valid), in one pass; otherwise {@code null}, and {@link #checked} reads it or says what is wrong.
   */
  private static KodeNomenklatur plain(String text) {
    int n = text.length();
    if (n == 0 || n > 20) {
      return null;
    }
    int count = 0;
    int start = 0;
    for (int i = 0; i <= n; i++) {
      if (i < n && text.charAt(i) != '.') {
        continue;
      }
      if (count == WIDTHS.length) {
        return null;
      }
      int width = i - start;
      boolean widthOk = false;
      for (int w : WIDTHS[count]) {
        widthOk |= w == width;
      }
      boolean digits = true;
      boolean wildcard = count < 2;
      for (int j = start; j < i; j++) {
        char c = text.charAt(j);
        digits &= c >= '0' && c <= '9';
        wildcard &= c == 'X';
      }
      if (!widthOk || !(digits || wildcard)) {
        return null;
      }
      count++;
      start = i + 1;
    }
    return count == 4 ? null : new KodeNomenklatur(null, text);
  }

  private static KodeNomenklatur checked(String text) {
    String code = text.strip();
    if (code.isEmpty()) {
      throw invalid(text, 0, "a code has 1, 2, 3, 5 or 6 segments separated by '.', and this one is empty");
    }
    int count = 1;
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) == '.') {
        count++;
      }
    }
    if (count > WIDTHS.length || count == 4) {
      throw invalid(text, 0, "a code has 1, 2, 3, 5 or 6 segments (a kegiatan has two parts), not " + count + " segments");
    }
    String[] parts = new String[count];
    int offset = text.indexOf(code);
    int start = 0;
    for (int i = 0; i < count; i++) {
      int end = code.indexOf('.', start);
      if (end < 0) {
        end = code.length();
      }
      parts[i] = code.substring(start, end);
      checkSegment(text, offset + start, i, parts[i]);
      start = end + 1;
    }
    return new KodeNomenklatur(List.of(parts), code);
  }

  private static void checkSegment(String text, int position, int index, String part) {
    boolean wildcard = index < 2 && !part.isEmpty() && all(part, 'X', 'X');
    boolean digits = !part.isEmpty() && all(part, '0', '9');
    boolean widthOk = false;
    for (int w : WIDTHS[index]) {
      widthOk |= w == part.length();
    }
    if (!(wildcard || digits) || !widthOk) {
      String widths = WIDTHS[index].length == 1 ? WIDTHS[index][0] + "" : WIDTHS[index][0] + " or " + WIDTHS[index][1];
      String kind = index < 2 ? "digits (or X for every urusan)" : "digits";
      throw invalid(text, position,
          "segment " + (index + 1) + " (" + NAMES[index] + ") '" + part + "' must be " + widths + " " + kind);
    }
  }

  private static boolean all(String s, char from, char to) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < from || c > to) {
        return false;
      }
    }
    return true;
  }

  private static IllegalArgumentException invalid(String text, int position, String rule) {
    return new IllegalArgumentException(
        "kode nomenklatur '" + text + "' is invalid at position " + position + ": " + rule
            + " (Permendagri 90/2019, e.g. 7.01.01.2.01.01)");
  }

  /** Returns the level of this code. */
  /** Returns the codes as a list for people: {@code 7.01.02.2.01, 7.01.02.2.03}, in the given order. */
  public static String daftar(Collection<KodeNomenklatur> kode) {
    StringBuilder out = new StringBuilder();
    for (KodeNomenklatur k : Objects.requireNonNull(kode, "kode")) {
      out.append(out.length() == 0 ? "" : ", ").append(k);
    }
    return out.toString();
  }

  public TingkatAnggaran tingkat() {
    return switch (segmen().size()) {
      case 1 -> TingkatAnggaran.URUSAN;
      case 2 -> TingkatAnggaran.BIDANG_URUSAN;
      case 3 -> TingkatAnggaran.PROGRAM;
      case 5 -> TingkatAnggaran.KEGIATAN;
      default -> TingkatAnggaran.SUB_KEGIATAN;
    };
  }

  /** Returns the segments, e.g. {@code [7, 01, 01, 2, 01, 01]}. */
  public List<String> segmen() {
    List<String> s = segmen; // racy but safe: an immutable list, the same every time it is split
    if (s == null) {
      s = List.of(teks.split("\\."));
      segmen = s;
    }
    return s;
  }

  /** Returns the code one level up ({@code 7.01.01.2.01} for a sub kegiatan), if any. */
  public Optional<KodeNomenklatur> induk() {
    List<String> segmen = segmen();
    int n = segmen.size();
    if (n == 1) {
      return Optional.empty();
    }
    int up = n == 5 ? 3 : n - 1;
    return Optional.of(new KodeNomenklatur(segmen.subList(0, up)));
  }

  /** Returns true if this code lies within {@code ancestor}: it starts with all of its segments. */
  public boolean memperluas(KodeNomenklatur ancestor) {
    Objects.requireNonNull(ancestor, "ancestor");
    List<String> mine = segmen();
    List<String> theirs = ancestor.segmen();
    return theirs.size() < mine.size() && mine.subList(0, theirs.size()).equals(theirs);
  }

  /** Returns true if this code is exactly one level below {@code parent} and extends it. */
  public boolean isAnakLangsungDari(KodeNomenklatur parent) {
    return induk().map(parent::equals).orElse(false);
  }

  /** Orders codes segment by segment, numerically where both segments are digits. */
  @Override
  public int compareTo(KodeNomenklatur other) {
    List<String> mine = segmen();
    List<String> theirs = other.segmen();
    int n = Math.min(mine.size(), theirs.size());
    for (int i = 0; i < n; i++) {
      String a = mine.get(i);
      String b = theirs.get(i);
      int c = isDigits(a) && isDigits(b) ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : 0;
      if (c == 0) {
        c = a.compareTo(b); // "01" and "0001" are different codes: keep the order consistent with equals
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(mine.size(), theirs.size());
  }

  private static boolean isDigits(String s) {
    return all(s, '0', '9');
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof KodeNomenklatur other && other.teks.equals(teks);
  }

  @Override
  public int hashCode() {
    return teks.hashCode();
  }

  /** Returns the code as written, e.g. {@code 7.01.01.2.01.01}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return teks;
  }
}
