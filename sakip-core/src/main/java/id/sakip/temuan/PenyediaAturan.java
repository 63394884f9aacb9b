package id.sakip.temuan;

import java.util.List;

/**
 * Contributes a package's rules to the {@link RegistriAturan registry}; registered as a service
 * ({@code META-INF/services/id.sakip.temuan.PenyediaAturan}).
 */
public interface PenyediaAturan {

  /** Returns the rules this package checks. */
  List<Aturan> aturan();
}
