package io.sluice.netcdf.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GridSchemaTest {
    private static final Table ROWS = Table.of(2, List.of(
            Column.ofStrings("season", new String[] {"DJF", "DJF"}, Map.of()),
            Column.ofLongs("year", ColumnType.LONG, new long[] {1982, 1982}, null, Map.of()),
            Column.ofDoubles("longitude", new double[] {0, 45}, null, Map.of("units", "degrees_east")),
            Column.ofDoubles("latitude", new double[] {10, 10}, null, Map.of()),
            Column.ofLongs("time", ColumnType.DATE, new long[] {0, 0}, null, Map.of()),
            Column.ofFloats("tas", new float[] {280f, 281f}, null, Map.of("units", "K")),
            Column.ofInts("count", ColumnType.INT, new int[] {3, 3}, null, Map.of())));

    @Test
    void timeLatitudeAndLongitudeAreFoundInCfOrderAndNumbersBecomeVariables() {
        GridSchema s = GridSchema.of(ROWS, List.of(), List.of(), Set.of());
        assertThat(s.dimensionNames()).containsExactly("time", "latitude", "longitude");
        assertThat(s.variables()).extracting(OutputVariable::name).containsExactly("tas", "count");
        assertThat(s.dimensions().get(0).attributes()).containsEntry("units", "days since 1970-01-01")
                .containsEntry("calendar", "proleptic_gregorian");
        assertThat(s.dimensions().get(2).attributes()).containsEntry("standard_name", "longitude");
    }

    @Test
    void namedDimensionsAndVariablesAreTakenAsGiven() {
        GridSchema s = GridSchema.of(ROWS, List.of("time", "longitude"), List.of("tas"), Set.of());
        assertThat(s.dimensionNames()).containsExactly("time", "longitude");
        assertThat(s.variables()).extracting(OutputVariable::name).containsExactly("tas");
    }

    @Test
    void aMisspelledDimensionIsNamedWithTheColumns() {
        assertThatThrownBy(() -> GridSchema.of(ROWS, List.of("tme"), List.of(), Set.of()))
                .hasMessage("dimensions: 'tme' is not a column; columns: [season, year, longitude, latitude, time,"
                        + " tas, count]");
        assertThatThrownBy(() -> GridSchema.of(ROWS, List.of("time"), List.of("season"), Set.of()))
                .hasMessageStartingWith("variables: 'season' is STRING, not a number");
    }

    @Test
    void textTimesWithoutUnitsCannotBeEncoded() {
        Table t = Table.of(1, List.of(Column.ofStrings("time", new String[] {"2000-02-30"},
                Map.of("calendar", "360_day")), Column.ofDoubles("x", new double[] {1}, null, Map.of())));
        assertThatThrownBy(() -> GridSchema.of(t, List.of(), List.of(), Set.of()))
                .hasMessageStartingWith("column 'time' holds times as text (calendar 360_day) but has no 'units'");
    }
}
