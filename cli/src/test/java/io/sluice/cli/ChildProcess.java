package io.sluice.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A {@code sluice} command in its own JVM, whose output lines the test waits for (no sleeping). */
final class ChildProcess implements AutoCloseable {
    private static final String END = "\u0000end of output";
    private final Process process;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private ChildProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
                lines.add(END);
            } catch (IOException e) {
                lines.add("(output closed: " + e.getMessage() + ")");
            }
        }, "child-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static ChildProcess start(Path workDir, String... args) throws IOException {
        return new ChildProcess(new ProcessBuilder(SluiceJvm.command(List.of(), args)).directory(workDir.toFile()).redirectErrorStream(true)
                .start());
    }

    long pid() {
        return process.pid();
    }

    /** Waits (at most a minute, for a slow machine) for a line that matches; fails with everything seen. */
    String await(Predicate<String> wanted, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < end) {
            String line = lines.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                break;
            }
            seen.add(line);
            if (wanted.test(line)) {
                return line;
            }
        }
        throw new AssertionError("no line " + what + " within a minute; the process printed:\n"
                + String.join("\n", seen));
    }

    /** Sends SIGTERM (with kill(1), which leaves the output open to the end) and waits for the process to end. */
    int terminate() throws InterruptedException, IOException {
        new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).inheritIO().start().waitFor();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
        return process.exitValue();
    }

    /** Every line printed, once the process has ended and its output is read to the end. */
    List<String> output() throws InterruptedException {
        for (String line = lines.poll(1, TimeUnit.MINUTES); line != null && !line.equals(END);
             line = lines.poll(1, TimeUnit.MINUTES)) {
            seen.add(line);
        }
        return List.copyOf(seen);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }
}
