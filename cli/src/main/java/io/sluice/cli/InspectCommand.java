package io.sluice.cli;

import io.sluice.core.config.Config;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.config.Problem;
import io.sluice.core.config.Problems;
import io.sluice.core.data.TimeAxis;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.Plugins;
import io.sluice.core.spi.Source;
import io.sluice.core.spi.SourceFactory;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sluice inspect FILE}: prints a file's format, dimensions, variables with their attributes, global
 * attributes and its time range decoded in its calendar.
 *
 * <pre>{@code
 * sluice inspect testdata/tas_daily_small.nc
 * sluice inspect 'data/tas_*.nc'
 * }</pre>
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Describe a data file: dimensions, variables, attributes and time range.")
final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to describe (or a quoted glob pattern of"
            + " NetCDF files joined along time, such as 'data/tas_*.nc').")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean pattern = file.getFileName() != null && file.getFileName().toString().matches(".*[*?\\[].*");
        if (!pattern && !Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), file + ": "
                    + (Files.isDirectory(file) ? "is a directory; expected a data file" : "no such file"));
        }
        SourceFactory factory = Plugins.installed().all(SourceFactory.class).stream()
                .filter(f -> f.canRead(file)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), file
                        + ": no installed source reads this kind of file; source types: "
                        + String.join(", ", Plugins.installed().types(SourceFactory.class))));
        Problems problems = new Problems();
        Config config = Config.ofType(factory.type()).atPath("inspect").with("path", file.toAbsolutePath().toString());
        try (Source source = factory.create(new ConfigReader(config, problems, Path.of("")))) {
            problems.throwIfAny();
            print(source.describe(), spec.commandLine().getOut());
        } catch (PipelineInvalidException e) {
            // the file, not a pipeline, is at fault: say what is wrong with it, without a pipeline location
            for (Problem p : e.problems()) {
                spec.commandLine().getErr().println("sluice: " + p.message());
            }
            return ExitCodes.INVALID;
        }
        return ExitCodes.OK;
    }

    private void print(SourceDescription d, PrintWriter out) {
        out.printf("%s: %s%n", file, d.format());
        out.println("dimensions:");
        d.dimensions().forEach((name, length) -> out.printf("  %s = %d%n", name, length));
        out.println("variables:");
        for (VariableInfo v : d.allVariables()) {
            out.printf("  %s %s(%s)%n", v.storedType(), v.name(), String.join(", ", v.dimensions()));
            printAttributes(v.attributes(), "    ", out);
        }
        out.println("global attributes:");
        printAttributes(d.attributes(), "  ", out);
        TimeAxis t = d.time();
        if (t.size() > 0) {
            out.printf("time: %s, %d steps, %s .. %s, calendar %s, units \"%s\"%n", t.name(), t.size(),
                    t.label(0), t.label(t.size() - 1), t.calendar(), t.units());
        } else {
            out.println("time: no time axis found");
        }
        if (t.hasBounds()) {
            out.printf("time bounds: %s%n", t.boundsName());
        }
        if (!d.files().isEmpty()) {
            out.println("files:");
            d.files().forEach(f -> out.printf("  %s%n", f));
        }
        out.flush();
    }

    private static void printAttributes(Map<String, String> attributes, String indent, PrintWriter out) {
        attributes.forEach((k, v) -> out.printf("%s%s = %s%n", indent, k, v.replace("\n", "\\n")));
    }
}
