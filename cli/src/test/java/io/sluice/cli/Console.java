package io.sluice.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** Runs the command line in this JVM and captures what it prints. */
record Console(int exitCode, String out, String err) {
    /** A progress or information line of the log, as a run writes before any error: {@code 12:01:02 INFO ...}. */
    private static final Pattern INFO_LINE = Pattern.compile("\\d\\d:\\d\\d:\\d\\d INFO .*");

    /** The lines of standard error that are not the log's progress and information lines. */
    List<String> errLinesBesidesInfo() {
        return err.strip().lines().filter(l -> !INFO_LINE.matcher(l).matches()).toList();
    }

    static synchronized Console run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Console(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
