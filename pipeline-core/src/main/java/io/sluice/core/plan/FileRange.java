package io.sluice.core.plan;

/**
 * A part of one file of a table source: bytes {@code [start, end)} of a text file (a reader starting inside a
 * record skips to the next record boundary, and the record that straddles {@code end} belongs to this range), or
 * row groups {@code [start, end)} of a columnar file.
 *
 * <pre>{@code
 * FileRange.bytes("data/obs.csv", 0, 64 << 20).describe()      // "obs.csv bytes 0..67108863"
 * FileRange.rowGroups("year=2001/part-0.parquet", 0, 4)         // row groups 0..3
 * }</pre>
 *
 * @param file the file, as a path every worker can open
 * @param unit what {@code start} and {@code end} count
 * @param start first unit, inclusive
 * @param end last unit, exclusive
 */
public record FileRange(String file, Unit unit, long start, long end) implements Slice {

    /** What a range counts. */
    public enum Unit {
        /** Bytes of a text file. */
        BYTES,
        /** Row groups of a columnar file. */
        ROW_GROUPS
    }

    /** Validates the range. */
    public FileRange {
        if (file == null || unit == null || start < 0 || end < start) {
            throw new IllegalArgumentException("bad file range " + file + " " + unit + " " + start + ".." + end);
        }
    }

    /** Bytes {@code [start, end)} of a text file. */
    public static FileRange bytes(String file, long start, long end) {
        return new FileRange(file, Unit.BYTES, start, end);
    }

    /** Row groups {@code [start, end)} of a columnar file. */
    public static FileRange rowGroups(String file, long start, long end) {
        return new FileRange(file, Unit.ROW_GROUPS, start, end);
    }

    @Override
    public String describe() {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        String name = file.substring(slash + 1);
        String what = unit == Unit.BYTES ? "bytes" : "row groups";
        return name + " " + what + " " + start + ".." + (end - 1);
    }
}
