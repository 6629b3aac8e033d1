package io.sluice.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.config.Config;
import io.sluice.core.model.Pipeline;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pipelines and chunk plans are plain data that another process can receive and act on. */
class SerialisationTest {

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void aChunkPlanSurvivesTheTripToAnotherWorker() throws Exception {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("season", "DJF");
        labels.put("year", "1982");
        ChunkPlan plan = ChunkPlan.of(List.of(Chunk.of(0, "DJF-1982", labels, IndexRange.of("time", 334, 424),
                true, 3_400_000)), Map.of("season", List.of("DJF", "MAM", "JJA", "SON")), List.of("a note"));
        ChunkPlan copy = roundTrip(plan);
        assertThat(copy).isEqualTo(plan);
        assertThat(copy.chunks().get(0).labels().keySet()).containsExactly("season", "year");
        assertThat(copy.chunks().get(0).describe()).isEqualTo("chunk DJF-1982 (time 334..423)");
    }

    @Test
    void aPipelineSurvivesTheTripWithItsSettings() throws Exception {
        Pipeline p = Pipeline.builder("p").baseDirectory(Path.of("/data"))
                .source(Config.ofType("netcdf").with("path", "tas.nc").with("variables", List.of("tas")))
                .split(Config.ofType("season")).stage(Config.ofType("mean").with("over", "time"))
                .sink(Config.ofType("csv").with("path", "out.csv")).build();
        Pipeline copy = roundTrip(p);
        assertThat(copy).isEqualTo(p);
        assertThat(copy.toMap()).isEqualTo(p.toMap());
        assertThat(copy.baseDirectory()).isEqualTo(Path.of("/data"));
    }
}
