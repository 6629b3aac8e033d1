package io.sluice.netcdf;

import io.sluice.core.data.TimeAxis;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seasonal means per cell, computed in the simplest way for comparison with CDO's {@code seasmean}: DJF, MAM,
 * JJA, SON, December counted in the next year's DJF, sums in double in time order, NaN values skipped.
 */
final class SeasonalMeans {
    /** Sums and counts of one season-year for every cell. */
    static final class Season {
        int steps;
        final double[] sum;
        final int[] valid;

        Season(int cells) {
            sum = new double[cells];
            valid = new int[cells];
        }

        double mean(int cell) {
            return valid[cell] == 0 ? Double.NaN : sum[cell] / valid[cell];
        }
    }

    private SeasonalMeans() {
    }

    /** Season-years keyed like {@code DJF-1982}, from all the values of one variable (time first, C order). */
    static Map<String, Season> of(TimeAxis time, double[] values, int cells) {
        Map<String, Season> out = new LinkedHashMap<>();
        for (int t = 0; t < time.size(); t++) {
            int m = time.month(t);
            String season = m == 12 || m <= 2 ? "DJF" : m <= 5 ? "MAM" : m <= 8 ? "JJA" : "SON";
            Season s = out.computeIfAbsent(season + "-" + (m == 12 ? time.year(t) + 1 : time.year(t)),
                    k -> new Season(cells));
            s.steps++;
            for (int c = 0; c < cells; c++) {
                double v = values[t * cells + c];
                if (!Double.isNaN(v)) {
                    s.sum[c] += v;
                    s.valid[c]++;
                }
            }
        }
        return out;
    }
}
