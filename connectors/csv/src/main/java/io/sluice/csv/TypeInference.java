package io.sluice.csv;

import io.sluice.core.data.ColumnType;

/**
 * Guesses column types from a sample of rows: each column keeps the narrowest type every non-missing value of
 * the sample fits, in the order BOOLEAN ({@code true}/{@code false}, any case), LONG, DOUBLE, DATE
 * ({@code yyyy-MM-dd}), TIMESTAMP (ISO-8601, dates alone allowed), else STRING. Whole numbers are guessed LONG,
 * never INT, so that a larger value after the sample still fits (INT is for declared types). Whole numbers
 * written with a leading zero ({@code 007}) are codes and make the column STRING. A column with no value in
 * the sample is STRING.
 *
 * <pre>{@code
 * TypeInference guess = new TypeInference(2, time);
 * guess.add(0, "12"); guess.add(1, "2001-02-03");
 * guess.type(0);   // LONG
 * }</pre>
 */
final class TypeInference {
    private static final int BOOLEAN = 1;
    private static final int LONG = 4;
    private static final int DOUBLE = 8;
    private static final int DATE = 16;
    private static final int TIMESTAMP = 32;
    private static final int ALL = BOOLEAN | LONG | DOUBLE | DATE | TIMESTAMP;

    private final int[] possible;
    private final boolean[] seen;
    private final IsoTime time;

    TypeInference(int columns, IsoTime time) {
        this.possible = new int[columns];
        this.seen = new boolean[columns];
        this.time = time;
        java.util.Arrays.fill(possible, ALL);
    }

    /** Narrows column {@code column} by one non-missing value. */
    void add(int column, String text) {
        int p = possible[column];
        if (p == 0) {
            return;
        }
        seen[column] = true;
        if ((p & BOOLEAN) != 0 && !text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            p &= ~BOOLEAN;
        }
        if ((p & LONG) != 0) {
            long v = NumberText.parseWhole(text);
            if (!NumberText.isWhole(text, v) || NumberText.hasLeadingZero(text)) {
                p &= ~LONG;
                if (NumberText.hasLeadingZero(text)) {
                    p &= ~DOUBLE;
                }
            }
        }
        if ((p & DOUBLE) != 0 && !NumberText.isDecimal(text)) {
            p &= ~DOUBLE;
        }
        if ((p & DATE) != 0 && IsoTime.parseDate(text) == IsoTime.INVALID) {
            p &= ~DATE;
        }
        if ((p & TIMESTAMP) != 0 && time.parseTimestamp(text) == IsoTime.INVALID) {
            p &= ~TIMESTAMP;
        }
        possible[column] = p;
    }

    /** The guessed type of {@code column}. */
    ColumnType type(int column) {
        int p = possible[column];
        if (!seen[column] || p == 0) {
            return ColumnType.STRING;
        }
        if ((p & BOOLEAN) != 0) {
            return ColumnType.BOOLEAN;
        }
        if ((p & LONG) != 0) {
            return ColumnType.LONG;
        }
        if ((p & DOUBLE) != 0) {
            return ColumnType.DOUBLE;
        }
        return (p & DATE) != 0 ? ColumnType.DATE : ColumnType.TIMESTAMP;
    }
}
