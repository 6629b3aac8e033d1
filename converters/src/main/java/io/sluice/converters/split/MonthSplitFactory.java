package io.sluice.converters.split;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.spi.Split;
import io.sluice.core.spi.SplitFactory;

/**
 * Split type {@code month}: one chunk per calendar month, keyed {@code 1982-01} and labelled
 * {@code year=1982, month=01}. The label order of {@code month} is {@code 01} to {@code 12}; of {@code year},
 * the years present in ascending order. A month the data begins or ends inside is incomplete (see
 * {@code PeriodSplit}); {@code drop-incomplete: true} drops such months.
 *
 * <pre>{@code
 * split: { type: month }
 * }</pre>
 * or in Java {@code Splits.month()}.
 */
public final class MonthSplitFactory implements SplitFactory {

    @Override
    public String type() {
        return "month";
    }

    @Override
    public Split create(ConfigReader settings) {
        return new PeriodSplit(MonthGroups.calendarMonths(), PeriodNaming.MONTH,
                settings.bool("drop-incomplete", false));
    }
}
