package io.sluice.examples;

import io.sluice.converters.split.Splits;
import io.sluice.converters.stats.Statistics;
import io.sluice.core.model.Pipeline;
import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.RunOptions;
import io.sluice.core.run.RunReport;
import io.sluice.csv.CsvSink;
import io.sluice.netcdf.NetcdfSource;
import java.nio.file.Path;

/**
 * The seasonal-means example in the Java DSL: the same pipeline as {@code seasonal-means/pipeline.yaml}.
 *
 * <pre>{@code
 * Pipeline p = SeasonalMeans.pipeline(Path.of("examples/seasonal-means"), "out/tas_seasonal_means.csv");
 * new LocalRunner(RunOptions.defaults()).run(p);
 * }</pre>
 */
public final class SeasonalMeans {
    private SeasonalMeans() {
    }

    /**
     * The pipeline, with relative paths resolved against {@code folder} (the example's folder).
     *
     * @param folder the folder relative paths resolve against
     * @param output the CSV file to write, relative to {@code folder} or absolute
     */
    public static Pipeline pipeline(Path folder, String output) {
        return Pipeline.builder("tas-seasonal-means")
                .baseDirectory(folder)
                .source(NetcdfSource.at("../../testdata/tas_daily_small.nc", "tas"))
                .split(Splits.season())
                .stage(Statistics.mean())
                .sink(CsvSink.at(output))
                .build();
    }

    /** Runs the example from the repository root: {@code java ... io.sluice.examples.SeasonalMeans}. */
    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "examples/seasonal-means");
        RunReport report = new LocalRunner(RunOptions.defaults()).run(pipeline(folder, "out/tas_seasonal_means.csv"));
        System.out.print(report.summary());
    }
}
