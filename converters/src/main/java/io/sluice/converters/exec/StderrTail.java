package io.sluice.converters.exec;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The last lines a program wrote to its error stream, read from the end of the file it was redirected to (at
 * most 64 KiB of it, whatever the file's size, from the first whole line in it), for a one-line error: non-blank lines, each cut to 300
 * characters, joined with {@code " | "}.
 *
 * <pre>{@code StderrTail.of(scratch.resolve("stderr.txt"), 20)   // "cdo: Operator >timmeen< not found!"}</pre>
 */
final class StderrTail {
    private static final int MAX_BYTES = 64 * 1024;
    private static final int MAX_LINE = 300;

    private StderrTail() {
    }

    /** The last {@code lines} non-blank lines of {@code file} joined with {@code " | "}; empty when none. */
    static String of(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        String text;
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - MAX_BYTES);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            // a tail that starts inside the file may start inside a line (or a UTF-8 character): skip to the next
            int from = 0;
            if (start > 0) {
                while (from < bytes.length && bytes[from] != '\n') {
                    from++;
                }
            }
            text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read the error output: " + e.getMessage() + ")";
        }
        List<String> kept = new ArrayList<>();
        for (String line : text.split("\\R")) {
            // terminal colours and other control sequences would garble a one-line message
            String trimmed = line.replaceAll("\\e\\[[0-9;]*[A-Za-z]", "").replaceAll("\\p{Cntrl}", " ").strip();
            if (!trimmed.isEmpty()) {
                kept.add(trimmed.length() > MAX_LINE ? trimmed.substring(0, MAX_LINE) + "..." : trimmed);
            }
        }
        return String.join(" | ", kept.subList(Math.max(0, kept.size() - lines), kept.size()));
    }
}
