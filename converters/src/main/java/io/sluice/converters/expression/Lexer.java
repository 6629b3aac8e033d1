package io.sluice.converters.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts expression text into tokens: numbers ({@code 12}, {@code 1.5e3}), strings in single quotes ({@code ''}
 * for a quote), names ({@code tas_max}, or any text in double quotes or back quotes), operators and
 * parentheses.
 */
final class Lexer {
    private static final List<String> OPERATORS =
            List.of("==", "!=", "<>", "<=", ">=", "=", "<", ">", "+", "-", "*", "/", "%");

    private Lexer() {
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
                i = number(text, i, out);
            } else if (c == '\'') {
                i = quoted(text, i, '\'', Token.Kind.STRING, out);
            } else if (c == '"' || c == '`') {
                i = quoted(text, i, c, Token.Kind.QUOTED_NAME, out);
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Token(Token.Kind.NAME, text.substring(start, i), start));
            } else if (c == '(' || c == ')' || c == ',') {
                Token.Kind kind = c == '(' ? Token.Kind.LEFT : c == ')' ? Token.Kind.RIGHT : Token.Kind.COMMA;
                out.add(new Token(kind, String.valueOf(c), i++));
            } else {
                i = operator(text, i, out);
            }
        }
        out.add(new Token(Token.Kind.END, "", n));
        return out;
    }

    private static int number(String text, int start, List<Token> out) {
        int i = start;
        int n = text.length();
        while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int e = i + 1;
            if (e < n && (text.charAt(e) == '+' || text.charAt(e) == '-')) {
                e++;
            }
            if (e < n && Character.isDigit(text.charAt(e))) {
                i = e;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
            }
        }
        if (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '_')) {
            throw new ExpressionException(start, "'" + text.substring(start, i + 1) + "' is not a number;"
                    + " names start with a letter or '_'");
        }
        out.add(new Token(Token.Kind.NUMBER, text.substring(start, i), start));
        return i;
    }

    private static int quoted(String text, int start, char quote, Token.Kind kind, List<Token> out) {
        StringBuilder sb = new StringBuilder();
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    sb.append(quote);
                    i += 2;
                    continue;
                }
                out.add(new Token(kind, sb.toString(), start));
                return i + 1;
            }
            sb.append(c);
            i++;
        }
        throw new ExpressionException(start, "the text starting here has no closing " + quote);
    }

    private static int operator(String text, int i, List<Token> out) {
        for (String op : OPERATORS) {
            if (text.startsWith(op, i)) {
                out.add(new Token(Token.Kind.OPERATOR, op, i));
                return i + op.length();
            }
        }
        throw new ExpressionException(i, "unexpected '" + text.charAt(i) + "'; expected a column, a number, a"
                + " 'text', an operator (+ - * / % = != < <= > >=), and, or, not, is null, or a function");
    }
}
