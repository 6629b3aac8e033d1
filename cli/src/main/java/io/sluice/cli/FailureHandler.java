package io.sluice.cli;

import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.config.Problem;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns failures into one clear line each on standard error and the documented exit code; the stack trace is
 * shown only with {@code --debug}. A failure after a run got its id names the run, as {@code sluice history}
 * lists it: {@code sluice: run 20261125-120102-3fa1c2: data/tas.nc: unexpected end of file ...}.
 *
 * <pre>{@code cli.setExecutionExceptionHandler(new FailureHandler(debug));}</pre>
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    private final boolean debug;

    FailureHandler(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        int code;
        if (e instanceof PipelineInvalidException invalid) {
            for (Problem p : invalid.problems()) {
                err.println(p);
            }
            code = ExitCodes.INVALID;
        } else {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            err.println("sluice: " + runOf(cli) + message.replace('\n', ' '));
            code = ExitCodes.FAILED;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** {@code run ID: } when the failing command had started a run, else nothing. */
    private static String runOf(CommandLine cli) {
        return cli.getCommand() instanceof LastRunId.Holder holder
                ? holder.lastRunId().map(id -> "run " + id + ": ").orElse("") : "";
    }
}
