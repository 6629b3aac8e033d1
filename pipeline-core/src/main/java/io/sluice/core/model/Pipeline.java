package io.sluice.core.model;

import io.sluice.core.config.Config;
import io.sluice.core.config.Location;
import io.sluice.core.config.Settings;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A pipeline: a named source, how to split it into chunks, per-chunk stages and a sink, each the settings of a
 * plugin chosen by its {@code type}. Immutable and serialisable. YAML and the Java DSL build the same object;
 * relative paths resolve against {@link #baseDirectory()}, the pipeline file's folder.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder("tas-seasonal-means")
 *         .source(Config.ofType("netcdf").with("path", "tas.nc").with("variables", List.of("tas")))
 *         .split(Config.ofType("season"))
 *         .stage(Config.ofType("mean").with("over", "time"))
 *         .sink(Config.ofType("csv").with("path", "out/tas.csv"))
 *         .build();
 * }</pre>
 */
public final class Pipeline implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final Location origin;
    private final String baseDirectory;
    private final Config source;
    private final Config split;
    private final List<Config> stages;
    private final Config sink;
    private final Config schedule;
    private final Config retries;

    private Pipeline(Builder b) {
        this.name = b.name;
        this.origin = b.origin;
        this.baseDirectory = b.baseDirectory.toAbsolutePath().normalize().toString();
        this.source = b.source.atPath("source");
        this.split = b.split.atPath("split");
        List<Config> s = new ArrayList<>();
        for (int i = 0; i < b.stages.size(); i++) {
            s.add(b.stages.get(i).atPath("stages[" + i + "]"));
        }
        this.stages = List.copyOf(s);
        this.sink = b.sink.atPath("sink");
        this.schedule = b.schedule == null ? null : b.schedule.atPath("schedule");
        this.retries = b.retries == null ? null : b.retries.atPath("retries");
    }

    /** Starts a pipeline with the given name. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The pipeline's name. */
    public String name() {
        return name;
    }

    /** Where the pipeline was defined: its file, or the Java DSL. */
    public Location origin() {
        return origin;
    }

    /** The folder relative paths resolve against. */
    public Path baseDirectory() {
        return Path.of(baseDirectory);
    }

    /** The source settings. */
    public Config source() {
        return source;
    }

    /** The split settings ({@code type: steps} covering everything in one chunk when not given). */
    public Config split() {
        return split;
    }

    /** The stage settings, in order. */
    public List<Config> stages() {
        return stages;
    }

    /** The sink settings. */
    public Config sink() {
        return sink;
    }

    /**
     * The {@code schedule} settings, read by the scheduler, or empty when the pipeline is only run by hand.
     * The core does not interpret them.
     */
    public Optional<Config> schedule() {
        return Optional.ofNullable(schedule);
    }

    /** The same pipeline with other source settings (used to bind one input file to a scheduled run). */
    public Pipeline withSource(Settings settings) {
        return toBuilder().source(settings).build();
    }

    /** The same pipeline with other sink settings. */
    public Pipeline withSink(Settings settings) {
        return toBuilder().sink(settings).build();
    }

    private Builder toBuilder() {
        Builder b = new Builder(name).origin(origin).baseDirectory(baseDirectory()).source(source).split(split)
                .sink(sink);
        stages.forEach(b::stage);
        b.schedule = schedule;
        b.retries = retries;
        return b;
    }

    /**
     * The {@code retries} section ({@code max}, {@code backoff}) for chunks that fail for a transient reason, or
     * null when the pipeline has none (then the runner's defaults apply). It does not change the output.
     */
    public Config retries() {
        return retries;
    }

    /** The pipeline as plain maps and lists (for hashing, display and comparison). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pipeline", name);
        m.put("source", source.toMap());
        m.put("split", split.toMap());
        m.put("stages", stages.stream().map(Config::toMap).toList());
        m.put("sink", sink.toMap());
        if (schedule != null) {
            m.put("schedule", schedule.toMap());
        }
        if (retries != null) {
            m.put("retries", retries.toMap());
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pipeline p && name.equals(p.name) && baseDirectory.equals(p.baseDirectory)
                && source.equals(p.source) && split.equals(p.split) && stages.equals(p.stages)
                && sink.equals(p.sink) && Objects.equals(schedule, p.schedule)
                && Objects.equals(retries, p.retries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, baseDirectory, source, split, stages, sink, schedule, retries);
    }

    @Override
    public String toString() {
        return toMap().toString();
    }

    /** Builds a {@link Pipeline}; {@link #build()} checks that every part is present. */
    public static final class Builder {
        private final String name;
        private Location origin = Location.DSL;
        private Path baseDirectory = Path.of("");
        private Config source;
        private Config split = Config.ofType("steps");
        private final List<Config> stages = new ArrayList<>();
        private Config sink;
        private Config schedule;
        private Config retries;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "pipeline name");
        }

        /** The folder relative paths resolve against (default: the working directory). */
        public Builder baseDirectory(Path folder) {
            this.baseDirectory = Objects.requireNonNull(folder, "baseDirectory");
            return this;
        }

        /** Where the pipeline was defined (set by file loaders). */
        public Builder origin(Location location) {
            this.origin = Objects.requireNonNull(location, "origin");
            return this;
        }

        /** The source settings. */
        public Builder source(Settings settings) {
            this.source = Objects.requireNonNull(settings, "source").toConfig();
            return this;
        }

        /** The split settings. */
        public Builder split(Settings settings) {
            this.split = Objects.requireNonNull(settings, "split").toConfig();
            return this;
        }

        /** Appends a stage. */
        public Builder stage(Settings settings) {
            stages.add(Objects.requireNonNull(settings, "stage").toConfig());
            return this;
        }

        /** The sink settings. */
        public Builder sink(Settings settings) {
            this.sink = Objects.requireNonNull(settings, "sink").toConfig();
            return this;
        }

        /** When the scheduler runs the pipeline ({@code cron}, {@code time-zone}, ...; see the scheduler module). */
        public Builder schedule(Settings settings) {
            this.schedule = Objects.requireNonNull(settings, "schedule").toConfig();
            return this;
        }

        /** How chunks that fail for a transient reason are retried: {@code max} and {@code backoff} (optional). */
        public Builder retries(Settings settings) {
            this.retries = Objects.requireNonNull(settings, "retries").toConfig();
            return this;
        }

        /** The pipeline; fails when the source or sink is missing. Plugin settings are checked when compiled. */
        public Pipeline build() {
            if (name.isBlank()) {
                throw new IllegalStateException("a pipeline needs a name");
            }
            if (source == null || sink == null) {
                throw new IllegalStateException("pipeline " + name + " needs a source and a sink");
            }
            return new Pipeline(this);
        }
    }
}
