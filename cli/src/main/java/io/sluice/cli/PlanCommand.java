package io.sluice.cli;

import io.sluice.core.data.TimeAxis;
import io.sluice.core.plan.Chunk;
import io.sluice.core.plan.IndexRange;
import io.sluice.core.run.PlannedRun;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sluice plan PIPELINE}: prints the chunks a run would process (key, time index range, dates, steps,
 * estimated bytes) from headers and coordinates only.
 *
 * <pre>{@code sluice plan examples/seasonal-means/pipeline.yaml}</pre>
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Print the chunks of a run without reading data values.")
final class PlanCommand implements Callable<Integer> {

    @Mixin
    PipelineFile pipeline;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PlannedRun planned = PipelineFiles.plan(pipeline.path());
        PrintWriter out = spec.commandLine().getOut();
        TimeAxis time = planned.description().time();
        out.printf("pipeline %s: %s (%s), %d time steps, %s calendar%n", planned.compiled().pipeline().name(),
                planned.description().origin(), planned.description().format(), time.size(), time.calendar());
        planned.description().files().forEach(f -> out.printf("  file %s%n", f));
        String dates = "%-" + (time.size() > 0 ? 2 * time.label(0).length() + 2 : 5) + "s";
        String row = "%5s  %-14s %-18s " + dates + " %6s %8s %14s%n";
        out.printf(row, "chunk", "key", "slice", "dates", "steps", "complete", "est. bytes");
        for (Chunk c : planned.plan().chunks()) {
            String range = "";
            int steps = 0;
            if (c.slice() instanceof IndexRange r && r.length() > 0) {
                range = time.label(r.start()) + ".." + time.label(r.end() - 1);
                steps = r.length();
            }
            out.printf(row, c.index(), c.key(), c.slice().describe(), range, steps, c.complete() ? "yes" : "no",
                    String.format("%,d", c.estimatedBytes()));
        }
        out.printf("total: %d chunks, %,d bytes to read%n", planned.plan().chunks().size(),
                planned.plan().estimatedBytes());
        planned.plan().notes().forEach(out::println);
        planned.transforms().output().ifPresent(columns -> out.printf("output columns after the table stages: %s%n",
                String.join(", ", columns.columns().stream().map(c -> c.name() + " " + c.type()).toList())));
        out.flush();
        return ExitCodes.OK;
    }
}
