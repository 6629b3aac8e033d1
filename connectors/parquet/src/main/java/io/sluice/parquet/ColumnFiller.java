package io.sluice.parquet;

import io.sluice.core.data.Column;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * Reads the next values of one flat column into a primitive array and wraps it as a {@link Column}: no object per
 * value, except one String per distinct text of a dictionary page (the dictionary's entries are decoded once) and
 * per text of a plain page.
 */
final class ColumnFiller {
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;
    private static final long MICROS_PER_DAY = 86_400_000_000L;
    private static final double[] POWERS_OF_TEN = new double[23];
    private static final int MAX_CACHED_TEXTS = 4096;

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private final SourceColumn column;
    private final Map<String, String> attributes;
    private final Map<Binary, String> texts = new IdentityHashMap<>();
    private ColumnReader reader;
    private int maxDefinition;

    ColumnFiller(SourceColumn column, Map<String, String> attributes) {
        this.column = column;
        this.attributes = Map.copyOf(attributes);
    }

    /** Starts reading from a new row group's reader of this column. */
    void start(ColumnReader columnReader) {
        this.reader = columnReader;
        this.maxDefinition = columnReader.getDescriptor().getMaxDefinitionLevel();
        texts.clear();
    }

    /** The next {@code n} values. */
    Column next(int n) {
        BitSet nulls = new BitSet();
        String name = column.name();
        ColumnReader r = reader;
        switch (column.kind()) {
            case BOOLEAN -> {
                boolean[] v = new boolean[n];
                for (int i = 0; i < n; i++, r.consume()) {
                    if (r.getCurrentDefinitionLevel() == maxDefinition) {
                        v[i] = r.getBoolean();
                    } else {
                        nulls.set(i);
                    }
                }
                return Column.ofBooleans(name, v, nulls, attributes);
            }
            case INT32, DATE -> {
                int[] v = new int[n];
                for (int i = 0; i < n; i++, r.consume()) {
                    if (r.getCurrentDefinitionLevel() == maxDefinition) {
                        v[i] = r.getInteger();
                    } else {
                        nulls.set(i);
                    }
                }
                return Column.ofInts(name, column.type(), v, nulls, attributes);
            }
            case FLOAT -> {
                float[] v = new float[n];
                for (int i = 0; i < n; i++, r.consume()) {
                    if (r.getCurrentDefinitionLevel() == maxDefinition) {
                        v[i] = r.getFloat();
                    } else {
                        nulls.set(i);
                    }
                }
                return Column.ofFloats(name, v, nulls, attributes);
            }
            case DOUBLE -> {
                double[] v = new double[n];
                for (int i = 0; i < n; i++, r.consume()) {
                    if (r.getCurrentDefinitionLevel() == maxDefinition) {
                        v[i] = r.getDouble();
                    } else {
                        nulls.set(i);
                    }
                }
                return Column.ofDoubles(name, v, nulls, attributes);
            }
            case STRING, DECIMAL_STRING -> {
                String[] v = new String[n];
                for (int i = 0; i < n; i++, r.consume()) {
                    if (r.getCurrentDefinitionLevel() == maxDefinition) {
                        v[i] = column.kind() == ReadKind.STRING ? text(r.getBinary()) : decimal().toPlainString();
                    }
                }
                return Column.ofStrings(name, v, attributes);
            }
            case DECIMAL_DOUBLE -> {
                double[] v = new double[n];
                for (int i = 0; i < n; i++, r.consume()) {
                    if (r.getCurrentDefinitionLevel() == maxDefinition) {
                        v[i] = decimalAsDouble();
                    } else {
                        nulls.set(i);
                    }
                }
                return Column.ofDoubles(name, v, nulls, attributes);
            }
            default -> {
                long[] v = new long[n];
                for (int i = 0; i < n; i++, r.consume()) {
                    if (r.getCurrentDefinitionLevel() == maxDefinition) {
                        v[i] = whole();
                    } else {
                        nulls.set(i);
                    }
                }
                return Column.ofLongs(name, column.type(), v, nulls, attributes);
            }
        }
    }

    /** The current value of a column read as {@code long[]}: INT64, UINT32 and the timestamps in microseconds. */
    private long whole() {
        return switch (column.kind()) {
            case UINT32 -> Integer.toUnsignedLong(reader.getInteger());
            case TIMESTAMP_MILLIS -> Math.multiplyExact(reader.getLong(), 1000L);
            case TIMESTAMP_NANOS -> Math.floorDiv(reader.getLong(), 1000L);
            case INT96_TIMESTAMP -> int96Micros(reader.getBinary());
            default -> reader.getLong();
        };
    }

    private static long int96Micros(Binary value) {
        ByteBuffer b = value.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        long nanosOfDay = b.getLong(b.position());
        long julianDay = Integer.toUnsignedLong(b.getInt(b.position() + 8));
        return (julianDay - JULIAN_DAY_OF_EPOCH) * MICROS_PER_DAY + Math.floorDiv(nanosOfDay, 1000L);
    }

    private String text(Binary value) {
        String s = texts.get(value);
        if (s == null) {
            if (texts.size() >= MAX_CACHED_TEXTS) {
                texts.clear();
            }
            s = value.toStringUsingUTF8();
            texts.put(value, s);
        }
        return s;
    }

    /** A decimal's nearest double: one correctly rounded division when both parts are exact doubles. */
    private double decimalAsDouble() {
        int scale = column.scale();
        PrimitiveTypeName physical = column.physical();
        boolean whole = physical == PrimitiveTypeName.INT32 || physical == PrimitiveTypeName.INT64;
        if (scale < POWERS_OF_TEN.length && whole) {
            long unscaled = physical == PrimitiveTypeName.INT32 ? reader.getInteger() : reader.getLong();
            if (Math.abs(unscaled) < 1L << 53) {
                return unscaled / POWERS_OF_TEN[scale];
            }
        }
        return decimal().doubleValue();
    }

    private BigDecimal decimal() {
        PrimitiveTypeName physical = column.physical();
        if (physical == PrimitiveTypeName.INT32) {
            return BigDecimal.valueOf(reader.getInteger(), column.scale());
        }
        if (physical == PrimitiveTypeName.INT64) {
            return BigDecimal.valueOf(reader.getLong(), column.scale());
        }
        return new BigDecimal(new BigInteger(reader.getBinary().getBytes()), column.scale());
    }
}
