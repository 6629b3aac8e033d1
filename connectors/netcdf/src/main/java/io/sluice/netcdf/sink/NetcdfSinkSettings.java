package io.sluice.netcdf.sink;

import java.nio.file.Path;
import java.util.List;

/**
 * The settings of one NetCDF sink.
 *
 * @param folder the folder the files go to (resolved against the pipeline's folder)
 * @param pattern the file name, with {@code ${label}} placeholders for per-season layouts
 * @param layout how records are spread over files
 * @param overwrite whether existing files may be replaced
 * @param netcdf4 whether to write NetCDF-4 (deflated) rather than NetCDF-3 64-bit offset
 * @param deflate the deflate level of NetCDF-4 output, 1..9
 * @param dimensions the dimension columns of tidy tables, slowest first (empty: found by name or axis)
 * @param variables the columns of tidy tables written as variables (empty: every other number column)
 * @param fillMissingCells whether a grid cell without a row is a fill value rather than an error
 */
record NetcdfSinkSettings(Path folder, String pattern, FileLayout layout, boolean overwrite, boolean netcdf4,
                          int deflate, List<String> dimensions, List<String> variables,
                          boolean fillMissingCells) {

    /** Copies the dimensions. */
    NetcdfSinkSettings {
        dimensions = List.copyOf(dimensions);
        variables = List.copyOf(variables);
    }

    /** Settings without tidy-table options (grids only). */
    NetcdfSinkSettings(Path folder, String pattern, FileLayout layout, boolean overwrite, boolean netcdf4,
                       int deflate) {
        this(folder, pattern, layout, overwrite, netcdf4, deflate, List.of(), List.of(), false);
    }

    /** The path of the single file, or the pattern's path, for messages. */
    Path target() {
        return folder.resolve(pattern);
    }
}
