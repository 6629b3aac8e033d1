package io.sluice.core.data;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The time steps behind one result row: the raw values (in the source's time units) of the first and last
 * contributing step, the lower bound of the first and the upper bound of the last (their {@code time_bnds}, or
 * the step values when the source has no bounds), and whether the rows pool several years (a climatology).
 * Statistics' tables carry it as table attributes, so that sinks can stamp their records' time.
 *
 * <pre>{@code
 * TimeSpan s = TimeSpan.of(time, 334, 424);          // steps 334..423
 * table.attributes(s.toAttributes());
 * TimeSpan back = TimeSpan.from(table.attributes());
 * }</pre>
 *
 * @param first raw value of the first step
 * @param last raw value of the last step
 * @param lower lower bound of the first step
 * @param upper upper bound of the last step
 * @param climatology whether the span pools the same period of several years
 */
public record TimeSpan(double first, double last, double lower, double upper, boolean climatology) {
    /** Attribute keys. */
    public static final String FIRST = "time.first";
    /** Attribute key of {@link #last()}. */
    public static final String LAST = "time.last";
    /** Attribute key of {@link #lower()}. */
    public static final String LOWER = "time.lower";
    /** Attribute key of {@link #upper()}. */
    public static final String UPPER = "time.upper";
    /** Attribute key of {@link #climatology()}. */
    public static final String CLIMATOLOGY = "time.climatology";

    /** The span of steps {@code [from, to)} of {@code time}; null when the range is empty. */
    public static TimeSpan of(TimeAxis time, int from, int to) {
        if (to <= from) {
            return null;
        }
        return new TimeSpan(time.value(from), time.value(to - 1), time.lowerBound(from), time.upperBound(to - 1),
                false);
    }

    /** The span covering this one and {@code other} (null is ignored), as a climatology. */
    public TimeSpan pool(TimeSpan other) {
        if (other == null) {
            return new TimeSpan(first, last, lower, upper, true);
        }
        return new TimeSpan(Math.min(first, other.first), Math.max(last, other.last), Math.min(lower, other.lower),
                Math.max(upper, other.upper), true);
    }

    /** As table attributes; doubles are written so that they read back exactly. */
    public Map<String, String> toAttributes() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(FIRST, Double.toString(first));
        out.put(LAST, Double.toString(last));
        out.put(LOWER, Double.toString(lower));
        out.put(UPPER, Double.toString(upper));
        out.put(CLIMATOLOGY, Boolean.toString(climatology));
        return out;
    }

    /** The span held by table attributes, or null when they hold none. */
    public static TimeSpan from(Map<String, String> attributes) {
        if (!attributes.containsKey(FIRST)) {
            return null;
        }
        return new TimeSpan(Double.parseDouble(attributes.get(FIRST)), Double.parseDouble(attributes.get(LAST)),
                Double.parseDouble(attributes.get(LOWER)), Double.parseDouble(attributes.get(UPPER)),
                Boolean.parseBoolean(attributes.get(CLIMATOLOGY)));
    }
}
