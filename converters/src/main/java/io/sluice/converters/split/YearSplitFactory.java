package io.sluice.converters.split;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.spi.Split;
import io.sluice.core.spi.SplitFactory;

/**
 * Split type {@code year}: one chunk per calendar year, keyed and labelled {@code year=1982}. A year chunk is
 * complete when each of its twelve months has at least one time step and the data does not begin or end inside
 * it.
 *
 * {@code drop-incomplete: true} drops incomplete years, as for seasons.
 *
 * <pre>{@code
 * split: { type: year }
 * }</pre>
 * or in Java {@code Splits.year()}.
 */
public final class YearSplitFactory implements SplitFactory {

    @Override
    public String type() {
        return "year";
    }

    @Override
    public Split create(ConfigReader settings) {
        return new PeriodSplit(MonthGroups.calendarYears(), PeriodNaming.YEAR,
                settings.bool("drop-incomplete", false));
    }
}
