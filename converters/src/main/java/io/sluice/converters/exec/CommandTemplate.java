package io.sluice.converters.exec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command's arguments with placeholders such as {@code {input}}, {@code {season}}, anywhere inside an argument
 * ({@code --out={output}}); {@code {{} and {@code }}} stand for literal braces. Expanding gives the argument list
 * as it is passed to the program: each argument stays one argument whatever its value holds (spaces, quotes), as
 * no shell is involved. In shell mode the one argument is a script for {@code /bin/sh -c}, and each placeholder's
 * value is put in single quotes so that the shell reads it as one word.
 *
 * <pre>{@code
 * CommandTemplate t = CommandTemplate.parse(List.of("cdo", "-s", "timmean", "{input}", "--out={output}"));
 * t.placeholders();                                     // [input, output]
 * t.expand(Map.of("input", "a b.nc", "output", "o.nc")) // [cdo, -s, timmean, a b.nc, --out=o.nc]
 * }</pre>
 */
final class CommandTemplate {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    /** Literal text, or a placeholder's name. */
    private record Piece(String text, boolean placeholder) {
    }

    private final List<List<Piece>> arguments;
    private final boolean shell;

    private CommandTemplate(List<List<Piece>> arguments, boolean shell) {
        this.arguments = arguments;
        this.shell = shell;
    }

    /** The template of an argument list; an {@link IllegalArgumentException} names a bad brace. */
    static CommandTemplate parse(List<String> arguments) {
        return new CommandTemplate(pieces(arguments), false);
    }

    /** The template of a shell script run with {@code /bin/sh -c}. */
    static CommandTemplate parseShell(String script) {
        return new CommandTemplate(pieces(List.of(script)), true);
    }

    private static List<List<Piece>> pieces(List<String> arguments) {
        List<List<Piece>> out = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            try {
                out.add(piecesOf(arguments.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("argument " + i + " '" + arguments.get(i) + "': " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    private static List<Piece> piecesOf(String argument) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < argument.length()) {
            char c = argument.charAt(i);
            if ((c == '{' || c == '}') && argument.startsWith(String.valueOf(c) + c, i)) {
                literal.append(c);
                i += 2;
            } else if (c == '{') {
                int close = argument.indexOf('}', i);
                Matcher name = NAME.matcher(close < 0 ? "" : argument.substring(i + 1, close));
                if (!name.matches()) {
                    throw new IllegalArgumentException("'{' at character " + (i + 1) + " does not start a placeholder"
                            + " such as {input}; write {{ for a literal brace");
                }
                if (literal.length() > 0) {
                    pieces.add(new Piece(literal.toString(), false));
                    literal.setLength(0);
                }
                pieces.add(new Piece(name.group(), true));
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0 || pieces.isEmpty()) {
            pieces.add(new Piece(literal.toString(), false));
        }
        return List.copyOf(pieces);
    }

    /** The placeholders used, in order of first use. */
    Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        arguments.forEach(a -> a.stream().filter(Piece::placeholder).forEach(p -> names.add(p.text())));
        return names;
    }

    /** The placeholders used in argument {@code index}. */
    Set<String> placeholders(int index) {
        Set<String> names = new LinkedHashSet<>();
        arguments.get(index).stream().filter(Piece::placeholder).forEach(p -> names.add(p.text()));
        return names;
    }

    /** The number of arguments (1 for a shell script). */
    int size() {
        return arguments.size();
    }

    /** Whether this is a shell script. */
    boolean shell() {
        return shell;
    }

    /** The program's argument list with every placeholder replaced by its value (each must have one). */
    List<String> expand(Map<String, String> values) {
        List<String> out = new ArrayList<>();
        if (shell) {
            out.add("/bin/sh");
            out.add("-c");
        }
        for (List<Piece> argument : arguments) {
            StringBuilder text = new StringBuilder();
            for (Piece p : argument) {
                if (!p.placeholder()) {
                    text.append(p.text());
                    continue;
                }
                String value = values.get(p.text());
                if (value == null) {
                    throw new IllegalArgumentException("no value for placeholder {" + p.text() + "}");
                }
                text.append(shell ? quoted(value) : value);
            }
            out.add(text.toString());
        }
        return out;
    }

    /** {@code value} in single quotes for {@code sh}, each single quote written {@code '\''}. */
    static String quoted(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /** The command as a reader would type it: arguments with spaces or quotes in single quotes. */
    static String display(List<String> argv) {
        List<String> shown = new ArrayList<>();
        for (String a : argv) {
            shown.add(a.isEmpty() || a.matches(".*[\\s'\"\\\\$`|&;<>()*?]+.*") ? quoted(a) : a);
        }
        return String.join(" ", shown);
    }
}
