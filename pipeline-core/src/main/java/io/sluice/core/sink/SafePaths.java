package io.sluice.core.sink;

import java.nio.file.Path;

/**
 * Builds output paths from data (partition values, season keys, file names) that cannot escape the output
 * directory: a value becomes one file-name segment with every character that could change the path's meaning
 * percent-escaped ({@code /}, {@code \}, control characters, {@code %}, {@code :}), and {@code .} or
 * {@code ..} alone are escaped too; {@link #inside} checks the resolved path really stays inside.
 *
 * <pre>{@code
 * Path part = SafePaths.inside(out, "season=" + SafePaths.segment(value), "part-0.csv");
 * SafePaths.segment("../../etc")   // "..%2F..%2Fetc"
 * }</pre>
 */
public final class SafePaths {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SafePaths() {
    }

    /** {@code value} as one safe file-name segment; the same value always gives the same segment. */
    public static String segment(String value) {
        if (value.isEmpty()) {
            return "%00";
        }
        if (value.equals(".") || value.equals("..")) {
            return value.replace(".", "%2E");
        }
        StringBuilder b = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '/' || c == '\\' || c == '%' || c == ':' || c == '*' || c == '?'
                    || c == '"' || c == '<' || c == '>' || c == '|') {
                b.append('%').append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * {@code directory} joined with {@code segments}, each of which must be a single plain name (no separator,
     * not {@code .} or {@code ..}, not empty); throws {@link IllegalArgumentException} naming the segment
     * otherwise, or when the result would lie outside {@code directory}.
     */
    public static Path inside(Path directory, String... segments) {
        Path base = directory.toAbsolutePath().normalize();
        Path result = base;
        for (String s : segments) {
            if (s.isEmpty() || s.equals(".") || s.equals("..") || s.indexOf('/') >= 0 || s.indexOf('\\') >= 0
                    || s.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("'" + printable(s) + "' is not a plain file name; an output path"
                        + " built from data must stay inside " + base + " (escape values with SafePaths.segment)");
            }
            result = result.resolve(s);
        }
        Path normal = result.normalize();
        if (!normal.startsWith(base) || normal.equals(base)) {
            throw new IllegalArgumentException(normal + " is outside the output directory " + base);
        }
        return normal;
    }

    /** The hidden file or folder beside {@code target} named {@code .<target name><suffix>}. */
    public static Path beside(Path target, String suffix) {
        Path absolute = target.toAbsolutePath().normalize();
        Path name = absolute.getFileName();
        if (name == null || absolute.getParent() == null) {
            throw new IllegalArgumentException(target + " is not a file path");
        }
        return inside(absolute.getParent(), "." + name + suffix);
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 ? "\\x" + HEX[c >> 4] + HEX[c & 0xF] : String.valueOf(c));
        }
        return b.toString();
    }
}
