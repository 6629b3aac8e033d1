package io.sluice.scheduler;

import io.sluice.core.config.Problem;
import io.sluice.core.config.Problems;
import io.sluice.core.model.Pipeline;
import io.sluice.core.yaml.PipelineYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches pipeline files by polling: the files given, and every {@code .yaml}/{@code .yml} file directly in
 * the folders given. A file that appears, changes (by content) or disappears takes effect at the next scan;
 * a changed file that is invalid is reported once (a warning in the log) and its previous version stays scheduled.
 *
 * <pre>{@code
 * PipelineWatch watch = new PipelineWatch(List.of(Path.of("pipelines")));
 * Map<String, ScheduledPipeline> byName = watch.scan();
 * }</pre>
 */
public final class PipelineWatch {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineWatch.class);
    private final List<Path> sources;
    private final Map<Path, Integer> contentHashes = new HashMap<>();
    private final Map<Path, ScheduledPipeline> loaded = new HashMap<>();
    private final Set<String> reportedDuplicates = new HashSet<>();

    /** Watches {@code sources} (files or folders), logging what it loads and rejects. */
    public PipelineWatch(List<Path> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Rescans and returns the valid scheduled pipelines by name. */
    public Map<String, ScheduledPipeline> scan() {
        Set<Path> present = new HashSet<>();
        for (Path source : sources) {
            for (Path file : filesOf(source)) {
                present.add(file);
                refresh(file, !Files.isDirectory(source));
            }
        }
        for (Path gone : new ArrayList<>(contentHashes.keySet())) {
            if (!present.contains(gone)) {
                contentHashes.remove(gone);
                if (loaded.remove(gone) != null) {
                    LOG.info(gone + ": removed; its pipeline is no longer scheduled");
                }
            }
        }
        Map<String, ScheduledPipeline> byName = new TreeMap<>();
        loaded.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ScheduledPipeline other = byName.putIfAbsent(e.getValue().name(), e.getValue());
            if (other != null && reportedDuplicates.add(e.getKey().toString())) {
                LOG.warn(e.getKey() + ": pipeline name '" + e.getValue().name() + "' is already used by "
                        + other.file() + "; this file is not scheduled until one of them is renamed");
            }
        });
        return byName;
    }

    private List<Path> filesOf(Path source) {
        if (!Files.isDirectory(source)) {
            return Files.isRegularFile(source) ? List.of(source.toAbsolutePath().normalize()) : List.of();
        }
        try (Stream<Path> list = Files.list(source)) {
            return list.filter(p -> {
                String n = p.getFileName().toString();
                return !n.startsWith(".") && (n.endsWith(".yaml") || n.endsWith(".yml")) && Files.isRegularFile(p);
            }).map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException e) {
            LOG.warn(source + ": cannot list pipeline files: " + e.getMessage());
            return List.copyOf(contentHashes.keySet().stream().filter(p -> p.startsWith(source.toAbsolutePath()))
                    .toList());
        }
    }

    private void refresh(Path file, boolean named) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return; // being replaced; the next scan sees it
        }
        int hash = Arrays.hashCode(bytes);
        Integer before = contentHashes.put(file, hash);
        if (before != null && before == hash) {
            return;
        }
        reportedDuplicates.remove(file.toString());
        Problems problems = new Problems();
        Pipeline pipeline = PipelineYaml.read(file, problems);
        Schedule schedule = pipeline == null ? null : ScheduleReader.read(pipeline, problems);
        if (pipeline != null && pipeline.schedule().isEmpty() && problems.isEmpty()) {
            if (named) {
                LOG.warn(file + ": has no schedule section; expected 'schedule: { cron: \"0 2 * * *\" }'");
            }
            loaded.remove(file);
            return;
        }
        if (!problems.isEmpty() || schedule == null) {
            problems.list().stream().map(Problem::toString).forEach(LOG::warn);
            if (loaded.containsKey(file)) {
                LOG.warn(file + ": keeping the version loaded before until the file is fixed");
            }
            return;
        }
        ScheduledPipeline previous = loaded.put(file, new ScheduledPipeline(file, pipeline, schedule));
        LOG.info(file + ": " + (previous == null ? "scheduled" : "reloaded") + " pipeline " + pipeline.name()
                + " (" + schedule.fireTimes().cron() + " " + schedule.fireTimes().zone() + ")");
    }
}
