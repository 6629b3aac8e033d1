package io.sluice.converters.expression;

/**
 * An expression is wrong: it does not parse, names an unknown column, or mixes types. Carries the character
 * offset in the expression text where the problem is.
 *
 * <pre>{@code
 * try { Expression.compile("station + 1", schema); }
 * catch (ExpressionException e) { e.offset(); e.getMessage(); }   // 0, "'station' is STRING; '+' needs numbers"
 * }</pre>
 */
public final class ExpressionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int offset;

    /** A problem at character {@code offset} (0-based) of the expression. */
    public ExpressionException(int offset, String message) {
        super(message);
        this.offset = offset;
    }

    /** The 0-based character offset of the problem in the expression text. */
    public int offset() {
        return offset;
    }
}
