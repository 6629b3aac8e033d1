package io.sluice.netcdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The kind of a file judged by its first bytes: NetCDF-3 classic ({@code CDF\001}), 64-bit offset
 * ({@code CDF\002}), CDF-5 ({@code CDF\005}) or HDF5, the container of NetCDF-4 ({@code \211HDF}).
 */
enum FileSignature {
    /** NetCDF-3 classic. */
    CLASSIC("NetCDF-3 classic"),
    /** NetCDF-3 with 64-bit offsets. */
    OFFSET_64("NetCDF-3 64-bit offset"),
    /** CDF-5 (64-bit data); netcdf-java 4.5 cannot read it. */
    CDF5("NetCDF-5 (CDF-5 64-bit data)"),
    /** HDF5, the container of NetCDF-4. */
    HDF5("NetCDF-4"),
    /** Anything else. */
    UNKNOWN("not NetCDF");

    private static final Set<String> EXTENSIONS = Set.of("nc", "nc3", "nc4", "cdf", "netcdf");

    private final String format;

    FileSignature(String format) {
        this.format = format;
    }

    /** The format's short description, such as {@code NetCDF-3 classic}. */
    String format() {
        return format;
    }

    /** Whether the file is one netcdf-java can open. */
    boolean isReadable() {
        return this == CLASSIC || this == OFFSET_64 || this == HDF5;
    }

    /** The signature of {@code file} from its first four bytes. */
    static FileSignature of(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        if (n < 4) {
            return UNKNOWN;
        }
        if (head[0] == 'C' && head[1] == 'D' && head[2] == 'F') {
            return switch (head[3]) {
                case 1 -> CLASSIC;
                case 2 -> OFFSET_64;
                case 5 -> CDF5;
                default -> UNKNOWN;
            };
        }
        if ((head[0] & 0xFF) == 0x89 && head[1] == 'H' && head[2] == 'D' && head[3] == 'F') {
            return HDF5;
        }
        return UNKNOWN;
    }

    /** Whether {@code file} looks like NetCDF by its extension, or else by its first bytes. */
    static boolean looksLikeNetcdf(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        if (dot >= 0 && EXTENSIONS.contains(s.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        try {
            return Files.isRegularFile(file) && of(file) != UNKNOWN;
        } catch (IOException e) {
            return false;
        }
    }
}
