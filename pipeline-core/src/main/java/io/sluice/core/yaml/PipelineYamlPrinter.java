package io.sluice.core.yaml;

import io.sluice.core.model.Pipeline;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes a {@link Pipeline} as the YAML text that {@link PipelineYaml} reads back into an equal pipeline, so
 * that a pipeline built in code (such as by {@code sluice convert}) can be saved, edited and run as a file.
 * Paths are written as they are held; relative ones resolve against the folder the file is read from.
 *
 * <pre>{@code
 * String yaml = PipelineYamlPrinter.print(pipeline);
 * PipelineYaml.parse(yaml, "p.yaml", pipeline.baseDirectory(), problems).equals(pipeline)   // true
 * }</pre>
 */
public final class PipelineYamlPrinter {
    private PipelineYamlPrinter() {
    }

    /** The pipeline as YAML: keys pipeline, source, split, stages, sink; short mappings on one line. */
    public static String print(Pipeline pipeline) {
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.AUTO).setWidth(120)
                .setSplitLines(false).build();
        return new Dump(settings).dumpToString(pipeline.toMap());
    }
}
