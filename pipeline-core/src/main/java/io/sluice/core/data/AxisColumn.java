package io.sluice.core.data;

import java.util.Map;

/** A coordinate column of a flattened grid, repeating each axis value over the faster axes. */
final class AxisColumn implements Column {
    private final Axis axis;
    private final int repeat;

    AxisColumn(Axis axis, int repeat) {
        this.axis = axis;
        this.repeat = repeat;
    }

    @Override
    public String name() {
        return axis.name();
    }

    @Override
    public Axis axis() {
        return axis;
    }

    @Override
    public ColumnType type() {
        return ColumnType.DOUBLE;
    }

    @Override
    public Map<String, String> attributes() {
        return axis.units().isEmpty() ? Map.of() : Map.of("units", axis.units());
    }

    @Override
    public boolean isNull(int row) {
        return false;
    }

    @Override
    public double doubleValue(int row) {
        return axis.value(row / repeat % axis.size());
    }

    @Override
    public String stringValue(int row) {
        return String.valueOf(doubleValue(row));
    }
}
