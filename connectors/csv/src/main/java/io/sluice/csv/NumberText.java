package io.sluice.csv;

/**
 * Reads numbers from field text without creating objects or exceptions: whole numbers are accumulated digit by
 * digit with an overflow check; decimals are checked against the plain decimal syntax before
 * {@link Double#parseDouble} (which alone would also take {@code 1d}, {@code 0x1p3} or surrounding spaces).
 *
 * <pre>{@code long v = NumberText.parseWhole("-42");   // -42; NOT_WHOLE for "4.2", "", "1e3" or 2^63}</pre>
 */
final class NumberText {
    /** What {@link #parseWhole} returns for text that is not a whole number in range (or is Long.MIN_VALUE). */
    static final long NOT_WHOLE = Long.MIN_VALUE;

    private NumberText() {
    }

    /** The value of {@code [+-]?[0-9]+} fitting a long, else {@link #NOT_WHOLE}. */
    static long parseWhole(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (i == n) {
            return NOT_WHOLE;
        }
        long value = 0; // accumulated negatively, so that Long.MIN_VALUE's magnitude fits
        for (; i < n; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9 || value < (Long.MIN_VALUE + d) / 10) {
                return NOT_WHOLE;
            }
            value = value * 10 - d;
        }
        if (!negative) {
            return value == Long.MIN_VALUE ? NOT_WHOLE : -value;
        }
        return value;
    }

    /** Whether {@code value}, returned by {@link #parseWhole} for {@code s}, is a value (Long.MIN_VALUE is one). */
    static boolean isWhole(String s, long value) {
        return value != NOT_WHOLE || s.equals("-9223372036854775808");
    }

    /** Whether {@code s} is a whole number written with a leading zero ({@code 007}), as codes are. */
    static boolean hasLeadingZero(String s) {
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        return s.length() > i + 1 && s.charAt(i) == '0' && Character.isDigit(s.charAt(i + 1));
    }

    /**
     * Whether {@code s} is a decimal number: {@code [+-]?(digits[.digits]|.digits)([eE][+-]?digits)?}, or
     * {@code NaN}, {@code Infinity} or {@code inf} with an optional sign (any letter case).
     */
    static boolean isDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            i = 1;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return isSpecial(s);
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exponent = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }

    /** The double of a text for which {@link #isDecimal} holds. */
    static double parseDecimal(String s) {
        if (isWord(s)) {
            char last = s.charAt(s.length() - 1);
            if (last == 'n' || last == 'N') {
                return Double.NaN;
            }
            return s.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(s);
    }

    /** The float of a text for which {@link #isDecimal} holds, rounded once from the text. */
    static float parseFloat(String s) {
        return isWord(s) ? (float) parseDecimal(s) : Float.parseFloat(s);
    }

    /** Whether a decimal text is NaN or an infinity: it ends with a letter that is not an exponent's digit. */
    private static boolean isWord(String s) {
        char last = s.charAt(s.length() - 1);
        return !isDigit(last) && last != '.';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpecial(String s) {
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        String rest = s.substring(i);
        return (i == 0 && rest.equalsIgnoreCase("nan")) || rest.equalsIgnoreCase("inf")
                || rest.equalsIgnoreCase("infinity");
    }
}
