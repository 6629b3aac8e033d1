package io.sluice.csv;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import java.util.Map;

/**
 * The values of one column for one block of rows, parsed from field text straight into a primitive array:
 * {@code long[]} for INT, LONG, BOOLEAN, DATE and TIMESTAMP, {@code double[]} for FLOAT and DOUBLE (with a
 * {@code boolean[]} of missing rows), {@code String[]} for STRING. No object is made per value on the numeric path.
 *
 * <pre>{@code
 * ColumnFill t = ColumnFill.of("t", ColumnType.DOUBLE, 4096, time);
 * if (!t.add(row, "12.5")) fail("not a DOUBLE");
 * Column c = t.column();
 * }</pre>
 */
abstract class ColumnFill {
    final String name;
    final ColumnType type;

    private ColumnFill(String name, ColumnType type) {
        this.name = name;
        this.type = type;
    }

    /** An empty block of {@code capacity} rows of a column of {@code type}. */
    static ColumnFill of(String name, ColumnType type, int capacity, IsoTime time) {
        return switch (type) {
            case STRING -> new Text(name, capacity);
            case FLOAT, DOUBLE -> new Decimal(name, type, capacity);
            default -> new Whole(name, type, capacity, time);
        };
    }

    /** Sets {@code row} from its text; false (and the row unset) when the text is not a value of the type. */
    abstract boolean add(int row, String text);

    /** Marks {@code row} missing. */
    abstract void addNull(int row);

    /** Unsets {@code row}, whose record turned out bad, so that the next record can take it. */
    abstract void clear(int row);

    /** The column over the rows added so far. */
    abstract Column column();

    /** INT, LONG, BOOLEAN, DATE and TIMESTAMP in a {@code long[]}. */
    private static final class Whole extends ColumnFill {
        private final long[] values;
        private final boolean[] nulls;
        private final IsoTime time;
        private boolean anyNull;

        Whole(String name, ColumnType type, int capacity, IsoTime time) {
            super(name, type);
            this.values = new long[capacity];
            this.nulls = new boolean[capacity];
            this.time = time;
        }

        @Override
        boolean add(int row, String text) {
            long v;
            switch (type) {
                case BOOLEAN -> {
                    if (text.equalsIgnoreCase("true")) {
                        v = 1;
                    } else if (text.equalsIgnoreCase("false")) {
                        v = 0;
                    } else {
                        return false;
                    }
                }
                case DATE -> v = IsoTime.parseDate(text);
                case TIMESTAMP -> v = time.parseTimestamp(text);
                default -> {
                    v = NumberText.parseWhole(text);
                    if (v == NumberText.NOT_WHOLE && NumberText.isWhole(text, v)) {
                        values[row] = v;
                        return type == ColumnType.LONG;
                    }
                    if (type == ColumnType.INT && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
                        return false;
                    }
                }
            }
            if (v == Long.MIN_VALUE) {
                return false;
            }
            values[row] = v;
            return true;
        }

        @Override
        void addNull(int row) {
            nulls[row] = true;
            values[row] = 0;
            anyNull = true;
        }

        @Override
        void clear(int row) {
            nulls[row] = false;
            values[row] = 0;
        }

        @Override
        Column column() {
            return Column.ofLongs(name, type, values, anyNull ? Column.nullBits(nulls) : null, Map.of());
        }
    }

    /** FLOAT and DOUBLE in a {@code double[]}; a FLOAT is rounded once from its text. */
    private static final class Decimal extends ColumnFill {
        private final double[] values;
        private final boolean[] nulls;
        private boolean anyNull;

        Decimal(String name, ColumnType type, int capacity) {
            super(name, type);
            this.values = new double[capacity];
            this.nulls = new boolean[capacity];
        }

        @Override
        boolean add(int row, String text) {
            if (!NumberText.isDecimal(text)) {
                return false;
            }
            values[row] = type == ColumnType.FLOAT ? NumberText.parseFloat(text) : NumberText.parseDecimal(text);
            return true;
        }

        @Override
        void addNull(int row) {
            nulls[row] = true;
            values[row] = Double.NaN;
            anyNull = true;
        }

        @Override
        void clear(int row) {
            nulls[row] = false;
            values[row] = 0;
        }

        @Override
        Column column() {
            return Column.ofDoubles(name, type, values, anyNull ? Column.nullBits(nulls) : null, Map.of());
        }
    }

    /** STRING in a {@code String[]}. */
    private static final class Text extends ColumnFill {
        private final String[] values;

        Text(String name, int capacity) {
            super(name, ColumnType.STRING);
            this.values = new String[capacity];
        }

        @Override
        boolean add(int row, String text) {
            values[row] = text;
            return true;
        }

        @Override
        void addNull(int row) {
            values[row] = null;
        }

        @Override
        void clear(int row) {
            values[row] = null;
        }

        @Override
        Column column() {
            return Column.ofStrings(name, values, Map.of());
        }
    }
}
