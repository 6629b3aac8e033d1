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
 * no shell is involved. In shell mode the one argument is a script for {@code /bin/sh -c}; the values never
 * become part of the script: they are passed as the shell's positional parameters ({@code /bin/sh -c script sh
 * v1 v2 ...}) and each placeholder is rewritten to {@code "${1}"}, {@code "${2}"}, ... (or {@code ${1}} where it
 * already stands inside double quotes), so that the shell reads a value as one word whatever it holds (spaces,
 * quotes, {@code ;}). A placeholder inside single quotes, where the shell expands nothing, is an error.
 *
 * <pre>{@code
 * CommandTemplate t = CommandTemplate.parse(List.of("cdo", "-s", "timmean", "{input}", "--out={output}"));
 * t.placeholders();                                     // [input, output]
 * t.expand(Map.of("input", "a b.nc", "output", "o.nc")) // [cdo, -s, timmean, a b.nc, --out=o.nc]
 * }</pre>
 */
final class CommandTemplate {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    /** Literal text, or a placeholder's name (and whether it stands inside double quotes of a shell script). */
    private record Piece(String text, boolean placeholder, boolean inDoubleQuotes) {
    }

    private final List<List<Piece>> arguments;
    private final boolean shell;

    private CommandTemplate(List<List<Piece>> arguments, boolean shell) {
        this.arguments = arguments;
        this.shell = shell;
    }

    /** The template of an argument list; an {@link IllegalArgumentException} names a bad brace. */
    static CommandTemplate parse(List<String> arguments) {
        return new CommandTemplate(pieces(arguments, false), false);
    }

    /**
     * The template of a shell script run with {@code /bin/sh -c}; an {@link IllegalArgumentException} names a bad
     * brace or a placeholder inside single quotes.
     */
    static CommandTemplate parseShell(String script) {
        return new CommandTemplate(pieces(List.of(script), true), true);
    }

    private static List<List<Piece>> pieces(List<String> arguments, boolean shell) {
        List<List<Piece>> out = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            try {
                out.add(piecesOf(arguments.get(i), shell));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("argument " + i + " '" + arguments.get(i) + "': " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    private static List<Piece> piecesOf(String argument, boolean shell) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        ShellQuotes quotes = new ShellQuotes();
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
                if (shell && quotes.inSingleQuotes()) {
                    throw new IllegalArgumentException("{" + name.group() + "} at character " + (i + 1) + " is inside"
                            + " single quotes, where the shell expands nothing; write it unquoted or in double quotes");
                }
                if (literal.length() > 0) {
                    pieces.add(new Piece(literal.toString(), false, false));
                    literal.setLength(0);
                }
                pieces.add(new Piece(name.group(), true, shell && quotes.inDoubleQuotes()));
                i = close + 1;
            } else {
                int skip = shell ? quotes.read(argument, i) : 1;
                literal.append(argument, i, i + skip);
                i += skip;
            }
        }
        if (literal.length() > 0 || pieces.isEmpty()) {
            pieces.add(new Piece(literal.toString(), false, false));
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

    /**
     * The program's argument list with every placeholder replaced by its value (each must have one); for a shell
     * script, {@code /bin/sh -c} and the script with each placeholder replaced by its positional parameter, then
     * {@code sh} ({@code $0}) and the values in the order of {@link #placeholders()}.
     */
    List<String> expand(Map<String, String> values) {
        List<String> names = new ArrayList<>(placeholders());
        for (String name : names) {
            if (values.get(name) == null) {
                throw new IllegalArgumentException("no value for placeholder {" + name + "}");
            }
        }
        List<String> out = new ArrayList<>();
        if (shell) {
            out.addAll(List.of("/bin/sh", "-c"));
        }
        for (List<Piece> argument : arguments) {
            StringBuilder text = new StringBuilder();
            for (Piece p : argument) {
                if (!p.placeholder()) {
                    text.append(p.text());
                } else if (!shell) {
                    text.append(values.get(p.text()));
                } else {
                    String parameter = "${" + (names.indexOf(p.text()) + 1) + "}";
                    text.append(p.inDoubleQuotes() ? parameter : '"' + parameter + '"');
                }
            }
            out.add(text.toString());
        }
        if (shell) {
            out.add("sh");
            names.forEach(n -> out.add(values.get(n)));
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
