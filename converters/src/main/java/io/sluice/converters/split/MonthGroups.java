package io.sluice.converters.split;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Non-overlapping groups of months in a fixed order, with a lookup from month to group. Seasons, calendar
 * months and calendar years are all month groups; they differ only in how their chunks are named.
 */
final class MonthGroups implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<MonthGroup> groups;
    private final int[] groupOfMonth = new int[13];

    private MonthGroups(List<MonthGroup> groups) {
        this.groups = List.copyOf(groups);
        Arrays.fill(groupOfMonth, -1);
        for (int g = 0; g < groups.size(); g++) {
            for (int month = 1; month <= 12; month++) {
                if (groups.get(g).contains(month)) {
                    if (groupOfMonth[month] >= 0) {
                        throw new IllegalArgumentException("month " + MonthGroup.monthName(month) + " is in "
                                + groups.get(groupOfMonth[month]).name() + " and " + groups.get(g).name());
                    }
                    groupOfMonth[month] = g;
                }
            }
        }
    }

    /** Groups that must not overlap. */
    static MonthGroups of(List<MonthGroup> groups) {
        return new MonthGroups(groups);
    }

    /** Twelve one-month groups named {@code 01} to {@code 12}. */
    static MonthGroups calendarMonths() {
        List<MonthGroup> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new MonthGroup(String.format("%02d", m), m, 1));
        }
        return new MonthGroups(months);
    }

    /** One group of all twelve months, January to December. */
    static MonthGroups calendarYears() {
        return new MonthGroups(List.of(new MonthGroup("year", 1, 12)));
    }

    /** The index of the group holding {@code month} (1-12), or -1 when no group holds it. */
    int indexOf(int month) {
        return groupOfMonth[month];
    }

    /** The group at {@code index}. */
    MonthGroup get(int index) {
        return groups.get(index);
    }

    /** The group names in order. */
    List<String> names() {
        return groups.stream().map(MonthGroup::name).toList();
    }

    /** Short names of the months that no group holds, such as {@code [Oct, Nov]}. */
    List<String> uncoveredMonths() {
        List<String> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            if (groupOfMonth[m] < 0) {
                out.add(MonthGroup.monthName(m));
            }
        }
        return out;
    }
}
