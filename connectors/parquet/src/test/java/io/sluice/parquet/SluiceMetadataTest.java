package io.sluice.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SluiceMetadataTest {

    @Test
    void attributesAreMatchedToTheLongestColumnNameThatFits() {
        Map<String, String> kv = Map.of("sluice.column.a.units", "m", "sluice.column.a.b.units", "K",
                "sluice.column.a.b.long_name", "air", "sluice.metadata", "{}", "other", "x");
        assertThat(SluiceMetadata.attributes(kv, List.of("a", "a.b"))).isEqualTo(Map.of(
                "a", Map.of("units", "m"), "a.b", Map.of("units", "K", "long_name", "air")));
    }

    @Test
    void keysOfColumnsNotReadAreIgnored() {
        assertThat(SluiceMetadata.attributes(Map.of("sluice.column.gone.units", "K"), List.of("tas"))).isEmpty();
        assertThat(SluiceMetadata.isOwn("sluice.column.tas.units")).isTrue();
        assertThat(SluiceMetadata.isOwn("writer.model.name")).isFalse();
    }
}
