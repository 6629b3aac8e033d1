package io.sluice.core.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A block of consecutive time steps of gridded variables: for each variable a dense {@code double[]} in
 * C order over (time, space axes...), with missing values as NaN and packed values already unpacked.
 *
 * <pre>{@code
 * GridBatch b = GridBatch.of(time, List.of(lat, lon), Map.of("tas", values));
 * double v = b.values("tas")[step * b.cellsPerStep() + cell];
 * }</pre>
 */
public final class GridBatch implements Batch {
    private final TimeAxis time;
    private final List<Axis> space;
    private final Map<String, double[]> values;
    private final int cellsPerStep;

    private GridBatch(TimeAxis time, List<Axis> space, Map<String, double[]> values) {
        this.time = time;
        this.space = List.copyOf(space);
        int cells = 1;
        for (Axis a : space) {
            cells = Math.multiplyExact(cells, a.size());
        }
        this.cellsPerStep = cells;
        long expected = (long) cells * time.size();
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            if (e.getValue().length != expected) {
                throw new IllegalArgumentException("variable " + e.getKey() + " has " + e.getValue().length
                        + " values; expected " + expected);
            }
        }
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A batch; the value arrays are shared, not copied. */
    public static GridBatch of(TimeAxis time, List<Axis> space, Map<String, double[]> values) {
        return new GridBatch(time, space, values);
    }

    /** The time steps of this batch. */
    public TimeAxis time() {
        return time;
    }

    /** The spatial axes, slowest varying first. */
    public List<Axis> space() {
        return space;
    }

    /** Number of grid cells in one time step. */
    public int cellsPerStep() {
        return cellsPerStep;
    }

    /** Number of time steps. */
    public int steps() {
        return time.size();
    }

    /** Variable names in source order. */
    public List<String> variables() {
        return List.copyOf(values.keySet());
    }

    /** The values of one variable, C order over (time, space...). */
    public double[] values(String variable) {
        double[] v = values.get(variable);
        if (v == null) {
            throw new IllegalArgumentException("no variable " + variable + " in batch; have " + values.keySet());
        }
        return v;
    }
}
