package io.sluice.converters.expression;

/**
 * One lexical token of an expression.
 *
 * @param kind what the token is
 * @param text the token's text (a string literal's or quoted name's content without quotes)
 * @param offset where it starts in the expression
 */
record Token(Kind kind, String text, int offset) {

    /** Token kinds. */
    enum Kind {
        NUMBER, STRING, NAME, QUOTED_NAME, OPERATOR, LEFT, RIGHT, COMMA, END
    }

    /** Whether this is the keyword {@code word} (case-insensitive); quoted names are never keywords. */
    boolean isKeyword(String word) {
        return kind == Kind.NAME && text.equalsIgnoreCase(word);
    }

    boolean isOperator(String op) {
        return kind == Kind.OPERATOR && text.equals(op);
    }
}
