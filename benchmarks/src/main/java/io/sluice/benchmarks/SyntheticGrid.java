package io.sluice.benchmarks;

import io.sluice.core.data.Axis;
import io.sluice.core.data.TimeAxis;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic daily grid for benchmarks that need data in memory: the 2.5 degree 73 x 144 grid of the
 * D3 dataset, a time axis of daily steps from 1981-01-01 and values with a given share of NaN (missing).
 *
 * <pre>{@code
 * SyntheticGrid g = SyntheticGrid.of(73, 144, 90);
 * double[] tas = g.values(280, 3, 0.0);        // 90 steps x 10,512 cells, no missing value
 * double[] pr = g.values(2e-5, 1e-5, 0.02);    // 2 % NaN
 * }</pre>
 */
public final class SyntheticGrid {
    private static final long SEED = 42;
    private final Axis lat;
    private final Axis lon;
    private final int steps;
    private final SplittableRandom random = new SplittableRandom(SEED);

    private SyntheticGrid(int nlat, int nlon, int steps) {
        double[] lats = new double[nlat];
        for (int i = 0; i < nlat; i++) {
            lats[i] = -90 + i * 180.0 / (nlat - 1);
        }
        double[] lons = new double[nlon];
        for (int j = 0; j < nlon; j++) {
            lons[j] = j * 360.0 / nlon;
        }
        this.lat = Axis.of("lat", "degrees_north", lats);
        this.lon = Axis.of("lon", "degrees_east", lons);
        this.steps = steps;
    }

    /** A grid of {@code nlat} x {@code nlon} cells (at least 2 x 1) over {@code steps} daily steps. */
    public static SyntheticGrid of(int nlat, int nlon, int steps) {
        if (nlat < 2 || nlon < 1 || steps < 1) {
            throw new IllegalArgumentException("a grid needs at least 2 x 1 cells and 1 step; got " + nlat + " x "
                    + nlon + " x " + steps);
        }
        return new SyntheticGrid(nlat, nlon, steps);
    }

    /** The spatial axes, latitude first. */
    public List<Axis> space() {
        return List.of(lat, lon);
    }

    /** Cells per time step. */
    public int cells() {
        return lat.size() * lon.size();
    }

    /** Number of time steps. */
    public int steps() {
        return steps;
    }

    /** Daily steps at noon from 1981-01-01, in days since 1850-01-01, standard calendar. */
    public TimeAxis time() {
        double[] raw = new double[steps];
        int[] years = new int[steps];
        int[] months = new int[steps];
        int[] days = new int[steps];
        int[] seconds = new int[steps];
        LocalDate first = LocalDate.of(1981, 1, 1);
        long epoch = LocalDate.of(1850, 1, 1).toEpochDay();
        for (int s = 0; s < steps; s++) {
            LocalDate d = first.plusDays(s);
            raw[s] = d.toEpochDay() - epoch + 0.5;
            years[s] = d.getYear();
            months[s] = d.getMonthValue();
            days[s] = d.getDayOfMonth();
            seconds[s] = 43_200;
        }
        return TimeAxis.of("time", "days since 1850-01-01", "standard", raw, years, months, days, seconds);
    }

    /** {@code steps x cells} values {@code mean + spread * (u - 0.5)}, a {@code missing} share of them NaN. */
    public double[] values(double mean, double spread, double missing) {
        double[] v = new double[steps * cells()];
        for (int i = 0; i < v.length; i++) {
            double x = mean + spread * (random.nextDouble() - 0.5);
            v[i] = random.nextDouble() < missing ? Double.NaN : x;
        }
        return v;
    }
}
