package io.sluice.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridTableTest {
    private final Axis lat = Axis.of("lat", "degrees_north", new double[] {-45, 45});
    private final Axis lon = Axis.of("lon", "degrees_east", new double[] {0, 120, 240});

    @Test
    void aGridIsViewedAsOneRowPerCellInCOrder() {
        Table t = GridTable.builder(List.of(lat, lon)).label("season", "DJF").label("year", "1982")
                .variable("tas", ColumnType.FLOAT, new double[] {1, 2, 3, 4, Double.NaN, 6}, Map.of("units", "K"))
                .constant("count", ColumnType.LONG, "90").build();
        assertThat(t.columnNames()).containsExactly("season", "year", "lat", "lon", "tas", "count");
        assertThat(t.rowCount()).isEqualTo(6);
        Column latColumn = t.columns().get(2);
        Column lonColumn = t.columns().get(3);
        assertThat(new double[] {latColumn.doubleValue(0), latColumn.doubleValue(2), latColumn.doubleValue(3)})
                .containsExactly(-45, -45, 45);
        assertThat(new double[] {lonColumn.doubleValue(0), lonColumn.doubleValue(1), lonColumn.doubleValue(5)})
                .containsExactly(0, 120, 240);
        assertThat(t.columns().get(4).isNull(4)).isTrue();
        assertThat(t.columns().get(1).type()).isEqualTo(ColumnType.LONG);
        assertThat(t.columns().get(4).attributes()).containsEntry("units", "K");
    }

    @Test
    void labelsWithLeadingZerosStayTextAndLargeWholeNumbersStayExact() {
        Table t = GridTable.builder(List.of(lat)).label("month", "01").label("id", "12345678901234567").build();
        assertThat(t.columns().get(0).type()).isEqualTo(ColumnType.STRING);
        assertThat(t.columns().get(0).stringValue(0)).isEqualTo("01");
        assertThat(t.columns().get(1).longValue(0)).isEqualTo(12345678901234567L);
    }

    @Test
    void timeStepsRepeatOverCellsAndAnEmptyAxisGivesNoRows() {
        TimeAxis time = TimeAxis.of("time", "days since 2000-01-01", "noleap", new double[] {0, 1.5},
                new int[] {2000, 2000}, new int[] {1, 1}, new int[] {1, 2}, new int[] {0, 43200});
        Table t = GridTable.builder(List.of(lat)).time(time).build();
        assertThat(t.rowCount()).isEqualTo(4);
        assertThat(t.columns().get(0).stringValue(1)).isEqualTo("2000-01-01T00:00:00");
        assertThat(t.columns().get(0).stringValue(2)).isEqualTo("2000-01-02T12:00:00");
        assertThat(GridTable.builder(List.of(Axis.of("lat", "", new double[0]), lon)).build().rowCount()).isZero();
    }
}
