package id.sakip.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code sakip --version}: the version of the build, which Maven writes into {@code
 * sakip-version.properties} (a filtered resource, in the classes directory and in the jar).
 */
final class Version implements IVersionProvider {

  /** Such as {@code 0.1.0-SNAPSHOT}. */
  static final String VERSION = load();

  @Override
  public String[] getVersion() {
    return new String[] {SakipCli.PROGRAM + " " + VERSION};
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("sakip-version.properties")) {
      if (in == null) {
        throw new IllegalStateException("sakip-version.properties is missing; the build writes it");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
