package io.sluice.parquet;

import io.sluice.core.sink.OutputFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A part's list of pieces, the file the run's manifest checksums for the part: one line per piece with its
 * partition directory, file name, size, CRC32C and columns, tab-separated (each field escaped as partition names
 * are, so none holds a tab or a line break). A resumed run reads it to publish the pieces an interrupted run
 * wrote, after checking each piece's size and checksum.
 *
 * <pre>{@code
 * PieceIndex.write(indexFile, List.of(entry), staging.files());
 * List<PieceIndex.Entry> pieces = PieceIndex.read(indexFile);
 * }</pre>
 */
final class PieceIndex {
    /**
     * One piece.
     *
     * @param directory the partition directory, relative ({@code year=2001/season=DJF}), or empty
     * @param name the piece's file name in staging
     * @param size its size in bytes
     * @param crc32c its CRC32C
     * @param columns its columns' names and types, to check that all pieces agree
     */
    record Entry(String directory, String name, long size, long crc32c, String columns) {
    }

    private PieceIndex() {
    }

    /** Writes {@code entries} to {@code file} (which must not exist) through {@code files}. */
    static void write(Path file, List<Entry> entries, OutputFiles files) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries) {
            b.append(HivePath.escape(e.directory())).append('\t').append(HivePath.escape(e.name())).append('\t')
                    .append(e.size()).append('\t').append(Long.toHexString(e.crc32c())).append('\t')
                    .append(HivePath.escape(e.columns())).append('\n');
        }
        try (OutputStream out = files.create(file)) {
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The entries of {@code file}; throws naming the file and line when a line is not an entry. */
    static List<Entry> read(Path file) throws IOException {
        List<Entry> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            try {
                out.add(new Entry(HivePath.unescape(f[0]), HivePath.unescape(f[1]), Long.parseLong(f[2]),
                        Long.parseUnsignedLong(f[3], 16), HivePath.unescape(f[4])));
            } catch (RuntimeException e) {
                throw new IOException(file + ":" + (i + 1) + ": expected a staged piece (directory, name, size,"
                        + " checksum, columns), found '" + lines.get(i) + "'", e);
            }
        }
        return out;
    }
}
