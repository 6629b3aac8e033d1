package io.sluice.core.config;

import java.io.Serializable;

/**
 * One thing wrong with a pipeline: where it is, which setting, and what was expected.
 *
 * <pre>{@code Problem.at(loc, "stages[0].over", "'tme' is not a dimension; expected time")}</pre>
 *
 * @param location where the offending value is
 * @param path dotted path of the setting, such as {@code source.variables[0]}
 * @param message what is wrong and what was expected
 */
public record Problem(Location location, String path, String message) implements Serializable {

    /** A problem at a location and setting path. */
    public static Problem at(Location location, String path, String message) {
        return new Problem(location, path, message);
    }

    @Override
    public String toString() {
        String where = location == null ? "" : location.line() > 0 ? location + " " : location + ": ";
        return path == null || path.isEmpty() ? where + message : where + path + ": " + message;
    }
}
