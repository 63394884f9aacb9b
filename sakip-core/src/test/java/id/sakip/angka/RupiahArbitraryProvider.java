package id.sakip.angka;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets properties say {@code @ForAll Rupiah amount}: amounts from a sen to the edges of the
 * supported range, with the range edges and zero as edge cases.
 */
public final class RupiahArbitraryProvider implements ArbitraryProvider {

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(Rupiah.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(amounts());
  }

  /** Any representable amount, biased toward small and boundary values. */
  static Arbitrary<Rupiah> amounts() {
    return Arbitraries.longs()
        .between(Long.MIN_VALUE, Long.MAX_VALUE)
        .edgeCases(c -> c.includeOnly(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE))
        .map(Rupiah::ofSen);
  }

  /** Amounts of up to 10^16 rupiah (10^18 sen) in magnitude: national scale. */
  static Arbitrary<Rupiah> nationalScale() {
    long limitSen = 1_000_000_000_000_000_000L;
    return Arbitraries.longs().between(-limitSen, limitSen).map(Rupiah::ofSen);
  }
}
