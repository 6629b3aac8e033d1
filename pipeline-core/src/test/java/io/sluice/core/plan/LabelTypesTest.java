package io.sluice.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelTypesTest {

    @Test
    void aLabelIsTypedAlikeInEveryChunkFromAllItsValuesInThePlan() {
        // month labels 01..09 alone would read as text and 10..12 as numbers: one part would not match another
        ChunkPlan plan = ChunkPlan.of(List.of(), Map.of("month", List.of("01", "09", "10", "12"),
                "year", List.of("1981", "1982"), "season", List.of("DJF")), List.of());
        assertThat(plan.labelTypes()).containsEntry("month", ColumnType.STRING)
                .containsEntry("year", ColumnType.LONG).containsEntry("season", ColumnType.STRING);

        Table october = Table.of(1, List.of()).withLabels(Map.of("month", "10"), plan.labelTypes());
        assertThat(october.columns().get(0).type()).isEqualTo(ColumnType.STRING);
        assertThat(october.columns().get(0).stringValue(0)).isEqualTo("10");
        Table year = Table.of(1, List.of()).withLabels(Map.of("year", "1982"), plan.labelTypes());
        assertThat(year.columns().get(0).longValue(0)).isEqualTo(1982);
    }
}
