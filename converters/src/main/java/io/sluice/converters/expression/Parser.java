package io.sluice.converters.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses tokens by precedence, lowest first: {@code or}, {@code and}, {@code not}, comparisons and
 * {@code is [not] null}, {@code + -}, {@code * / %}, unary minus, then literals, names, calls and parentheses.
 * Nesting is limited so that no expression can exhaust the stack.
 */
final class Parser {
    private static final int MAX_DEPTH = 64;
    private final List<Token> tokens;
    private int next;
    private int depth;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Syntax parse(String text) {
        if (text.isBlank()) {
            throw new ExpressionException(0, "the expression is empty");
        }
        Parser p = new Parser(Lexer.tokens(text));
        Syntax s = p.or();
        Token t = p.peek();
        if (t.kind() != Token.Kind.END) {
            throw new ExpressionException(t.offset(), "unexpected '" + t.text() + "' after a complete expression;"
                    + " expected an operator, and, or");
        }
        return s;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        return tokens.get(next++);
    }

    private Syntax or() {
        Syntax left = and();
        while (peek().isKeyword("or")) {
            Token op = take();
            left = new Syntax.Binary(op.offset(), "or", left, and());
        }
        return left;
    }

    private Syntax and() {
        Syntax left = not();
        while (peek().isKeyword("and")) {
            Token op = take();
            left = new Syntax.Binary(op.offset(), "and", left, not());
        }
        return left;
    }

    private Syntax not() {
        if (peek().isKeyword("not")) {
            Token op = take();
            enter(op);
            Syntax operand = not();
            depth--;
            return new Syntax.Unary(op.offset(), "not", operand);
        }
        return comparison();
    }

    private Syntax comparison() {
        Syntax left = additive();
        Token t = peek();
        if (t.isKeyword("is")) {
            take();
            boolean negated = false;
            if (peek().isKeyword("not")) {
                take();
                negated = true;
            }
            if (!peek().isKeyword("null")) {
                throw new ExpressionException(peek().offset(), "expected 'null' after 'is" + (negated ? " not" : "")
                        + "'");
            }
            take();
            return new Syntax.IsNull(t.offset(), left, negated);
        }
        if (t.kind() == Token.Kind.OPERATOR && isComparison(t.text())) {
            take();
            String op = switch (t.text()) {
                case "=" -> "==";
                case "<>" -> "!=";
                default -> t.text();
            };
            Syntax right = additive();
            if (peek().kind() == Token.Kind.OPERATOR && isComparison(peek().text())) {
                throw new ExpressionException(peek().offset(), "comparisons cannot be chained; join them with and");
            }
            return new Syntax.Binary(t.offset(), op, left, right);
        }
        return left;
    }

    private static boolean isComparison(String op) {
        return switch (op) {
            case "=", "==", "!=", "<>", "<", "<=", ">", ">=" -> true;
            default -> false;
        };
    }

    private Syntax additive() {
        Syntax left = multiplicative();
        while (peek().isOperator("+") || peek().isOperator("-")) {
            Token op = take();
            left = new Syntax.Binary(op.offset(), op.text(), left, multiplicative());
        }
        return left;
    }

    private Syntax multiplicative() {
        Syntax left = unary();
        while (peek().isOperator("*") || peek().isOperator("/") || peek().isOperator("%")) {
            Token op = take();
            left = new Syntax.Binary(op.offset(), op.text(), left, unary());
        }
        return left;
    }

    private Syntax unary() {
        if (peek().isOperator("-") || peek().isOperator("+")) {
            Token op = take();
            enter(op);
            Syntax operand = unary();
            depth--;
            return op.text().equals("+") ? operand : new Syntax.Unary(op.offset(), "-", operand);
        }
        return primary();
    }

    private Syntax primary() {
        Token t = take();
        switch (t.kind()) {
            case NUMBER:
                return number(t);
            case STRING:
                return new Syntax.Literal(t.offset(), t.text());
            case LEFT: {
                enter(t);
                Syntax inner = or();
                depth--;
                expect(Token.Kind.RIGHT, "')' to close the '(' at character " + (t.offset() + 1));
                return inner;
            }
            case NAME:
                return name(t);
            case QUOTED_NAME:
                return new Syntax.Name(t.offset(), t.text());
            default:
                throw new ExpressionException(t.offset(), t.kind() == Token.Kind.END
                        ? "the expression ends too early; expected a column, a number, a 'text' or '('"
                        : "unexpected '" + t.text() + "'; expected a column, a number, a 'text' or '('");
        }
    }

    private Syntax name(Token t) {
        String word = t.text().toLowerCase(Locale.ROOT);
        switch (word) {
            case "true", "false":
                return new Syntax.Literal(t.offset(), Boolean.valueOf(word));
            case "null":
                throw new ExpressionException(t.offset(), "null is not a value here; test for missing values"
                        + " with 'x is null' or 'x is not null', or replace them with coalesce(x, 0)");
            case "and", "or", "not", "is":
                throw new ExpressionException(t.offset(), "'" + t.text() + "' needs a value before it");
            default:
                break;
        }
        if (peek().kind() == Token.Kind.LEFT) {
            return call(t);
        }
        return new Syntax.Name(t.offset(), t.text());
    }

    private Syntax call(Token name) {
        Token open = take();
        enter(open);
        List<Syntax> args = new ArrayList<>();
        if (peek().kind() != Token.Kind.RIGHT) {
            args.add(or());
            while (peek().kind() == Token.Kind.COMMA) {
                take();
                args.add(or());
            }
        }
        depth--;
        expect(Token.Kind.RIGHT, "')' to close the call of " + name.text() + "(");
        return new Syntax.Call(name.offset(), name.text().toLowerCase(Locale.ROOT), args);
    }

    private void expect(Token.Kind kind, String what) {
        Token t = take();
        if (t.kind() != kind) {
            throw new ExpressionException(t.offset(), (t.kind() == Token.Kind.END ? "the expression ends"
                    : "unexpected '" + t.text() + "'") + "; expected " + what);
        }
    }

    private void enter(Token at) {
        if (++depth > MAX_DEPTH) {
            throw new ExpressionException(at.offset(), "the expression nests deeper than " + MAX_DEPTH + " levels");
        }
    }

    private static Syntax number(Token t) {
        String s = t.text();
        try {
            if (s.contains(".") || s.contains("e") || s.contains("E")) {
                double d = Double.parseDouble(s);
                if (Double.isInfinite(d)) {
                    throw new ExpressionException(t.offset(), "'" + s + "' is too large for a double");
                }
                return new Syntax.Literal(t.offset(), d);
            }
            return new Syntax.Literal(t.offset(), Long.parseLong(s));
        } catch (NumberFormatException e) {
            throw new ExpressionException(t.offset(), "'" + s + "' is not a valid number"
                    + (s.matches("\\d+") ? " (whole numbers must fit in 64 bits)" : ""));
        }
    }
}
