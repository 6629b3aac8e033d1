package io.sluice.netcdf;

import io.sluice.core.data.Axis;
import io.sluice.core.data.TimeAxis;
import io.sluice.core.plan.SourceDescription;
import java.util.List;

/**
 * What block readers need, learnt once by {@link SourceDescriber}: the selected variables with their packing,
 * the decoded time axis, the spatial axes, and (for NetCDF-3) where the values lie, to detect truncation.
 *
 * @param description the description handed to the runner
 * @param timeDimension the name of the time dimension
 * @param names full names of the selected variables
 * @param packings how each selected variable's raw values become numbers
 * @param layout value offsets of a NetCDF-3 file, or null for NetCDF-4
 * @param fileLength the file's length in bytes when it was described
 */
record GridPlan(SourceDescription description, String timeDimension, List<String> names, List<Packing> packings,
                ClassicLayout layout, long fileLength) {

    /** The decoded time axis. */
    TimeAxis time() {
        return description.time();
    }

    /** The spatial axes, slowest first. */
    List<Axis> space() {
        return description.space();
    }

    /** Grid cells in one time step. */
    long cellsPerStep() {
        return description.cellsPerStep();
    }
}
