package id.sakip.jqwik;

import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets properties say {@code @ForAll Rupiah x}, {@code @ForAll LaporanKinerja lkj} and so on for
 * every model type, with the generators of {@link SakipArbitraries}: put {@code sakip-jqwik} on the
 * test class path and jqwik finds it (registered in {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider}). Stateless and thread-safe.
 */
public final class SakipArbitraryProvider implements ArbitraryProvider {

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return SakipArbitraries.PER_JENIS.keySet().stream().anyMatch(targetType::isOfType);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return SakipArbitraries.PER_JENIS.entrySet().stream()
        .filter(e -> targetType.isOfType(e.getKey()))
        .map(e -> e.getValue().get())
        .collect(Collectors.toSet());
  }
}
