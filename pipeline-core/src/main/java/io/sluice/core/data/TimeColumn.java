package io.sluice.core.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The time column of a flattened grid: TIMESTAMP when the axis' dates are on the proleptic Gregorian time line
 * (microseconds since the epoch through {@link #longValue(int)}), otherwise STRING; either way its text is the
 * ISO label in the axis' calendar ({@code 2001-02-30} exists in 360_day), computed once per step.
 */
final class TimeColumn implements Column {
    private final TimeAxis time;
    private final int cellsPerStep;
    private final String[] labels;
    private final long[] micros;

    TimeColumn(TimeAxis time, int cellsPerStep) {
        this.time = time;
        this.cellsPerStep = cellsPerStep;
        this.labels = new String[time.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = time.label(i);
        }
        this.micros = new long[time.hasInstants() ? time.size() : 0];
        for (int i = 0; i < micros.length; i++) {
            micros[i] = time.micros(i);
        }
    }

    @Override
    public String name() {
        return time.name();
    }

    @Override
    public ColumnType type() {
        return time.hasInstants() ? ColumnType.TIMESTAMP : ColumnType.STRING;
    }

    @Override
    public Map<String, String> attributes() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("calendar", time.calendar());
        if (!time.units().isEmpty()) {
            out.put("units", time.units());
        }
        return Collections.unmodifiableMap(out);
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
    public long longValue(int row) {
        return micros.length == 0 ? (long) doubleValue(row) : micros[row / cellsPerStep];
    }

    @Override
    public String stringValue(int row) {
        return labels[row / cellsPerStep];
    }
}
