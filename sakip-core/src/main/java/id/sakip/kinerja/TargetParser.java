package id.sakip.kinerja;

import id.sakip.angka.AngkaFormatException;
import id.sakip.angka.AngkaParser;
import id.sakip.angka.Notasi;
import java.util.Objects;

/**
 * Reads a target as reports print it: a number, a range or an inequality. Anything else is
 * refused, never read in part.
 *
 * <ul>
 *   <li>A number ({@link Target.Angka}): {@code 85 Indek}, {@code 90%}, {@code -5}, {@code −4},
 *       {@code Rp 1.000.000}, read with {@link AngkaParser}.
 *   <li>A range ({@link Target.Rentang}): two numbers with a separator between them: {@code -},
 *       {@code –} (en dash), {@code —} (em dash), {@code −} (U+2212 minus), {@code hingga},
 *       {@code sampai}, {@code sampai dengan}, {@code s.d.}, {@code s.d}, {@code s/d}, {@code sd},
 *       {@code to}: {@code 80 - 90}, {@code 80–90%}, {@code 60 hingga 70}, {@code 80 s.d. 90}.
 *       The lower bound comes first and is below the upper bound.
 *   <li>An inequality ({@link Target.Pertidaksamaan}): an operator, then one number. Strict:
 *       {@code kurang dari}, {@code <} ({@link Target.Operator#KURANG_DARI}); {@code lebih dari},
 *       {@code >} ({@link Target.Operator#LEBIH_DARI}). Inclusive: {@code paling sedikit},
 *       {@code sekurang-kurangnya}, {@code tidak kurang dari}, {@code minimal}, {@code min.},
 *       {@code min}, {@code >=}, {@code ≥} ({@link Target.Operator#PALING_SEDIKIT}); {@code paling
 *       banyak}, {@code tidak lebih dari}, {@code maksimal}, {@code maks.}, {@code maks}, {@code
 *       <=}, {@code ≤} ({@link Target.Operator#PALING_BANYAK}). Domain reference §11, "inequality
 *       targets" [practice].
 * </ul>
 *
 * <p>Words are matched in any case, with any run of whitespace (the non-breaking space
 * included) between the words of an operator or separator and around them; a word must end
 * where the spelling ends ({@code min} does not match {@code minggu}). "sd" is also the
 * abbreviation of Sekolah Dasar ({@code 5 SD}): it separates bounds only when a number follows
 * it ({@code 80 sd 90}, {@code -10 sd -5}), elsewhere it is a unit [ours].
 *
 * <p>Signs and dashes [ours]: a sign ({@code -} or {@code −}) touches its digits, so {@code -5 - 5}
 * is the range from −5 to 5 and {@code - 90} is refused. After a lower bound the first dash is
 * always the separator, so a negative upper bound carries a second dash: {@code -10 - -5},
 * {@code -10--5}, {@code -10 s.d. -5} read [−10, −5], and {@code 80 -90} reads [80, 90].
 *
 * <p>Units [ours]: a '%' or a unit may follow each bound, the same on both (case and runs of
 * whitespace aside), or only the upper bound ({@code 80%–90%}, {@code 80 - 90 %}, {@code 80–90
 * Indek}); one on the lower bound alone, or two different ones, are refused. A unit follows the
 * number after whitespace and starts with a letter (as {@link AngkaParser} reads it: {@code 85
 * Indek}, {@code 2100 KK/KTP/Mutasi}, {@code 4 Buku}); a digit in it must follow a letter, as in
 * {@code m2} or {@code km2}, so that no second number hides in a unit: {@code 80 dan 90} and
 * {@code 80 90} are refused. A '-' between two letters belongs to the unit ({@code orang-hari}).
 * Units are dropped: the unit of a target is its {@link Indikator}'s. Parentheses hold a negative
 * number only ({@code (5)}, as {@link AngkaParser} reads them).
 *
 * <p>Refused with an {@link AngkaFormatException} that names the text, the position and the rule
 * and lists the accepted forms: empty or blank text, {@code n/a}, {@code 80 dan 90}, {@code 80
 * 90}, {@code < 20 - 30}, {@code kurang dari}, {@code 80 -}, {@code - 90}, {@code sd 90}, {@code 90
 * - 80}, {@code 80 - 80}, {@code 80% - 90}, {@code 80% - 90 Indek}, a number {@link AngkaParser}
 * refuses.
 *
 * <p>Reading takes time linear in the text's length: one pass, no backtracking, and numbers of at
 * most {@link AngkaParser#MAKS_DIGIT} digits.
 *
 * <p>Thread-safe: its methods keep no state between calls and may run in any number of threads at once.
 */
public final class TargetParser {

  private TargetParser() {}

  /**
   * Reads a target with numbers in Indonesian notation.
   *
   * @throws AngkaFormatException if the text is not a number, a range or an inequality as
   *     described on this class
   */
  public static Target parse(String text) {
    return parse(text, Notasi.INDONESIA);
  }

  /**
   * Reads a target with numbers in the given notation. With {@link Notasi#OTOMATIS} each bound of
   * a range decides its notation on its own, as {@link AngkaParser} does.
   *
   * @throws AngkaFormatException if the text is not a number, a range or an inequality as
   *     described on this class, or a range's bounds are not in order
   */
  public static Target parse(String text, Notasi notasi) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(notasi, "notasi");
    return new TargetReader(text, notasi).read();
  }
}
