package io.sluice.cli;

import io.sluice.core.config.Problem;
import io.sluice.core.model.Pipeline;

/**
 * Words a problem of a pipeline built by {@code sluice convert} for the command line: it names the option (or
 * the INPUT/OUTPUT argument) that gave the setting, and an unknown setting becomes "the csv sink does not take
 * --codec".
 *
 * <pre>{@code "--codec: the csv sink does not take this option (sink.codec: unknown key; expected one of ...)"}</pre>
 */
final class ConvertProblems {
    private ConvertProblems() {
    }

    static String describe(Problem p, Pipeline pipeline) {
        String option = p.location() == null ? "" : p.location().origin();
        String where = option.isEmpty() || p.location().line() > 0 ? "" : option + ": ";
        if (p.message().startsWith("unknown key") && option.startsWith("--")) {
            String component = p.path().startsWith("source") ? "source" : "sink";
            Object type = (component.equals("source") ? pipeline.source() : pipeline.sink()).get("type");
            return where + "the " + type + " " + component + " does not take this option (" + p.path() + ": "
                    + p.message() + ")";
        }
        return where + (p.path() == null || p.path().isEmpty() ? "" : p.path() + ": ") + p.message();
    }
}
