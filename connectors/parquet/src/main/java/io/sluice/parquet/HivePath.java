package io.sluice.parquet;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Hive-style partition directory names, {@code key=value}, escaped as Hive's {@code FileUtils.escapePathName}
 * escapes them: control characters and NUL, DEL, the slash, the backslash and the characters of
 * {@code "#%'*:=?^[]{}} become {@code %XX} (upper-case hex of the character); a missing or empty value is
 * {@code __HIVE_DEFAULT_PARTITION__}. An escaped name has no separator, so a value such as {@code ..} or
 * {@code a/../b} stays one directory inside the output.
 *
 * <pre>{@code HivePath.segment("station", "a/b")   // "station=a%2Fb"}</pre>
 */
final class HivePath {
    /** The directory name of a missing partition value, as Hive, Spark and DuckDB name it. */
    static final String DEFAULT_PARTITION = "__HIVE_DEFAULT_PARTITION__";
    private static final BitSet ESCAPED = new BitSet(128);

    static {
        for (char c = 0; c < ' '; c++) {
            ESCAPED.set(c);
        }
        for (char c : "\"#%'*/:=?\\\u007F{[]^}".toCharArray()) {
            ESCAPED.set(c);
        }
    }

    private HivePath() {
    }

    /** {@code key=value}, both escaped. */
    static String segment(String key, String value) {
        return escape(key) + "=" + (value == null || value.isEmpty() ? DEFAULT_PARTITION : escape(value));
    }

    static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 && ESCAPED.get(c)) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Undoes {@link #escape}: every {@code %XX} is the byte XX of UTF-8 text; a stray {@code %} stays. */
    static String unescape(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int hi = i + 2 < s.length() && c == '%' ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = hi < 0 ? -1 : Character.digit(s.charAt(i + 2), 16);
            if (lo >= 0) {
                bytes.write(hi << 4 | lo);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    utf8 = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(utf8, 0, utf8.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
