package io.sluice.scheduler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The folder where scheduling state lives: the scheduler's lock, the fire log, run history, processed inputs
 * and run reports. Logs are append-only JSON lines, each appended with one write and flushed to disk; a line
 * cut short by a crash is ignored when reading.
 *
 * <pre>{@code
 * StateDirectory state = StateDirectory.at(Path.of("pipelines/.sluice"));
 * state.append("history.jsonl", Map.of("run", id, "status", "succeeded"));
 * }</pre>
 */
public final class StateDirectory {
    /** The folder's name when it sits beside the pipeline files. */
    public static final String DEFAULT_NAME = ".sluice";
    private final Path folder;

    private StateDirectory(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** The state directory at {@code folder}; created on the first write. */
    public static StateDirectory at(Path folder) {
        return new StateDirectory(folder);
    }

    /** The default state directory of a pipeline file: {@code .sluice} beside it. */
    public static StateDirectory besides(Path pipelineFile) {
        Path parent = pipelineFile.toAbsolutePath().getParent();
        return new StateDirectory(parent.resolve(DEFAULT_NAME));
    }

    /** The folder. */
    public Path folder() {
        return folder;
    }

    /** A file in the folder. */
    public Path file(String name) {
        return folder.resolve(name);
    }

    /** Appends one JSON line to {@code name}, creating the folder and file as needed, and flushes it to disk. */
    public synchronized void append(String name, Map<String, ?> values) {
        Path file = file(name);
        byte[] line = (JsonLine.write(values) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot record " + name + ": " + e.getMessage(), e);
        }
    }

    /** Every whole line of {@code name}, oldest first; none when the file does not exist. */
    public List<Map<String, Object>> read(String name) {
        Path file = file(name);
        List<Map<String, Object>> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                try {
                    out.add(JsonLine.read(line));
                } catch (IllegalArgumentException | IndexOutOfBoundsException cutShort) {
                    // a line cut short by a crash: skipped
                }
            }
        } catch (NoSuchFileException e) {
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
        return out;
    }

    /** Writes {@code text} to {@code name} atomically: to a temporary file first, then moved into place. */
    public void writeAtomically(String name, String text) {
        Path file = file(name);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".tmp-", ".part");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return folder.toString();
    }
}
