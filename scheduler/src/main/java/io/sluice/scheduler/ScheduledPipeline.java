package io.sluice.scheduler;

import io.sluice.core.model.Pipeline;
import java.nio.file.Path;

/**
 * A pipeline file the scheduler watches, as last loaded: the pipeline and its checked schedule.
 *
 * <pre>{@code new ScheduledPipeline(file, pipeline, ScheduleReader.read(pipeline, problems))}</pre>
 *
 * @param file the pipeline file
 * @param pipeline the pipeline
 * @param schedule its schedule
 */
public record ScheduledPipeline(Path file, Pipeline pipeline, Schedule schedule) {

    /** The pipeline's name, which keys its fire log, history and processed inputs. */
    public String name() {
        return pipeline.name();
    }
}
