package io.sluice.converters.split;

import io.sluice.core.data.TimeAxis;
import java.util.Arrays;

/**
 * The typical distance in days between consecutive time steps of the same month, which tells whether the data
 * is finer than monthly and, if so, how close to a month's edges the first and last steps must be for the
 * month to count as covered. Monthly or coarser data has spacing 0.
 *
 * <pre>{@code StepSpacing.days(dailyAxis)   // 1}</pre>
 */
final class StepSpacing {
    private StepSpacing() {
    }

    /** The median positive day gap within months, 1 for several steps a day, 0 for monthly or coarser data. */
    static int days(TimeAxis time) {
        int n = time.size();
        int[] gaps = new int[Math.max(0, n - 1)];
        int count = 0;
        boolean sameMonthPairs = false;
        for (int i = 1; i < n; i++) {
            if (time.year(i) == time.year(i - 1) && time.month(i) == time.month(i - 1)) {
                sameMonthPairs = true;
                int gap = time.day(i) - time.day(i - 1);
                if (gap > 0) {
                    gaps[count++] = gap;
                }
            }
        }
        if (!sameMonthPairs) {
            return 0;
        }
        if (count == 0) {
            return 1;
        }
        Arrays.sort(gaps, 0, count);
        return gaps[count / 2];
    }
}
