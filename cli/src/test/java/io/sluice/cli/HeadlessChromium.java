package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code chromium}, headless, opening a local page with no network: a screenshot of its first
 * 1200 x 900 pixels, or its DOM after loading. A missing chromium fails the test (scripts/install-test-tools.sh
 * installs it).
 */
final class HeadlessChromium {
    private HeadlessChromium() {
    }

    /** Saves a screenshot of {@code page} in a 1200 x 900 window to {@code png}. */
    static void screenshot(Path page, Path png, Path profile) throws IOException, InterruptedException {
        run(profile, "--screenshot=" + png, "--window-size=1200,900", "--hide-scrollbars", page.toUri().toString());
        assertThat(png).isRegularFile();
    }

    /** The DOM of {@code page} once loaded, as chromium serialises it. */
    static String dom(Path page, Path profile) throws IOException, InterruptedException {
        return run(profile, "--dump-dom", page.toUri().toString());
    }

    private static String run(Path profile, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--force-device-scale-factor=1", "--no-first-run", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(profile.resolveSibling("chromium.err").toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("chromium is needed for this test and is not installed"
                    + " (scripts/install-test-tools.sh installs it): " + e.getMessage(), e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(p.exitValue()).as("chromium %s: %s", command,
                Files.readString(profile.resolveSibling("chromium.err"))).isZero();
        return out;
    }
}
