package io.sluice.csv;

import io.sluice.core.data.Axis;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.GridTable;
import io.sluice.core.data.Table;
import java.util.List;
import java.util.Map;

/** Small tables for the tests, built through the core's grid-to-table view. */
final class Tables {

    private Tables() {
    }

    /** Columns part, lat, tas: one row per latitude, tas = part + lat / 100. */
    static Table part(int part, double... lats) {
        double[] tas = new double[lats.length];
        for (int i = 0; i < lats.length; i++) {
            tas[i] = part + lats[i] / 100;
        }
        return GridTable.builder(List.of(Axis.of("lat", "degrees_north", lats)))
                .label("part", Integer.toString(part))
                .variable("tas", ColumnType.DOUBLE, tas, Map.of("units", "K"))
                .build();
    }

    /** Columns city, lat, tas (FLOAT) with the given values. */
    static Table cities(String city, double[] lats, double[] tas) {
        return GridTable.builder(List.of(Axis.of("lat", "degrees_north", lats)))
                .label("city", city)
                .variable("tas", ColumnType.FLOAT, tas, Map.of())
                .build();
    }
}
