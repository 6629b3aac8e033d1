package io.sluice.converters.expression;

import io.sluice.core.config.DidYouMean;
import io.sluice.core.data.ColumnInfo;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.ProlepticGregorian;
import io.sluice.core.data.TableSchema;
import java.util.ArrayList;
import java.util.List;

/** Checks the types of a parsed expression against a table's columns and builds its column-wise nodes. */
final class Compiler {
    private final TableSchema schema;

    Compiler(TableSchema schema) {
        this.schema = schema;
    }

    Node compile(Syntax s) {
        if (s instanceof Syntax.Literal l) {
            return LiteralNode.of(l.value());
        }
        if (s instanceof Syntax.Name n) {
            ColumnInfo c = schema.find(n.name()).orElseThrow(() -> new ExpressionException(n.offset(),
                    "unknown column '" + n.name() + "'; columns: " + String.join(", ", schema.names()) + "."
                            + DidYouMean.hint(n.name(), schema.names())));
            return new ColumnNode(c.name(), c.type());
        }
        if (s instanceof Syntax.Unary u) {
            Node operand = compile(u.operand());
            if (u.op().equals("not")) {
                requireBoolean(u.operand(), operand, "not");
                return new LogicNode("not", operand, null);
            }
            requireNumber(u.operand(), operand, "-", "a number");
            return new NegateNode(operand);
        }
        if (s instanceof Syntax.IsNull i) {
            return new IsNullNode(compile(i.operand()), i.negated());
        }
        if (s instanceof Syntax.Call c) {
            return call(c);
        }
        return binary((Syntax.Binary) s);
    }

    private Node binary(Syntax.Binary b) {
        Node left = compile(b.left());
        Node right = compile(b.right());
        switch (b.op()) {
            case "and", "or" -> {
                requireBoolean(b.left(), left, b.op());
                requireBoolean(b.right(), right, b.op());
                return new LogicNode(b.op(), left, right);
            }
            case "+", "-", "*", "/", "%" -> {
                requireNumber(b.left(), left, b.op(), "numbers");
                requireNumber(b.right(), right, b.op(), "numbers");
                return new ArithmeticNode(b.op().charAt(0), left, right);
            }
            default -> {
                return comparison(b, left, right);
            }
        }
    }

    private Node comparison(Syntax.Binary b, Node left, Node right) {
        ColumnType l = left.type();
        ColumnType r = right.type();
        if (isTemporal(l) && r == ColumnType.STRING && b.right() instanceof Syntax.Literal lit) {
            right = temporalLiteral(l, lit);
            r = right.type();
        } else if (isTemporal(r) && l == ColumnType.STRING && b.left() instanceof Syntax.Literal lit) {
            left = temporalLiteral(r, lit);
            l = left.type();
        }
        boolean ordered = !b.op().equals("==") && !b.op().equals("!=");
        boolean fits = (isNumber(l) && isNumber(r)) || (l == r && l != ColumnType.BOOLEAN)
                || (isTemporal(l) && isTemporal(r)) || (l == ColumnType.BOOLEAN && r == l && !ordered);
        if (!fits) {
            throw new ExpressionException(b.offset(), "cannot compare " + describe(b.left(), l) + " with "
                    + describe(b.right(), r) + " using '" + b.op() + "'"
                    + (l == ColumnType.BOOLEAN && r == l ? "; booleans compare only with == and !=" : ""));
        }
        return new ComparisonNode(b.op(), left, right);
    }

    private static Node temporalLiteral(ColumnType type, Syntax.Literal lit) {
        String text = (String) lit.value();
        long value = type == ColumnType.DATE ? ProlepticGregorian.parseDay(text) : ProlepticGregorian.parseMicros(text);
        if (value == ProlepticGregorian.INVALID) {
            throw new ExpressionException(lit.offset(), "'" + text + "' is not an ISO date or time; expected"
                    + " YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS");
        }
        return LiteralNode.temporal(type, value);
    }

    private Node call(Syntax.Call c) {
        List<Node> args = new ArrayList<>();
        for (Syntax a : c.arguments()) {
            args.add(compile(a));
        }
        switch (c.function()) {
            case "abs", "floor", "ceil" -> {
                arity(c, 1, 1);
                requireNumber(c.arguments().get(0), args.get(0), c.function() + "()", "a number");
                return new FunctionNode(c.function(), args.get(0), 0);
            }
            case "round" -> {
                arity(c, 1, 2);
                requireNumber(c.arguments().get(0), args.get(0), "round()", "a number");
                int digits = 0;
                if (args.size() == 2) {
                    if (!(args.get(1) instanceof LiteralNode d) || d.type() != ColumnType.LONG
                            || d.whole() < 0 || d.whole() > 15) {
                        throw new ExpressionException(c.arguments().get(1).offset(), "round(x, digits) needs"
                                + " digits as a whole number from 0 to 15");
                    }
                    digits = (int) d.whole();
                }
                return new FunctionNode("round", args.get(0), digits);
            }
            case "year", "month" -> {
                arity(c, 1, 1);
                if (!isTemporal(args.get(0).type())) {
                    throw new ExpressionException(c.arguments().get(0).offset(), describe(c.arguments().get(0),
                            args.get(0).type()) + "; " + c.function() + "() needs a DATE or TIMESTAMP");
                }
                return new FunctionNode(c.function(), args.get(0), 0);
            }
            case "coalesce" -> {
                arity(c, 2, Integer.MAX_VALUE);
                return new CoalesceNode(args, commonType(c, args));
            }
            default -> throw new ExpressionException(c.offset(), "unknown function '" + c.function()
                    + "'; functions: abs, ceil, coalesce, floor, month, round, year."
                    + DidYouMean.hint(c.function(), List.of("abs", "ceil", "coalesce", "floor", "month", "round",
                    "year")));
        }
    }

    private ColumnType commonType(Syntax.Call c, List<Node> args) {
        ColumnType type = args.get(0).type();
        for (int i = 1; i < args.size(); i++) {
            ColumnType t = args.get(i).type();
            if (isNumber(type) && isNumber(t)) {
                type = type == ColumnType.DOUBLE || t == ColumnType.DOUBLE ? ColumnType.DOUBLE : ColumnType.LONG;
            } else if (t != type) {
                throw new ExpressionException(c.arguments().get(i).offset(), "coalesce() needs arguments of one"
                        + " type; " + describe(c.arguments().get(i), t) + " but the first is " + type);
            }
        }
        return type;
    }

    private static void arity(Syntax.Call c, int min, int max) {
        int n = c.arguments().size();
        if (n < min || n > max) {
            String expected = min == max ? String.valueOf(min) : max == Integer.MAX_VALUE ? "at least " + min
                    : min + " or " + max;
            throw new ExpressionException(c.offset(), c.function() + "() takes " + expected + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    private void requireNumber(Syntax s, Node n, String op, String needs) {
        if (!isNumber(n.type())) {
            throw new ExpressionException(s.offset(), describe(s, n.type()) + "; '" + op + "' needs " + needs);
        }
    }

    private void requireBoolean(Syntax s, Node n, String op) {
        if (n.type() != ColumnType.BOOLEAN) {
            throw new ExpressionException(s.offset(), describe(s, n.type()) + "; '" + op + "' needs true/false"
                    + " values, such as a comparison");
        }
    }

    private String describe(Syntax s, ColumnType type) {
        if (s instanceof Syntax.Name n) {
            return "'" + n.name() + "' is " + schema.find(n.name()).map(ColumnInfo::type).orElse(type);
        }
        if (s instanceof Syntax.Literal l) {
            return (l.value() instanceof String t ? "'" + t + "'" : String.valueOf(l.value())) + " is " + type;
        }
        return "the value at this place is " + type;
    }

    private static boolean isNumber(ColumnType t) {
        return t == ColumnType.LONG || t == ColumnType.DOUBLE;
    }

    private static boolean isTemporal(ColumnType t) {
        return t == ColumnType.DATE || t == ColumnType.TIMESTAMP;
    }
}
