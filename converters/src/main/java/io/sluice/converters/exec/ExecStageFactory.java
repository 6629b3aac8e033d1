package io.sluice.converters.exec;

import io.sluice.core.config.Config;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.spi.Plugins;
import io.sluice.core.spi.SinkFactory;
import io.sluice.core.spi.SourceFactory;
import io.sluice.core.spi.Stage;
import io.sluice.core.spi.StageFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stage type {@code exec}: runs a program on every chunk. The chunk is written to {@code {input}} in a format
 * (NetCDF for grids, Parquet for tables, unless {@code format} says), the program is run with its argument list
 * (never through a shell, unless {@code shell: true}), and the file it writes to {@code {output}} becomes the
 * chunk's data for the stages and the sink after it.
 *
 * <pre>{@code
 * stages:
 *   - type: exec
 *     command: [cdo, -s, timmean, "{input}", "{output}"]   # also {chunk}, and the labels: {season}, {year}
 *     timeout: 10m                                         # default 1h; a time-out is retried
 *     env: { OMP_NUM_THREADS: "1" }                        # set over the inherited environment
 *     inherit-env: true                                    # false: the program sees PATH and env only
 *     per: chunk                                           # or file: {input} is the source's own file
 * }</pre>
 */
public final class ExecStageFactory implements StageFactory {
    static final Duration DEFAULT_TIMEOUT = Duration.ofHours(1);

    /** The factory ServiceLoader instantiates. */
    public ExecStageFactory() {
    }

    @Override
    public String type() {
        return "exec";
    }

    @Override
    public Stage create(ConfigReader settings) {
        boolean shell = settings.bool("shell", false);
        boolean perFile = "file".equals(settings.choice("per", "chunk", List.of("chunk", "file")));
        Map<String, String> environment = environment(settings);
        boolean inherit = settings.bool("inherit-env", true);
        String path = environment.getOrDefault("PATH", System.getenv("PATH"));
        CommandTemplate template = ExecCommand.read(settings, shell, path);
        String format = settings.choice("format", null, formats(Plugins.installed()));
        Duration timeout = settings.duration("timeout", DEFAULT_TIMEOUT);
        if (timeout.isZero()) {
            settings.problem("timeout", "must be longer than 0");
        }
        Path workingDirectory = workingDirectory(settings);
        Set<Integer> retryExitCodes = retryExitCodes(settings);
        if (template == null) {
            return null;
        }
        return new ExecStage(template, format, perFile, new CommandRun(workingDirectory, environment, inherit,
                timeout, retryExitCodes), settings.config(), Plugins.installed());
    }

    /** The formats that can be both written and read: a sink and a source of the same type. */
    static Set<String> formats(Plugins plugins) {
        Set<String> both = new TreeSet<>(plugins.types(SinkFactory.class));
        both.retainAll(plugins.types(SourceFactory.class));
        return both;
    }

    private static Path workingDirectory(ConfigReader settings) {
        String text = settings.string("working-directory", null);
        Path folder = text == null ? settings.baseDirectory() : settings.baseDirectory().resolve(text).normalize();
        if (text != null && !Files.isDirectory(folder)) {
            settings.problem("working-directory", folder + " is not a directory");
        }
        return folder.toAbsolutePath();
    }

    private static Map<String, String> environment(ConfigReader settings) {
        Config env = settings.mapping("env");
        Map<String, String> out = new LinkedHashMap<>();
        if (env != null) {
            ConfigReader reader = settings.nested(env);
            for (String name : env.keys()) {
                String value = reader.string(name, null);
                if (value != null) {
                    out.put(name, value);
                }
            }
        }
        return out;
    }

    private static Set<Integer> retryExitCodes(ConfigReader settings) {
        Set<Integer> codes = new TreeSet<>();
        List<String> texts = settings.strings("retry-exit-codes", List.of());
        for (int i = 0; i < texts.size(); i++) {
            try {
                int code = Integer.parseInt(texts.get(i).trim());
                if (code < 1 || code > 255) {
                    throw new NumberFormatException();
                }
                codes.add(code);
            } catch (NumberFormatException e) {
                settings.problem("retry-exit-codes[" + i + "]", "'" + texts.get(i) + "' is not an exit code;"
                        + " expected a whole number from 1 to 255");
            }
        }
        return codes;
    }
}
