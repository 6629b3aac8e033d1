package io.sluice.core.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of Sluice running, as Maven stamped it into the core's jar: {@code sluice --version}, the NetCDF
 * {@code history} line and run reports print it.
 *
 * <pre>{@code String v = SluiceVersion.current();   // 0.1.0-SNAPSHOT}</pre>
 */
public final class SluiceVersion {
    private static final String VERSION = read();

    private SluiceVersion() {
    }

    /** This build's version, or {@code unknown}. */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = SluiceVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
