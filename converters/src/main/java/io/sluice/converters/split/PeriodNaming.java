package io.sluice.converters.split;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the chunks of a calendar split are keyed and labelled, and the canonical order of the labels' values. */
enum PeriodNaming {
    /** Key {@code DJF-1982}; labels {@code season}, {@code year}. */
    SEASON("season") {
        @Override
        String key(MonthGroup group, int year) {
            return group.name() + "-" + year;
        }

        @Override
        Map<String, String> labels(MonthGroup group, int year) {
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("season", group.name());
            labels.put("year", Integer.toString(year));
            return labels;
        }

        @Override
        Map<String, List<String>> labelOrder(MonthGroups groups, List<String> years) {
            Map<String, List<String>> order = new LinkedHashMap<>();
            order.put("season", groups.names());
            order.put("year", years);
            return order;
        }
    },
    /** Key {@code 1982-01}; labels {@code year}, {@code month} (two digits). */
    MONTH("month") {
        @Override
        String key(MonthGroup group, int year) {
            return year + "-" + group.name();
        }

        @Override
        Map<String, String> labels(MonthGroup group, int year) {
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("year", Integer.toString(year));
            labels.put("month", group.name());
            return labels;
        }

        @Override
        Map<String, List<String>> labelOrder(MonthGroups groups, List<String> years) {
            Map<String, List<String>> order = new LinkedHashMap<>();
            order.put("year", years);
            order.put("month", groups.names());
            return order;
        }
    },
    /** Key {@code 1982}; label {@code year}. */
    YEAR("year") {
        @Override
        String key(MonthGroup group, int year) {
            return Integer.toString(year);
        }

        @Override
        Map<String, String> labels(MonthGroup group, int year) {
            return Map.of("year", Integer.toString(year));
        }

        @Override
        Map<String, List<String>> labelOrder(MonthGroups groups, List<String> years) {
            return Map.of("year", years);
        }
    };

    private final String period;

    PeriodNaming(String period) {
        this.period = period;
    }

    /** The kind of period in words, for notes: {@code season}. */
    String period() {
        return period;
    }

    /** The chunk key of a group in its group year. */
    abstract String key(MonthGroup group, int year);

    /** The chunk labels of a group in its group year, in a fixed order. */
    abstract Map<String, String> labels(MonthGroup group, int year);

    /** Each label's values in canonical order, given the years present in ascending order. */
    abstract Map<String, List<String>> labelOrder(MonthGroups groups, List<String> years);
}
