package io.sluice.converters.stats;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.spi.Stage;
import io.sluice.core.spi.StageFactory;

/**
 * Stage types {@code mean}, {@code min}, {@code max}, {@code sum} and {@code count}: a statistic over time for
 * every grid cell of every selected variable, skipping missing values. A cell without any valid value gives NaN
 * (for {@code sum} too, as CDO does; xarray would give 0) and a {@code count} of 0. Values are accumulated in
 * double precision whatever their stored type.
 * <ul>
 *   <li>{@code over}: the dimension reduced; only {@code time} (the default) is supported.</li>
 *   <li>{@code group-by}: a chunk label such as {@code season}, {@code month} or {@code year}; chunks with the
 *       same value are pooled into one result (a climatology). Without it, every chunk gives its own result.</li>
 * </ul>
 *
 * <pre>{@code
 * stages:
 *   - { type: mean, over: time, group-by: season }
 * }</pre>
 * or in Java {@code Statistics.groupBy(Statistics.mean(), "season")}.
 */
public abstract class StatisticFactory implements StageFactory {
    private final Statistic kind;

    StatisticFactory(Statistic kind) {
        this.kind = kind;
    }

    @Override
    public final String type() {
        return kind.id();
    }

    @Override
    public final Stage create(ConfigReader settings) {
        String over = settings.string("over", "time");
        if (!"time".equals(over)) {
            settings.problem("over", "'" + over + "': only reductions over time are supported; expected over: time");
        }
        String groupBy = settings.string("group-by", null);
        if (groupBy != null && groupBy.isBlank()) {
            settings.problem("group-by", "expected a chunk label such as season, month or year");
            groupBy = null;
        }
        return new TimeStatistic(kind, groupBy);
    }

    /** Type {@code mean}: the average of the valid values. */
    public static final class Mean extends StatisticFactory {
        /** The factory ServiceLoader instantiates. */
        public Mean() {
            super(Statistic.MEAN);
        }
    }

    /** Type {@code min}: the smallest valid value. */
    public static final class Min extends StatisticFactory {
        /** The factory ServiceLoader instantiates. */
        public Min() {
            super(Statistic.MIN);
        }
    }

    /** Type {@code max}: the largest valid value. */
    public static final class Max extends StatisticFactory {
        /** The factory ServiceLoader instantiates. */
        public Max() {
            super(Statistic.MAX);
        }
    }

    /** Type {@code sum}: the sum of the valid values, NaN when there are none. */
    public static final class Sum extends StatisticFactory {
        /** The factory ServiceLoader instantiates. */
        public Sum() {
            super(Statistic.SUM);
        }
    }

    /** Type {@code count}: the number of valid values, written as whole numbers. */
    public static final class Count extends StatisticFactory {
        /** The factory ServiceLoader instantiates. */
        public Count() {
            super(Statistic.COUNT);
        }
    }
}
