package id.sakip.json;

import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets properties say {@code @ForAll Indikator x} for every model type bound to JSON, with the
 * generators of {@link ModelArbitraries}. Registered in {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 */
public final class ModelArbitraryProvider implements ArbitraryProvider {

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return ModelArbitraries.PER_JENIS.keySet().stream().anyMatch(targetType::isOfType);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return ModelArbitraries.PER_JENIS.entrySet().stream()
        .filter(e -> targetType.isOfType(e.getKey()))
        .map(e -> e.getValue().get())
        .collect(Collectors.toSet());
  }
}
