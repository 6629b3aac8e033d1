package io.sluice.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.config.Config;
import io.sluice.core.model.Pipeline;
import org.junit.jupiter.api.Test;

class RunContextTest {
    private static Pipeline pipeline(String sinkPath) {
        return Pipeline.builder("p").source(Config.ofType("netcdf").with("path", "a.nc"))
                .split(Config.ofType("season")).sink(Config.ofType("netcdf").with("path", sinkPath)).build();
    }

    @Test
    void theHashIsTheSha256OfThePipelinesSettingsAndChangesWithThem() {
        String hash = RunContext.hashOf(pipeline("out.nc"));
        assertThat(hash).matches("sha256:[0-9a-f]{64}");
        assertThat(RunContext.hashOf(pipeline("out.nc"))).isEqualTo(hash);
        assertThat(RunContext.hashOf(pipeline("other.nc"))).isNotEqualTo(hash);
    }
}
