package io.sluice.core.sink;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A run's journal in its staging folder: the run's identity (pipeline hash, input fingerprints), then one line
 * per completed chunk with its part's size and CRC32C, appended and flushed to the disk as each chunk completes.
 * Every line carries its own checksum, so a line torn by a kill is ignored when the manifest is read back; a
 * later line for the same part replaces an earlier one.
 *
 * <pre>{@code
 * try (RunManifest m = RunManifest.create(staging.manifestFile(), identity, List.of())) {
 *     m.record(entry);
 * }
 * Optional<RunManifest.Content> earlier = RunManifest.read(staging.manifestFile());
 * }</pre>
 */
public final class RunManifest implements AutoCloseable {
    private static final String MAGIC = "sluice-run-manifest";
    private static final String VERSION = "1";

    private final OutputStream out;

    private RunManifest(OutputStream out) {
        this.out = out;
    }

    /**
     * What a manifest held.
     *
     * @param identity the run's identity
     * @param parts the completed parts by index
     */
    public record Content(RunIdentity identity, Map<Integer, PartEntry> parts) {
    }

    /**
     * Writes a new manifest at {@code file} (replacing any, atomically) with the identity and the given entries
     * (those reused from an interrupted run), and opens it for appending.
     */
    public static RunManifest create(Path file, RunIdentity identity, Collection<PartEntry> entries)
            throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        try (OutputStream o = Files.newOutputStream(temp)) {
            o.write(ManifestLines.line(List.of(MAGIC, VERSION)).getBytes(StandardCharsets.UTF_8));
            o.write(ManifestLines.line(List.of("pipeline", identity.pipelineHash())).getBytes(StandardCharsets.UTF_8));
            for (InputFingerprint f : identity.inputs()) {
                o.write(ManifestLines.line(List.of("input", f.file(), Long.toString(f.size()),
                        Long.toString(f.modifiedMillis()), Long.toHexString(f.sampleCrc32c())))
                        .getBytes(StandardCharsets.UTF_8));
            }
            for (PartEntry e : entries) {
                o.write(partLine(e));
            }
        }
        FileSync.file(temp);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        FileSync.directory(file.getParent());
        return new RunManifest(Files.newOutputStream(file, StandardOpenOption.APPEND, StandardOpenOption.SYNC));
    }

    /** Appends a completed part and flushes it to the disk. */
    public synchronized void record(PartEntry entry) throws IOException {
        out.write(partLine(entry));
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }

    /**
     * Reads the manifest at {@code file}: empty when there is none; an {@link IOException} when its identity lines
     * are damaged. Damaged part lines (a kill while one was written) are skipped.
     */
    public static Optional<Content> read(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        List<String> head = lines.isEmpty() ? null : ManifestLines.fields(lines.get(0));
        if (head == null || !head.equals(List.of(MAGIC, VERSION))) {
            throw new IOException(file + ": not a sluice run manifest of version " + VERSION);
        }
        String hash = null;
        List<InputFingerprint> inputs = new ArrayList<>();
        Map<Integer, PartEntry> parts = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> f = ManifestLines.fields(lines.get(i));
            if (f == null || f.isEmpty()) {
                if (hash == null) {
                    throw new IOException(file + ":" + (i + 1) + ": damaged line before the manifest's parts");
                }
                continue;
            }
            try {
                switch (f.get(0)) {
                    case "pipeline" -> hash = f.get(1);
                    case "input" -> inputs.add(new InputFingerprint(f.get(1), Long.parseLong(f.get(2)),
                            Long.parseLong(f.get(3)), Long.parseUnsignedLong(f.get(4), 16)));
                    case "part" -> {
                        PartEntry e = part(f);
                        parts.put(e.index(), e);
                    }
                    default -> throw new IllegalArgumentException("unknown line kind " + f.get(0));
                }
            } catch (RuntimeException e) {
                throw new IOException(file + ":" + (i + 1) + ": unreadable manifest line: " + e.getMessage(), e);
            }
        }
        if (hash == null) {
            throw new IOException(file + ": the manifest does not record the pipeline's hash");
        }
        return Optional.of(new Content(new RunIdentity(hash, inputs), parts));
    }

    private static byte[] partLine(PartEntry e) {
        return ManifestLines.line(List.of("part", Integer.toString(e.index()), e.key(), Boolean.toString(e.complete()),
                Long.toString(e.steps()), Long.toString(e.cells()), Long.toString(e.bytes()), Long.toString(e.rows()),
                e.file(), Long.toString(e.size()), Long.toHexString(e.crc32c()), ManifestLines.facts(e.facts()),
                ManifestLines.facts(e.badRecords())))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static PartEntry part(List<String> f) {
        return new PartEntry(Integer.parseInt(f.get(1)), f.get(2), Boolean.parseBoolean(f.get(3)),
                Long.parseLong(f.get(4)), Long.parseLong(f.get(5)), Long.parseLong(f.get(6)), Long.parseLong(f.get(7)),
                f.get(8), Long.parseLong(f.get(9)), Long.parseUnsignedLong(f.get(10), 16),
                ManifestLines.parseFacts(f.get(11)), ManifestLines.parseFacts(f.size() > 12 ? f.get(12) : ""));
    }
}
