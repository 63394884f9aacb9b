package id.sakip.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints the ratios of {@link JsonReadBenchmark}: {@code library} over each baseline of the same
 * run, per document size, from JMH's JSON result file:
 *
 * <pre>
 * java -jar sakip-benchmarks/target/benchmarks.jar JsonReadBenchmark -rf json -rff json-read.json
 * java -cp sakip-benchmarks/target/benchmarks.jar id.sakip.benchmarks.JsonReadRasio json-read.json
 * </pre>
 *
 * The target is at most 1,0× for both.
 */
public final class JsonReadRasio {

  private JsonReadRasio() {}

  /** Reads the JMH result file named by the first argument and prints a table. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: JsonReadRasio <jmh result json>");
      System.exit(2);
    }
    JsonNode results = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(Path.of(args[0]).toFile());
    // size -> benchmark -> score, error, unit
    Map<String, Map<String, JsonNode>> bySize = new LinkedHashMap<>();
    for (JsonNode r : results) {
      String name = r.path("benchmark").asText();
      if (!name.startsWith(JsonReadBenchmark.class.getName() + ".")) {
        continue;
      }
      String method = name.substring(name.lastIndexOf('.') + 1);
      String size = r.path("params").path("ukuran").asText("-");
      bySize.computeIfAbsent(size, k -> new LinkedHashMap<>()).put(method, r.path("primaryMetric"));
    }
    if (bySize.isEmpty()) {
      System.err.println("no JsonReadBenchmark results in " + args[0]);
      System.exit(1);
    }
    System.out.println("| size | library | readTree | records | library/readTree | library/records |");
    System.out.println("|---|---|---|---|---|---|");
    for (var e : bySize.entrySet()) {
      JsonNode lib = e.getValue().get("library");
      JsonNode tree = e.getValue().get("baselineJacksonTree");
      JsonNode rec = e.getValue().get("baselineDatabindRecords");
      System.out.println("| " + e.getKey() + " | " + score(lib) + " | " + score(tree) + " | " + score(rec) + " | "
          + ratio(lib, tree) + " | " + ratio(lib, rec) + " |");
    }
  }

  private static String score(JsonNode m) {
    if (m == null) {
      return "—";
    }
    return m.path("score").decimalValue().setScale(1, RoundingMode.HALF_UP) + " ± "
        + m.path("scoreError").decimalValue().setScale(1, RoundingMode.HALF_UP) + " " + m.path("scoreUnit").asText();
  }

  private static String ratio(JsonNode library, JsonNode baseline) {
    if (library == null || baseline == null) {
      return "—";
    }
    BigDecimal r = library.path("score").decimalValue().divide(baseline.path("score").decimalValue(), 2,
        RoundingMode.HALF_UP);
    String verdict = r.compareTo(BigDecimal.ONE) <= 0 ? "met" : "not met";
    return r + "× (" + verdict + ")";
  }
}
