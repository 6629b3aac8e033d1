package io.sluice.converters.expression;

import java.util.List;

/** The parsed form of an expression, before types are known. Every node remembers where it starts. */
sealed interface Syntax {

    /** Where the node starts in the expression text. */
    int offset();

    /** A number, text or boolean literal; {@code value} is a Long, Double, String or Boolean. */
    record Literal(int offset, Object value) implements Syntax {
    }

    /** A column reference. */
    record Name(int offset, String name) implements Syntax {
    }

    /** {@code -x} or {@code not x}. */
    record Unary(int offset, String op, Syntax operand) implements Syntax {
    }

    /** {@code a op b}; {@code offset} is the operator's. */
    record Binary(int offset, String op, Syntax left, Syntax right) implements Syntax {
    }

    /** {@code x is null} or {@code x is not null}. */
    record IsNull(int offset, Syntax operand, boolean negated) implements Syntax {
    }

    /** {@code f(a, b)}. */
    record Call(int offset, String function, List<Syntax> arguments) implements Syntax {
    }
}
