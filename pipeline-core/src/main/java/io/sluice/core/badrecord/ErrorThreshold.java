package io.sluice.core.badrecord;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The most bad records a run accepts: a number of records ({@code 100}) or a percentage of the records read
 * ({@code 1.5%}). Reaching it is fine; going beyond it fails the run. Percentages are compared exactly in
 * decimal: with {@code 1.5%}, 3 bad records of 200 read pass and 4 fail.
 *
 * <pre>{@code ErrorThreshold.parse("1.5%").exceededBy(4, 200);   // true}</pre>
 *
 * @param count the most bad records, or -1 when the threshold is a percentage
 * @param percent the most bad records per hundred read, or null when the threshold is a count
 */
public record ErrorThreshold(long count, BigDecimal percent) {
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,9})?)\\s*%");
    private static final Pattern COUNT = Pattern.compile("\\d{1,18}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The threshold {@code text} says, or null when it says none: a whole number of records from 0, or a
     * percentage from 0% to 100% with at most nine decimals.
     */
    public static ErrorThreshold parse(String text) {
        String t = text.trim();
        if (COUNT.matcher(t).matches()) {
            return new ErrorThreshold(Long.parseLong(t), null);
        }
        Matcher m = PERCENT.matcher(t);
        if (m.matches()) {
            BigDecimal p = new BigDecimal(m.group(1));
            return p.compareTo(HUNDRED) > 0 ? null : new ErrorThreshold(-1, p);
        }
        return null;
    }

    /** Whether {@code bad} records of {@code read} (bad ones included) go beyond the threshold. */
    public boolean exceededBy(long bad, long read) {
        if (percent == null) {
            return bad > count;
        }
        return BigDecimal.valueOf(bad).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(read))) > 0;
    }

    /** As written: {@code 100} or {@code 1.5%}. */
    @Override
    public String toString() {
        return percent == null ? Long.toString(count) : percent.toPlainString() + "%";
    }
}
