package io.sluice.converters.exec;

import io.sluice.core.data.Axis;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether a command's output can stand in for the chunk it was given: the stages and the sink after the command
 * were planned for the source's variables and grid (or columns), so the output must have them.
 *
 * <pre>{@code OutputShape.check(outputDescription, sourceDescription, file);   // or a CommandFailure}</pre>
 */
final class OutputShape {
    private OutputShape() {
    }

    /** Throws a {@link CommandFailure} naming {@code file} and what differs when {@code out} does not fit. */
    static void check(SourceDescription out, SourceDescription run, Path file) {
        String problem = run.isTable() ? columnsProblem(out, run) : gridProblem(out, run);
        if (problem != null) {
            throw new CommandFailure("the command's output " + file + " " + problem);
        }
    }

    private static String gridProblem(SourceDescription out, SourceDescription run) {
        if (out.isTable()) {
            return "is a table; expected a grid like the input";
        }
        if (!out.space().equals(run.space())) {
            return "has the grid " + axes(out.space()) + "; expected " + axes(run.space()) + " as in the input";
        }
        if (!out.time().units().equals(run.time().units()) || !out.time().calendar().equals(run.time().calendar())) {
            return "has time in '" + out.time().units() + "' (" + out.time().calendar() + "); expected '"
                    + run.time().units() + "' (" + run.time().calendar() + ") as in the input";
        }
        return typesProblem(out.variables(), run.variables());
    }

    private static String columnsProblem(SourceDescription out, SourceDescription run) {
        if (!out.isTable()) {
            return "is a grid; expected a table like the input";
        }
        List<String> have = out.variables().stream().map(VariableInfo::name).toList();
        List<String> want = run.variables().stream().map(VariableInfo::name).toList();
        if (!have.equals(want)) {
            return "has the columns " + have + "; expected " + want + " as in the input";
        }
        return typesProblem(out.variables(), run.variables());
    }

    private static String typesProblem(List<VariableInfo> out, List<VariableInfo> run) {
        for (int i = 0; i < run.size(); i++) {
            VariableInfo want = run.get(i);
            VariableInfo have = out.stream().filter(v -> v.name().equals(want.name())).findFirst().orElse(null);
            if (have == null) {
                return "has no '" + want.name() + "'; expected it as in the input";
            }
            if (have.valueType() != want.valueType()) {
                return "has '" + want.name() + "' as " + have.valueType() + "; expected " + want.valueType()
                        + " as in the input";
            }
        }
        return null;
    }

    private static String axes(List<Axis> axes) {
        return axes.stream().map(a -> a.name() + "[" + a.size() + "]").toList().toString();
    }
}
