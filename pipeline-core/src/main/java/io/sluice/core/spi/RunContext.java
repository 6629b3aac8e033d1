package io.sluice.core.spi;

import io.sluice.core.model.Pipeline;
import io.sluice.core.plan.SourceDescription;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a sink may want to know about the run it writes: the pipeline's name and a hash of its settings, when
 * the run started, and the source's description (global, variable and coordinate attributes, time units and
 * calendar), so that formats with metadata can carry it (CF {@code history}, NetCDF attributes).
 *
 * <pre>{@code
 * SinkSession s = sink.begin(RunContext.of(pipeline, source.describe(), List.of("season", "year")));
 * s.context().pipelineHash();   // "sha256:3f2a..."
 * }</pre>
 *
 * @param pipelineName the pipeline's name
 * @param pipelineHash {@code sha256:} and the hex SHA-256 of the pipeline's settings ({@link Pipeline#toMap()})
 * @param started when the run started, to the second
 * @param source what the source holds
 * @param labels the names of the labels every written table carries ({@code season}, {@code year}; only the
 *               grouping label when statistics are grouped)
 */
public record RunContext(String pipelineName, String pipelineHash, Instant started, SourceDescription source,
                         List<String> labels) {

    /** Copies the labels. */
    public RunContext {
        labels = List.copyOf(labels);
    }

    /** The context of a run of {@code pipeline} starting now, whose tables carry {@code labels}. */
    public static RunContext of(Pipeline pipeline, SourceDescription source, List<String> labels) {
        return new RunContext(pipeline.name(), hashOf(pipeline), Instant.now().truncatedTo(ChronoUnit.SECONDS),
                source, labels);
    }

    /** {@code sha256:<hex>} of the pipeline's settings as plain maps and lists. */
    public static String hashOf(Pipeline pipeline) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(pipeline.toMap().toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder("sha256:");
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
