package io.sluice.core.sink;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * The text form of manifest lines: tab-separated fields, each percent-escaped so that it holds no tab, line
 * break or percent sign, followed by the line's own CRC32C so that a line torn by a crash is recognised.
 */
final class ManifestLines {
    private ManifestLines() {
    }

    static String line(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (String f : fields) {
            if (b.length() > 0) {
                b.append('\t');
            }
            b.append(escape(f));
        }
        String content = b.toString();
        return content + '\t' + Long.toHexString(crc(content)) + '\n';
    }

    /** The fields of a line, or null when the line is torn or altered. */
    static List<String> fields(String line) {
        int tab = line.lastIndexOf('\t');
        if (tab < 0) {
            return null;
        }
        String content = line.substring(0, tab);
        if (!Long.toHexString(crc(content)).equals(line.substring(tab + 1))) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String f : content.split("\t", -1)) {
            out.add(unescape(f));
        }
        return out;
    }

    static String facts(Map<String, String> facts) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(facts).forEach((k, v) -> {
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(escapeFact(k)).append('=').append(escapeFact(v));
        });
        return b.toString();
    }

    static Map<String, String> parseFacts(String text) {
        Map<String, String> out = new TreeMap<>();
        if (text.isEmpty()) {
            return out;
        }
        for (String pair : text.split(";", -1)) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("a fact without '=': " + pair);
            }
            out.put(unescape(pair.substring(0, eq)), unescape(pair.substring(eq + 1)));
        }
        return out;
    }

    private static String escapeFact(String s) {
        return escape(s).replace("=", "%3D").replace(";", "%3B");
    }

    private static String escape(String s) {
        return s.replace("%", "%25").replace("\t", "%09").replace("\n", "%0A").replace("\r", "%0D");
    }

    private static String unescape(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static long crc(String content) {
        CRC32C crc = new CRC32C();
        crc.update(content.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
