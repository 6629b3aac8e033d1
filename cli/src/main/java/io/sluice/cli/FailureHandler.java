package io.sluice.cli;

import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.config.Problem;
import io.sluice.core.run.RunFailedException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns failures into one clear line each on standard error and the documented exit code; the stack trace is
 * shown only with {@code --debug}.
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
        } else if (e instanceof RunFailedException) {
            err.println("sluice: " + e.getMessage());
            code = ExitCodes.FAILED;
        } else {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            err.println("sluice: " + message.replace('\n', ' '));
            code = ExitCodes.FAILED;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
