package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bar is drawn when standard error, where it goes, is a terminal, whatever standard output is. */
class RunProgressTest {

    @Test
    void standardErrorOnATerminalDeviceWithATermGetsTheBarWithoutAConsole() {
        // `sluice run p.yaml > report.txt`: no console (standard output is a file), standard error still a terminal
        assertThat(RunProgress.standardErrorIsTerminal("xterm", Optional.of("/dev/pts/3"), false)).isTrue();
        assertThat(RunProgress.standardErrorIsTerminal("linux", Optional.of("/dev/tty1"), false)).isTrue();
    }

    @Test
    void standardErrorInAFileOrPipeOrWithoutAUsableTermGetsPlainLines() {
        assertThat(RunProgress.standardErrorIsTerminal("xterm", Optional.of("/tmp/err.txt"), true)).isFalse();
        assertThat(RunProgress.standardErrorIsTerminal("xterm", Optional.of("pipe:[81234]"), true)).isFalse();
        assertThat(RunProgress.standardErrorIsTerminal(null, Optional.of("/dev/pts/3"), true)).isFalse();
        assertThat(RunProgress.standardErrorIsTerminal("dumb", Optional.of("/dev/pts/3"), true)).isFalse();
        assertThat(RunProgress.standardErrorIsTerminal(" ", Optional.of("/dev/pts/3"), true)).isFalse();
    }

    @Test
    void whereTheDeviceCannotBeToldTheConsoleDecides() {
        assertThat(RunProgress.standardErrorIsTerminal("xterm", Optional.empty(), true)).isTrue();
        assertThat(RunProgress.standardErrorIsTerminal("xterm", Optional.empty(), false)).isFalse();
    }
}
