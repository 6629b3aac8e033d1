package io.sluice.netcdf;

import java.io.IOException;

/** Checks, before netcdf-java reads, that the bytes of a NetCDF-3 read lie inside the file. */
final class Extents {
    private Extents() {
    }

    /**
     * Throws when steps {@code [from, to)} of {@code variable} reach past {@code fileLength}; does nothing
     * without a layout (NetCDF-4, whose reader reports short files itself).
     */
    static void check(ClassicLayout layout, long fileLength, String variable, int from, int to) throws IOException {
        if (layout == null) {
            return;
        }
        long end = layout.endOf(variable, from, to);
        if (end > fileLength) {
            throw new IOException(String.format("unexpected end of file: %s steps %d..%d need bytes up to %,d"
                    + " but the file has %,d bytes (is it truncated?)", variable, from, to - 1, end, fileLength));
        }
    }
}
