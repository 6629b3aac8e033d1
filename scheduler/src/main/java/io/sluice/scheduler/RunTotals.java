package io.sluice.scheduler;

import io.sluice.core.run.RunReport;

/**
 * What a recorded run has done so far: inputs converted, chunks, rows, its report text and its first failure.
 *
 * <pre>{@code RunTotals t = new RunTotals(); t.add(report); t.fail("b.nc", "no such file");}</pre>
 */
final class RunTotals {
    long inputs;
    long chunks;
    long rows;
    String failure;
    final StringBuilder report = new StringBuilder();

    void add(RunReport r) {
        inputs++;
        chunks += r.chunks().size();
        rows += r.rowsWritten();
        report.append(r.summary());
    }

    void fail(String what, String message) {
        String line = what == null ? message : what + ": " + message;
        if (failure == null) {
            failure = line;
        }
        report.append("failed: ").append(line).append(System.lineSeparator());
    }
}
