package io.sluice.netcdf.sink;

import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnType;
import io.sluice.netcdf.CfTimeEncoding;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A column of a tidy table that becomes a dimension of the grid, with how its values become coordinates:
 * numbers as doubles; a time column (TIMESTAMP, DATE, or STRING dates of another calendar) as CF time values in
 * {@code encoding}'s units and calendar.
 *
 * <pre>{@code double t = dimension.coordinate(table.column("time"), row);}</pre>
 *
 * @param name the column (and dimension) name
 * @param type the column's type
 * @param encoding the CF time encoding of a time column, else null
 * @param attributes the attributes the coordinate variable is written with
 */
record GridDimension(String name, ColumnType type, CfTimeEncoding encoding, Map<String, String> attributes) {
    private static final String DEFAULT_UNITS = "seconds since 1970-01-01 00:00:00";
    private static final String DEFAULT_DATE_UNITS = "days since 1970-01-01";

    /** Copies the attributes. */
    GridDimension {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /**
     * The dimension of {@code column}; throws {@link IllegalArgumentException} when its values cannot be
     * coordinates (text that is not a time with units, or booleans).
     */
    static GridDimension of(Column column) {
        Map<String, String> carried = new LinkedHashMap<>(CfAttributes.carried(column.attributes(),
                Set.of("units", "calendar", "bounds")));
        String units = column.attributes().get("units");
        String calendar = column.attributes().get("calendar");
        ColumnType type = column.type();
        if (type == ColumnType.TIMESTAMP || type == ColumnType.DATE || type == ColumnType.STRING) {
            CfTimeEncoding encoding = timeEncoding(column, units, calendar);
            carried.putIfAbsent("standard_name", "time");
            carried.putIfAbsent("axis", "T");
            carried.put("units", encoding.units());
            carried.put("calendar", encoding.calendar());
            return new GridDimension(column.name(), type, encoding, carried);
        }
        if (!type.isFloatingPoint() && type != ColumnType.INT && type != ColumnType.LONG) {
            throw new IllegalArgumentException("column '" + column.name() + "' is " + type + "; a dimension"
                    + " needs numbers, times or dates");
        }
        if (units != null) {
            carried.put("units", units);
            String lower = units.toLowerCase(java.util.Locale.ROOT);
            if (lower.equals("degrees_north") || lower.equals("degree_north")) {
                carried.putIfAbsent("standard_name", "latitude");
                carried.putIfAbsent("axis", "Y");
            } else if (lower.equals("degrees_east") || lower.equals("degree_east")) {
                carried.putIfAbsent("standard_name", "longitude");
                carried.putIfAbsent("axis", "X");
            }
        }
        return new GridDimension(column.name(), type, null, carried);
    }

    private static CfTimeEncoding timeEncoding(Column column, String units, String calendar) {
        boolean text = column.type() == ColumnType.STRING;
        if (text && (units == null || units.isBlank())) {
            throw new IllegalArgumentException("column '" + column.name() + "' holds times as text (calendar "
                    + (calendar == null ? "not given" : calendar) + ") but has no 'units' attribute to encode"
                    + " them with; expected units such as 'days since 2000-01-01' in the column's attributes"
                    + " (Parquet files written by sluice keep them), or a TIMESTAMP column");
        }
        String u = units == null || units.isBlank()
                ? column.type() == ColumnType.DATE ? DEFAULT_DATE_UNITS : DEFAULT_UNITS : units;
        String c = calendar == null || calendar.isBlank() ? (text ? "standard" : "proleptic_gregorian") : calendar;
        CfTimeEncoding encoding;
        try {
            encoding = CfTimeEncoding.of(u, c);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("column '" + column.name() + "' has time units '" + u
                    + "' and calendar '" + c + "' that cannot encode times: " + e.getMessage(), e);
        }
        if (!text && !encoding.gregorian()) {
            throw new IllegalArgumentException("column '" + column.name() + "' holds instants but its calendar"
                    + " is '" + c + "'; instants are proleptic Gregorian (only standard, gregorian or"
                    + " proleptic_gregorian fit)");
        }
        return encoding;
    }

    /** Whether this is the time dimension. */
    boolean time() {
        return encoding != null;
    }

    /** The coordinate of {@code row}: a number, or the time value in the encoding's units. */
    double coordinate(Column column, int row) {
        if (encoding == null) {
            return column.doubleValue(row) + 0.0;
        }
        return switch (type) {
            case TIMESTAMP -> encoding.encodeMicros(column.longValue(row));
            case DATE -> encoding.encodeMicros(column.longValue(row) * 86_400_000_000L);
            default -> encoding.encodeText(column.stringValue(row));
        } + 0.0;
    }
}
