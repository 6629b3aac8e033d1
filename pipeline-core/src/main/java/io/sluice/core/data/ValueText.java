package io.sluice.core.data;

import java.time.Instant;
import java.time.LocalDate;

/** How whole-number values of the integral column types read as text: ISO dates and instants, true/false. */
final class ValueText {
    private ValueText() {
    }

    static String of(ColumnType type, long value) {
        return switch (type) {
            case BOOLEAN -> value != 0 ? "true" : "false";
            case DATE -> LocalDate.ofEpochDay(value).toString();
            case TIMESTAMP -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L),
                    Math.floorMod(value, 1_000_000L) * 1000L).toString();
            default -> Long.toString(value);
        };
    }
}
