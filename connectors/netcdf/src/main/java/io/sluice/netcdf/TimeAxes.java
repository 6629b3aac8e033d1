package io.sluice.netcdf;

import io.sluice.core.data.TimeAxis;
import java.util.List;

/**
 * Joins the time axes of several files (same name, units and calendar, in time order) into one, with bounds
 * when every file has them.
 *
 * <pre>{@code TimeAxis all = TimeAxes.join(List.of(axis1982, axis1983));}</pre>
 */
final class TimeAxes {
    private TimeAxes() {
    }

    static TimeAxis join(List<TimeAxis> axes) {
        int n = 0;
        boolean bounded = true;
        for (TimeAxis t : axes) {
            n += t.size();
            bounded &= t.hasBounds();
        }
        double[] values = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        int[] years = new int[n];
        int[] months = new int[n];
        int[] days = new int[n];
        int[] seconds = new int[n];
        int i = 0;
        for (TimeAxis t : axes) {
            for (int s = 0; s < t.size(); s++, i++) {
                values[i] = t.value(s);
                lower[i] = t.lowerBound(s);
                upper[i] = t.upperBound(s);
                years[i] = t.year(s);
                months[i] = t.month(s);
                days[i] = t.day(s);
                seconds[i] = t.secondOfDay(s);
            }
        }
        TimeAxis first = axes.get(0);
        TimeAxis joined = TimeAxis.of(first.name(), first.units(), first.calendar(), values, years, months, days,
                seconds);
        return bounded ? joined.withBounds(first.boundsName(), lower, upper) : joined;
    }
}
