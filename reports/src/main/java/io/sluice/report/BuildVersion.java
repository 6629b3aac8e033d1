package io.sluice.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of Sluice that wrote a report, as Maven stamped it into this module's jar.
 *
 * <pre>{@code String v = BuildVersion.current();   // 0.1.0-SNAPSHOT}</pre>
 */
public final class BuildVersion {
    private static final String VERSION = read();

    private BuildVersion() {
    }

    /** This build's version, or {@code unknown}. */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = BuildVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
