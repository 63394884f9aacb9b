package id.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM (no parent, so that it manages only SAKIP's own modules) lists every published module
 * at the reactor's version, and the modules that are never published are not in it.
 */
class BomTest {

  private static String pom(String module) throws IOException {
    return Files.readString(Path.of("..", module, "pom.xml"), StandardCharsets.UTF_8);
  }

  private static List<String> all(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void the_bom_manages_every_published_module_at_the_reactor_version() throws IOException {
    String root = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
    String bom = pom("sakip-bom");
    String version = all(Pattern.compile("<artifactId>sakip-parent</artifactId>\\s*<version>([^<]+)</version>"), root)
        .get(0);
    assertThat(all(Pattern.compile("<artifactId>sakip-bom</artifactId>\\s*<version>([^<]+)</version>"), bom))
        .containsExactly(version);
    assertThat(bom).doesNotContain("<parent>");

    List<String> published = new ArrayList<>();
    for (String module : all(Pattern.compile("<module>([^<]+)</module>"), root)) {
      String pom = pom(module);
      if (!pom.contains("<packaging>pom</packaging>") && !pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
        published.add(module);
      }
    }
    assertThat(published).containsExactlyInAnyOrder("sakip-core", "sakip-json", "sakip-jackson3", "sakip-assertj",
        "sakip-jqwik");
    assertThat(all(Pattern.compile("<artifactId>(sakip-[a-z0-9]+)</artifactId>\\s*<version>\\$\\{project.version}"), bom))
        .containsExactlyInAnyOrderElementsOf(published);
  }

  @Test
  void every_published_module_names_its_jar_for_the_module_path() throws IOException {
    for (String module : List.of("sakip-core", "sakip-json", "sakip-jackson3", "sakip-assertj", "sakip-jqwik")) {
      assertThat(pom(module)).contains("<sakip.module.name>id.sakip." + module.substring("sakip-".length())
          + "</sakip.module.name>");
    }
  }
}
