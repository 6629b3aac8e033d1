package io.sluice.converters.stats;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.spi.Aggregation;
import io.sluice.core.spi.Stage;
import io.sluice.core.spi.StageFactory;

/**
 * Stage types {@code mean}, {@code min}, {@code max}, {@code sum}, {@code count}, {@code std}, {@code std1},
 * {@code var} and {@code var1}: a statistic over time for every grid cell of every selected variable, skipping
 * missing values. A cell without any valid value gives NaN (for {@code sum} too, as CDO does; xarray would give
 * 0) and a {@code count} of 0; {@code std1} and {@code var1} of a single value are NaN. Values are accumulated
 * in double precision whatever their stored type. {@code std} and {@code var} divide by n (as {@code cdo
 * seasstd} and xarray's default {@code ddof=0}), {@code std1} and {@code var1} by n - 1 (as {@code cdo
 * seasstd1}). The month-length weighted mean is {@link WeightedMeanFactory}.
 * <ul>
 *   <li>{@code over}: the dimension reduced; only {@code time} (the default) is supported.</li>
 *   <li>{@code group-by}: a chunk label such as {@code season}, {@code month} or {@code year}; chunks with the
 *       same value are pooled into one result (a climatology). Without it, every chunk gives its own result.</li>
 * </ul>
 *
 * <pre>{@code
 * stages:
 *   - { type: std, over: time, group-by: season }
 * }</pre>
 * or in Java {@code Statistics.std().groupBy("season")}.
 */
public abstract class StatisticFactory implements StageFactory {
    private final String type;

    StatisticFactory(String type) {
        this.type = type;
    }

    @Override
    public final String type() {
        return type;
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
        return create(groupBy, settings);
    }

    /** The statistic, reading any setting of its own from {@code settings}. */
    abstract Aggregation create(String groupBy, ConfigReader settings);

    /** Type {@code mean}: the average of the valid values. */
    public static final class Mean extends StatisticFactory {
        /** The factory ServiceLoader instantiates. */
        public Mean() {
            super(Statistic.MEAN.id());
        }

        @Override
        Aggregation create(String groupBy, ConfigReader settings) {
            return new TimeStatistic(Statistic.MEAN, groupBy);
        }
    }

    /** Type {@code min}: the smallest valid value. */
    public static final class Min extends StatisticFactory {
        /** The factory ServiceLoader instantiates. */
        public Min() {
            super(Statistic.MIN.id());
        }

        @Override
        Aggregation create(String groupBy, ConfigReader settings) {
            return new TimeStatistic(Statistic.MIN, groupBy);
        }
    }

    /** Type {@code max}: the largest valid value. */
    public static final class Max extends StatisticFactory {
        /** The factory ServiceLoader instantiates. */
        public Max() {
            super(Statistic.MAX.id());
        }

        @Override
        Aggregation create(String groupBy, ConfigReader settings) {
            return new TimeStatistic(Statistic.MAX, groupBy);
        }
    }

    /** Type {@code sum}: the sum of the valid values, NaN when there are none. */
    public static final class Sum extends StatisticFactory {
        /** The factory ServiceLoader instantiates. */
        public Sum() {
            super(Statistic.SUM.id());
        }

        @Override
        Aggregation create(String groupBy, ConfigReader settings) {
            return new TimeStatistic(Statistic.SUM, groupBy);
        }
    }

    /** Type {@code count}: the number of valid values, written as whole numbers. */
    public static final class Count extends StatisticFactory {
        /** The factory ServiceLoader instantiates. */
        public Count() {
            super(Statistic.COUNT.id());
        }

        @Override
        Aggregation create(String groupBy, ConfigReader settings) {
            return new TimeStatistic(Statistic.COUNT, groupBy);
        }
    }

    /** Type {@code std}: the standard deviation with divisor n (population; {@code cdo seasstd}). */
    public static final class Std extends StatisticFactory {
        /** The factory ServiceLoader instantiates. */
        public Std() {
            super(Spread.STD.id());
        }

        @Override
        Aggregation create(String groupBy, ConfigReader settings) {
            return new SpreadStatistic(Spread.STD, groupBy);
        }
    }

    /** Type {@code std1}: the standard deviation with divisor n - 1 (sample; {@code cdo seasstd1}). */
    public static final class Std1 extends StatisticFactory {
        /** The factory ServiceLoader instantiates. */
        public Std1() {
            super(Spread.STD1.id());
        }

        @Override
        Aggregation create(String groupBy, ConfigReader settings) {
            return new SpreadStatistic(Spread.STD1, groupBy);
        }
    }

    /** Type {@code var}: the variance with divisor n (population; {@code cdo seasvar}). */
    public static final class Var extends StatisticFactory {
        /** The factory ServiceLoader instantiates. */
        public Var() {
            super(Spread.VAR.id());
        }

        @Override
        Aggregation create(String groupBy, ConfigReader settings) {
            return new SpreadStatistic(Spread.VAR, groupBy);
        }
    }

    /** Type {@code var1}: the variance with divisor n - 1 (sample; {@code cdo seasvar1}). */
    public static final class Var1 extends StatisticFactory {
        /** The factory ServiceLoader instantiates. */
        public Var1() {
            super(Spread.VAR1.id());
        }

        @Override
        Aggregation create(String groupBy, ConfigReader settings) {
            return new SpreadStatistic(Spread.VAR1, groupBy);
        }
    }
}
