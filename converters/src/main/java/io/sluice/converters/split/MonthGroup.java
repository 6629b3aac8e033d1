package io.sluice.converters.split;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A named run of consecutive calendar months, possibly across the turn of the year, such as {@code DJF}
 * (December, January, February). The group's year is the year of its last month, so December 1981 belongs to
 * {@code DJF} 1982.
 *
 * @param name the group's name, such as {@code DJF} or {@code 01}
 * @param firstMonth first month, 1-12
 * @param length number of months, 1-12
 */
record MonthGroup(String name, int firstMonth, int length) implements Serializable {

    /** Initials of the months January to December. */
    static final String INITIALS = "JFMAMJJASOND";

    private static final String[] SHORT_NAMES =
            {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    MonthGroup {
        if (firstMonth < 1 || firstMonth > 12 || length < 1 || length > 12) {
            throw new IllegalArgumentException("bad month group " + name + ": " + firstMonth + "+" + length);
        }
    }

    /** The first months whose initials, in calendar order from there, spell {@code letters}. */
    static List<Integer> firstMonthsSpelling(String letters) {
        List<Integer> starts = new ArrayList<>();
        if (letters.isEmpty() || letters.length() > 12) {
            return starts;
        }
        for (int first = 1; first <= 12; first++) {
            boolean matches = true;
            for (int i = 0; i < letters.length() && matches; i++) {
                matches = letters.charAt(i) == INITIALS.charAt((first - 1 + i) % 12);
            }
            if (matches) {
                starts.add(first);
            }
        }
        return starts;
    }

    /** The short English name of a month 1-12, such as {@code Dec}. */
    static String monthName(int month) {
        return SHORT_NAMES[month - 1];
    }

    /** The last month, 1-12. */
    int lastMonth() {
        return (firstMonth - 1 + length - 1) % 12 + 1;
    }

    /** Whether {@code month} (1-12) is in this group. */
    boolean contains(int month) {
        return Math.floorMod(month - firstMonth, 12) < length;
    }

    /** Bit {@code m} set for every month {@code m} of the group. */
    int monthMask() {
        int mask = 0;
        for (int i = 0; i < length; i++) {
            mask |= 1 << ((firstMonth - 1 + i) % 12 + 1);
        }
        return mask;
    }

    /** The group's year for a step in {@code month} of {@code year}: the year of the group's last month. */
    int groupYear(int year, int month) {
        return month > lastMonth() ? year + 1 : year;
    }
}
