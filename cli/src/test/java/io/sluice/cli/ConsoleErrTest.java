package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Log lines and a status line (the progress bar) never share a line on standard error. */
class ConsoleErrTest {

    /** A status line that writes markers where it would clear and redraw itself. */
    private record Marker(PrintStream err) implements ConsoleErr.StatusLine {
        @Override
        public void clear() {
            err.print("<clear>");
        }

        @Override
        public void redraw() {
            err.print("<bar>");
        }
    }

    @Test
    void aLogLineTakesTheStatusLineAwayAndBringsItBackAfterwards() {
        String written = capture(err -> {
            Marker bar = new Marker(err);
            ConsoleErr.show(bar);
            try {
                log("12:01:02 WARN run x: retried\n");
            } finally {
                ConsoleErr.hide(bar);
            }
            log("12:01:03 INFO after the bar\n");
        });
        assertThat(written).isEqualTo("<clear>12:01:02 WARN run x: retried\n<bar>12:01:03 INFO after the bar\n");
    }

    private static void log(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        new ConsoleErr().write(bytes, 0, bytes.length);
    }

    private static String capture(java.util.function.Consumer<PrintStream> writing) {
        PrintStream old = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        System.setErr(err);
        try {
            writing.accept(err);
        } finally {
            System.setErr(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
