package io.sluice.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Whether processes a command started are still alive, as {@code ps} sees them. */
final class ProcessState {
    private ProcessState() {
    }

    /**
     * Whether {@code ps} shows the process in a state other than zombie ({@code Z}) a few seconds on: a killed
     * process whose parent died before reaping it stays a zombie where the container's first process does not
     * reap orphans.
     */
    static boolean running(long pid) throws Exception {
        for (int i = 0; i < 50; i++) {
            Process ps = new ProcessBuilder("ps", "-o", "stat=", "-p", Long.toString(pid)).start();
            String state = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            ps.waitFor();
            if (state.isEmpty() || state.startsWith("Z")) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /** The process ids listed in {@code file}, one a line, that are still running. */
    static List<String> stillRunning(Path file) throws Exception {
        List<String> alive = new java.util.ArrayList<>();
        for (String pid : Files.readAllLines(file)) {
            if (!pid.isBlank() && running(Long.parseLong(pid.strip()))) {
                alive.add(pid.strip());
            }
        }
        return alive;
    }
}
