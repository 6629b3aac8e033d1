package io.sluice.converters.split;

import io.sluice.core.data.TimeAxis;
import io.sluice.core.plan.ChunkPlan;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.spi.Split;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts the time axis into calendar periods: a chunk is a maximal run of consecutive steps whose months fall in
 * the same month group of the same group year (the year of the group's last month). Steps in months of no
 * group are skipped. A chunk is complete when every month of its group has at least one step in it and, for
 * data finer than monthly, the data does not begin or end inside it: a chunk at the start of the axis must
 * begin within one step spacing of its first month's first day, and one at the end of the axis must reach
 * day {@code 29 - spacing} of its last month (28 for daily data: every calendar's shortest month). Incomplete
 * chunks are kept, or dropped with a note. Reads only the decoded dates of the time axis.
 */
final class PeriodSplit implements Split {
    private final MonthGroups groups;
    private final PeriodNaming naming;
    private final boolean dropIncomplete;

    PeriodSplit(MonthGroups groups, PeriodNaming naming, boolean dropIncomplete) {
        this.groups = groups;
        this.naming = naming;
        this.dropIncomplete = dropIncomplete;
    }

    @Override
    public ChunkPlan plan(SourceDescription description) {
        if (description.isTable()) {
            throw new IllegalArgumentException("a calendar split needs a grid source with a time axis; "
                    + description.origin() + " is a table, which is read in its own parts");
        }
        TimeAxis time = description.time();
        PlanBuilder plan = new PlanBuilder(description);
        TreeSet<Integer> years = new TreeSet<>();
        List<String> dropped = new ArrayList<>();
        int start = -1;
        int group = -1;
        int year = 0;
        int monthsSeen = 0;
        int skipped = 0;
        int n = time.size();
        int spacing = StepSpacing.days(time);
        for (int i = 0; i <= n; i++) {
            int g = i < n ? groups.indexOf(time.month(i)) : -1;
            int y = g < 0 ? 0 : groups.get(g).groupYear(time.year(i), time.month(i));
            if (start >= 0 && (g != group || y != year)) {
                MonthGroup period = groups.get(group);
                boolean complete = (monthsSeen & period.monthMask()) == period.monthMask()
                        && (spacing == 0 || coversEdges(time, start, i, spacing));
                String key = naming.key(period, year);
                if (complete || !dropIncomplete) {
                    plan.add(key, naming.labels(period, year), start, i, complete);
                    years.add(year);
                } else {
                    dropped.add(key + " (" + (i - start) + " steps)");
                }
                start = -1;
            }
            if (g < 0) {
                skipped += i < n ? 1 : 0;
                continue;
            }
            if (start < 0) {
                start = i;
                group = g;
                year = y;
                monthsSeen = 0;
            }
            monthsSeen |= 1 << time.month(i);
        }
        if (!dropped.isEmpty()) {
            plan.note("dropped " + dropped.size() + " incomplete " + naming.period()
                    + (dropped.size() == 1 ? "" : "s") + ": " + String.join(", ", dropped));
        }
        if (skipped > 0) {
            plan.note(skipped + " time steps in months outside every " + naming.period() + " ("
                    + String.join(", ", groups.uncoveredMonths()) + ") are not read");
        }
        return plan.build(naming.labelOrder(groups, years.stream().map(String::valueOf).toList()));
    }

    /** Whether steps {@code [start, end)} reach their period's edges where the axis begins or ends inside it. */
    private static boolean coversEdges(TimeAxis time, int start, int end, int spacing) {
        boolean first = start > 0 || time.day(start) <= spacing;
        boolean last = end < time.size() || time.day(end - 1) >= 29 - spacing;
        return first && last;
    }
}
