package io.sluice.scheduler;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One flat JSON object per line, as the state directory's logs hold them: text, whole numbers, booleans and
 * null values only.
 *
 * <pre>{@code
 * String line = JsonLine.write(Map.of("pipeline", "p", "rows", 12L));   // {"pipeline":"p","rows":12}
 * Map<String, Object> back = JsonLine.read(line);
 * }</pre>
 */
public final class JsonLine {
    private JsonLine() {
    }

    /** The object as one line of JSON, without a line break. */
    public static String write(Map<String, ?> values) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, ?> e : values.entrySet()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            quote(e.getKey(), sb);
            sb.append(':');
            Object v = e.getValue();
            if (v == null || v instanceof Number || v instanceof Boolean) {
                sb.append(v);
            } else {
                quote(v.toString(), sb);
            }
        }
        return sb.append('}').toString();
    }

    /** The object a line holds; throws {@link IllegalArgumentException} when it is not a flat JSON object. */
    public static Map<String, Object> read(String line) {
        Parser p = new Parser(line.strip());
        Map<String, Object> out = new LinkedHashMap<>();
        p.expect('{');
        if (!p.take('}')) {
            do {
                String key = p.string();
                p.expect(':');
                out.put(key, p.value());
            } while (p.take(','));
            p.expect('}');
        }
        if (!p.atEnd()) {
            throw new IllegalArgumentException("text after the object");
        }
        return out;
    }

    private static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** A small recursive-descent reader of the flat objects written above. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return i == s.length();
        }

        boolean take(char c) {
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!take(c)) {
                throw new IllegalArgumentException("expected '" + c + "' at character " + (i + 1));
            }
        }

        Object value() {
            if (i < s.length() && s.charAt(i) == '"') {
                return string();
            }
            int start = i;
            while (i < s.length() && ",}".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String word = s.substring(start, i);
            return switch (word) {
                case "null" -> null;
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> {
                    try {
                        yield Long.parseLong(word);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("'" + word + "' is not a value");
                    }
                }
            };
        }

        String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                if (i >= s.length()) {
                    break;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i, Math.min(s.length(), i + 4)), 16));
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            }
            throw new IllegalArgumentException("unterminated text");
        }
    }
}
