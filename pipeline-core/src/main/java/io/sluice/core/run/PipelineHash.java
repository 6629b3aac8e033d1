package io.sluice.core.run;

import io.sluice.core.model.Pipeline;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SHA-256 of what decides a pipeline's output: its name, folder, source, split, stages and sink settings
 * (not its retries, which only decide how hard the run tries, nor the source's {@code max-errors}, which only
 * decides whether the bad records found fail the run: a run stopped by it can be resumed with another). A run
 * manifest records it; resuming under another hash is refused.
 *
 * <pre>{@code String hash = PipelineHash.of(pipeline);}</pre>
 */
final class PipelineHash {
    private PipelineHash() {
    }

    private static String sourceWithoutThreshold(Pipeline p) {
        Map<String, Object> source = new LinkedHashMap<>(p.source().toMap());
        source.remove("max-errors");
        return source.toString();
    }

    static String of(Pipeline p) {
        String text = String.join("\n", p.name(), p.baseDirectory().toString(), sourceWithoutThreshold(p),
                p.split().toMap().toString(), p.stages().stream().map(c -> c.toMap().toString()).toList().toString(),
                p.sink().toMap().toString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
