package io.sluice.netcdf;

import io.sluice.core.config.Config;
import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.config.Problems;
import java.nio.file.Path;
import java.util.List;

/**
 * The settings of one NetCDF source, with the configuration they came from so that problems found later
 * (when the file is opened) can point at the setting that caused them.
 *
 * @param file the file, resolved against the pipeline's folder (the first path of several)
 * @param shown the path as written in the settings, for messages
 * @param variables the variables to read, or null to read every variable on the time grid
 * @param time the name of the time variable, or null to find it
 * @param config the source's configuration
 * @param paths every path or glob pattern of the {@code path} setting, resolved
 */
record NetcdfSettings(Path file, String shown, List<String> variables, String time, Config config,
                      List<Path> paths) {

    /** Settings of one file. */
    NetcdfSettings(Path file, String shown, List<String> variables, String time, Config config) {
        this(file, shown, variables, time, config, List.of(file));
    }

    /** Whether the setting names one file (no list, no glob pattern). */
    boolean singleFile() {
        return paths.size() == 1 && !FileSet.isPattern(paths.get(0));
    }

    /** The same settings for one file of several, shown as {@code shown}. */
    NetcdfSettings forFile(Path one, String oneShown) {
        return new NetcdfSettings(one, oneShown, variables, time, config, List.of(one));
    }

    /** An invalid-pipeline error about the setting {@code key} (or list element {@code key[i]}). */
    PipelineInvalidException invalid(String key, String message) {
        return PipelineInvalidException.of(config.locationOf(key), config.childPath(key), message);
    }

    /** Records a problem about the setting {@code key} (or list element {@code key[i]}). */
    void problem(Problems problems, String key, String message) {
        problems.add(config.locationOf(key), config.childPath(key), message);
    }
}
