package io.sluice.converters.exec;

import io.sluice.core.config.Config;
import io.sluice.core.config.DidYouMean;
import io.sluice.core.config.Problems;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.BatchReader;
import io.sluice.core.spi.ChunkData;
import io.sluice.core.spi.ChunkTransform;
import io.sluice.core.spi.Plugins;
import io.sluice.core.spi.SinkFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code exec} stage at work on one chunk: writes the chunk to {@code input.<ext>} in its scratch folder (only
 * when the command names {@code {input}}; with {@code per: file}, {@code {input}} is instead the source's own
 * file that holds exactly the chunk's steps, never written to), runs the command with the placeholders filled in, and reads what it
 * wrote to {@code output.<ext>} back as the chunk. See {@link ExecStageFactory} for the settings.
 *
 * <pre>{@code BatchReader out = stage.apply(data);   // blocks of the command's output}</pre>
 */
final class ExecStage implements ChunkTransform {
    /** The formats that can hold a grid. */
    private static final Set<String> GRID_FORMATS = Set.of("netcdf");
    private final CommandTemplate template;
    private final String format;
    private final boolean perFile;
    private final CommandRun run;
    private final Config config;
    private final Plugins plugins;
    private final FileOfChunk files;

    ExecStage(CommandTemplate template, String format, boolean perFile, CommandRun run, Config config,
              Plugins plugins) {
        this.template = template;
        this.format = format;
        this.perFile = perFile;
        this.run = run;
        this.config = config;
        this.plugins = plugins;
        this.files = perFile ? new FileOfChunk(plugins, format != null ? format : "netcdf") : null;
    }

    @Override
    public String type() {
        return "exec";
    }

    /**
     * Every placeholder must be {@code input}, {@code output}, {@code chunk} or a label of the plan; the format
     * must hold the source's shape (a grid needs {@code netcdf}); {@code per: file} needs a grid source of
     * several files.
     */
    @Override
    public void check(ChunkPlan plan, SourceDescription source, List<Path> inputFiles, Problems problems) {
        Set<String> known = new TreeSet<>(plan.labelOrder().keySet());
        known.addAll(Set.of(ExecCommand.INPUT, ExecCommand.OUTPUT, ExecCommand.CHUNK));
        for (int i = 0; i < template.size(); i++) {
            for (String name : template.placeholders(i)) {
                if (!known.contains(name)) {
                    problem(template.shell() ? "command" : "command[" + i + "]", "unknown placeholder {" + name
                            + "}; expected one of " + String.join(", ", known.stream().map(k -> "{" + k + "}")
                            .toList()) + " (the labels come from the split)." + DidYouMean.hint(name, known), problems);
                }
            }
        }
        if (format != null && !source.isTable() && !GRID_FORMATS.contains(format)) {
            problem("format", "'" + format + "' holds tables, and the source is a grid; use format: netcdf (the"
                    + " default for grids)", problems);
        }
        if (perFile && (source.isTable() || inputFiles.size() < 2 || !"netcdf".equals(format != null ? format
                : "netcdf"))) {
            problem("per", "file needs a NetCDF grid source of several files (such as path: data/tas_*.nc) and format"
                    + " netcdf; this source is " + (source.isTable() ? "a table" : inputFiles.size() + " file(s)")
                    + (format != null ? " with format " + format : "") + "; use per: chunk", problems);
        }
    }

    private void problem(String key, String message, Problems problems) {
        problems.add(config.locationOf(key), config.childPath(key), message);
    }

    @Override
    public BatchReader apply(ChunkData data) throws IOException {
        String fmt = format != null ? format : data.context().source().isTable() ? "parquet" : "netcdf";
        String extension = extension(fmt);
        Path input = data.scratch().resolve("input" + extension);
        Path output = data.scratch().resolve("output" + extension);
        if (perFile) {
            data.input().close();
            input = files.find(data.chunk(), data.context().source(), data.sourceFiles());
        } else if (template.placeholders().contains(ExecCommand.INPUT)) {
            new ChunkFileWriter(plugins, fmt).write(data.input(), data.context(), input);
        } else {
            data.input().close();
        }
        Map<String, String> values = new LinkedHashMap<>(data.chunk().labels());
        values.put(ExecCommand.INPUT, input.toString());
        values.put(ExecCommand.OUTPUT, output.toString());
        values.put(ExecCommand.CHUNK, data.chunk().key());
        List<String> argv = template.expand(values);
        run.run(argv, data.scratch());
        if (!Files.isRegularFile(output)) {
            throw new CommandFailure("`" + CommandTemplate.display(argv) + "` exited with code 0 but wrote no file"
                    + " at {output} (" + output + ")");
        }
        return ChunkFileReader.open(plugins, fmt, output, data.chunk(), data.context().source(),
                data.maxBatchBytes());
    }

    private String extension(String fmt) {
        Comparator<String> shortest = Comparator.comparingInt(String::length);
        return plugins.find(SinkFactory.class, fmt).flatMap(f -> f.extensions().stream().filter(e -> !e.isEmpty())
                .min(shortest.thenComparing(Comparator.naturalOrder()))).map(e -> "." + e).orElse("");
    }
}
