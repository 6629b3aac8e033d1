package io.sluice.core.data;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A coordinate axis of a grid, such as latitude: its name, units and one value per index.
 *
 * <pre>{@code Axis lat = Axis.of("lat", "degrees_north", new double[] {-45, 0, 45});}</pre>
 */
public final class Axis implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final String units;
    private final double[] values;

    private Axis(String name, String units, double[] values) {
        this.name = name;
        this.units = units == null ? "" : units;
        this.values = values.clone();
    }

    /** An axis with the given coordinate values (copied). */
    public static Axis of(String name, String units, double[] values) {
        return new Axis(name, units, values);
    }

    /** The axis (and dimension) name. */
    public String name() {
        return name;
    }

    /** The units attribute, or the empty string. */
    public String units() {
        return units;
    }

    /** Number of points. */
    public int size() {
        return values.length;
    }

    /** The coordinate value at {@code index}. */
    public double value(int index) {
        return values[index];
    }

    /** A copy of the coordinate values. */
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Axis a && name.equals(a.name) && units.equals(a.units) && Arrays.equals(values, a.values);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return name + "[" + values.length + "]";
    }
}
