package io.sluice.netcdf;

import java.nio.file.Path;
import java.util.List;

/**
 * One file of a source and the steps {@code [start, end)} of the source's time axis it holds: a single-file
 * source has one member; a multi-file source has one per file, in time order. Each member has its own packing
 * (files may pack differently), NetCDF-3 layout and handles.
 *
 * @param file the file
 * @param shown the file as messages show it
 * @param start the member's first step in the source's time axis
 * @param end one past its last step
 * @param packings how each selected variable's raw values become numbers, in selection order
 * @param layout value offsets of a NetCDF-3 file, or null for NetCDF-4
 * @param fileLength the file's length in bytes when it was described
 * @param pool one open handle per thread
 */
record Member(Path file, String shown, int start, int end, List<Packing> packings, ClassicLayout layout,
              long fileLength, HandlePool pool) {

    /** The same member at another position of the source's time axis. */
    Member at(int newStart) {
        return new Member(file, shown, newStart, newStart + end - start, packings, layout, fileLength, pool);
    }
}
