package io.sluice.converters.table;

import io.sluice.converters.expression.ExpressionException;
import io.sluice.core.config.Config;
import io.sluice.core.config.Location;
import io.sluice.core.config.Problems;

/**
 * Where a stage setting was written, for located problems at plan time and for run-time failures.
 *
 * @param location the file, line and column (or the Java DSL)
 * @param path the setting path, such as {@code stages[2].where}
 */
record Place(Location location, String path) {

    /** The place of {@code key} in {@code config}. */
    static Place of(Config config, String key) {
        return new Place(config.locationOf(key), config.childPath(key));
    }

    void problem(Problems problems, String message) {
        problems.add(location, path, message);
    }

    /** An expression problem, pointing at the character where it is. */
    void problem(Problems problems, ExpressionException e, String expression) {
        problems.add(location, path, e.getMessage() + " (at character " + (e.offset() + 1) + " of '" + expression
                + "')");
    }

    /** A one-line message for a failure while running, naming the setting. */
    String failure(String expression, String message) {
        String where = location.line() > 0 ? location + " " : "";
        return where + path + " '" + expression + "': " + message;
    }
}
