package io.sluice.csv;

import java.util.Locale;

/**
 * Which fields the CSV sink quotes: {@code minimal} only those that need it (a delimiter, quote or line break
 * inside, spaces at an end, or text that reads as the null text), {@code all} every value, {@code non-numeric}
 * every value that is not a number (text, booleans, dates, timestamps). Missing values are never quoted, so
 * that they stay distinct from text.
 *
 * <pre>{@code sink: {type: csv, path: out.csv, quote-mode: non-numeric}}</pre>
 */
enum QuoteMode {
    /** Quote only fields that need it. */
    MINIMAL,
    /** Quote every value. */
    ALL,
    /** Quote every value that is not a number. */
    NON_NUMERIC;

    /** The setting's spelling: {@code minimal}, {@code all}, {@code non-numeric}. */
    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
