package io.sluice.converters.table;

import io.sluice.converters.expression.ExpressionException;
import io.sluice.core.config.Config;
import io.sluice.core.config.Location;
import io.sluice.core.config.Problems;

/**
 * Where a stage setting was written, for located problems at plan time and for run-time failures.
 *
 * @param location the file, line and column of the key (or the Java DSL)
 * @param path the setting path, such as {@code stages[2].where}
 * @param text where the value's text starts, when it is known to the column; else null
 */
record Place(Location location, String path, Location text) {

    /** The place of {@code key} in {@code config}. */
    static Place of(Config config, String key) {
        return new Place(config.locationOf(key), config.childPath(key), config.valueLocationOf(key).orElse(null));
    }

    void problem(Problems problems, String message) {
        problems.add(location, path, message);
    }

    /**
     * An expression problem, located at the character where it is when the expression sits on one line of the
     * pipeline file, otherwise at the setting with the character's position in the message.
     */
    void problem(Problems problems, ExpressionException e, String expression) {
        if (text != null) {
            problems.add(Location.of(text.origin(), text.line(), text.column() + e.offset()), path, e.getMessage());
        } else {
            problems.add(location, path, e.getMessage() + " (at character " + (e.offset() + 1) + " of '"
                    + expression + "')");
        }
    }

    /** A one-line message for a failure while running, naming the setting. */
    String failure(String expression, String message) {
        String where = location.line() > 0 ? location + " " : "";
        return where + path + " '" + expression + "': " + message;
    }
}
