package io.sluice.netcdf;

import io.sluice.core.data.Axis;
import io.sluice.core.data.TimeAxis;
import io.sluice.core.plan.SourceDescription;
import java.util.List;

/**
 * What block readers need, learnt once by {@link SourceDescriber} (and {@link FileSeries} for several files):
 * the selected variables, the decoded time axis, the spatial axes, and the files that hold the steps.
 *
 * @param description the description handed to the runner
 * @param timeDimension the name of the time dimension
 * @param names full names of the selected variables
 * @param members the files, in time order, each with its range of steps
 */
record GridPlan(SourceDescription description, String timeDimension, List<String> names, List<Member> members) {

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

    /** The member holding step {@code step}. */
    Member memberOf(int step) {
        for (Member m : members) {
            if (step >= m.start() && step < m.end()) {
                return m;
            }
        }
        throw new IllegalArgumentException("step " + step + " is in none of the " + members.size() + " files");
    }
}
