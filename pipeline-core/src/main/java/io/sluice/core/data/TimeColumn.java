package io.sluice.core.data;

import java.util.Map;

/** The time column of a flattened grid: ISO labels in the axis' calendar, computed once per step. */
final class TimeColumn implements Column {
    private final TimeAxis time;
    private final int cellsPerStep;
    private final String[] labels;

    TimeColumn(TimeAxis time, int cellsPerStep) {
        this.time = time;
        this.cellsPerStep = cellsPerStep;
        this.labels = new String[time.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = time.label(i);
        }
    }

    @Override
    public String name() {
        return time.name();
    }

    @Override
    public ColumnType type() {
        return ColumnType.STRING;
    }

    @Override
    public Map<String, String> attributes() {
        return Map.of("calendar", time.calendar());
    }

    @Override
    public boolean isNull(int row) {
        return false;
    }

    @Override
    public double doubleValue(int row) {
        return time.value(row / cellsPerStep);
    }

    @Override
    public String stringValue(int row) {
        return labels[row / cellsPerStep];
    }
}
