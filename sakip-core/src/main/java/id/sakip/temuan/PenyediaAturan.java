package id.sakip.temuan;

import java.util.List;

/**
 * Contributes a package's rules to the {@link RegistriAturan registry}; registered as a service
 * ({@code META-INF/services/id.sakip.temuan.PenyediaAturan}).
 */
public interface PenyediaAturan {

  /** Returns the rules this package checks. */
  List<Aturan> aturan();

  /**
   * A provider of the constants of one rule enum: {@code public static final class Penyedia
   * extends PenyediaAturan.DariEnum { public Penyedia() { super(values()); } }}.
   */
  abstract class DariEnum implements PenyediaAturan {
    private final List<Aturan> aturan;

    /** Creates the provider of {@code aturan}. */
    protected DariEnum(Aturan[] aturan) {
      this.aturan = List.of(aturan);
    }

    @Override
    public List<Aturan> aturan() {
      return aturan;
    }
  }
}
