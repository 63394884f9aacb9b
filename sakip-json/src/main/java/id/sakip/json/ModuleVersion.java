package id.sakip.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this library, written into {@code sakip-json.properties} by the build. */
final class ModuleVersion {

  /** Such as {@code 0.1.0-SNAPSHOT}. */
  static final String VERSION = load();

  private ModuleVersion() {}

  private static String load() {
    try (InputStream in = ModuleVersion.class.getResourceAsStream("sakip-json.properties")) {
      if (in == null) {
        throw new IllegalStateException("sakip-json.properties is missing from the jar; the build writes it");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
