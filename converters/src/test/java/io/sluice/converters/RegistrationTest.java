package io.sluice.converters;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.spi.Plugins;
import io.sluice.core.spi.SplitFactory;
import io.sluice.core.spi.StageFactory;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    @Test
    void everySplitAndStatisticIsFoundByItsTypeId() {
        assertThat(Plugins.installed().types(SplitFactory.class)).contains("season", "month", "year", "steps");
        assertThat(Plugins.installed().types(StageFactory.class)).contains("mean", "min", "max", "sum", "count",
                "std", "std1", "var", "var1", "weighted-mean");
        assertThat(Plugins.installed().types(StageFactory.class)).contains("select", "rename", "filter", "derive",
                "cast", "season", "exec");
    }
}
