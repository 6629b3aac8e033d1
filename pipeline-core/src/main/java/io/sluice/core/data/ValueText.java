package io.sluice.core.data;

/**
 * How whole-number values of the integral column types read as text: ISO dates ({@code 2001-02-28}), ISO
 * instants in UTC ({@code 2001-02-28T12:00:00Z}, with a fraction only when there is one), true/false.
 */
final class ValueText {
    private ValueText() {
    }

    static String of(ColumnType type, long value) {
        return switch (type) {
            case BOOLEAN -> value != 0 ? "true" : "false";
            case DATE -> ProlepticGregorian.formatDay(value);
            case TIMESTAMP -> ProlepticGregorian.formatMicros(value) + "Z";
            default -> Long.toString(value);
        };
    }
}
