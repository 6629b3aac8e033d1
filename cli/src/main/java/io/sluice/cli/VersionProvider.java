package io.sluice.cli;

import io.sluice.core.run.SluiceVersion;
import picocli.CommandLine;

/** The version {@code sluice --version} prints: Sluice's, as Maven wrote it into the core's jar, and the JVM's. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"sluice " + SluiceVersion.current(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
