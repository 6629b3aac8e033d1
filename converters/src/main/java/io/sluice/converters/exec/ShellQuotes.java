package io.sluice.converters.exec;

/**
 * Where a shell script's characters stand, read left to right as {@code sh} reads quotes: outside quotes, inside
 * single quotes (where nothing is expanded and a backslash is literal) or inside double quotes (where {@code $}
 * is expanded and a backslash escapes the next character). Used to place a placeholder's parameter correctly.
 *
 * <pre>{@code
 * ShellQuotes q = new ShellQuotes();
 * for (int i = 0; i < script.length(); i += q.read(script, i)) { ... q.inDoubleQuotes() ... }
 * }</pre>
 */
final class ShellQuotes {
    private char open;

    /** Reads the character at {@code i} (and the one it escapes); returns how many characters it read. */
    int read(String script, int i) {
        char c = script.charAt(i);
        if (open == '\'') {
            open = c == '\'' ? 0 : open;
            return 1;
        }
        if (c == '\\') {
            return Math.min(2, script.length() - i);
        }
        if (c == '"') {
            open = open == '"' ? 0 : '"';
        } else if (c == '\'' && open == 0) {
            open = '\'';
        }
        return 1;
    }

    /** Whether the next character stands inside single quotes. */
    boolean inSingleQuotes() {
        return open == '\'';
    }

    /** Whether the next character stands inside double quotes. */
    boolean inDoubleQuotes() {
        return open == '"';
    }
}
