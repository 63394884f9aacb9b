package id.sakip.jackson3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this module, written into {@code sakip-jackson3.properties} by the build. */
final class ModuleVersion {

  /** Such as {@code 0.1.0-SNAPSHOT}. */
  static final String VERSION = load();

  private ModuleVersion() {}

  private static String load() {
    try (InputStream in = ModuleVersion.class.getResourceAsStream("sakip-jackson3.properties")) {
      if (in == null) {
        throw new IllegalStateException("sakip-jackson3.properties is missing from the jar; the build writes it");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
