package io.sluice.converters.table;

import io.sluice.converters.split.Seasons;
import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.Problems;
import io.sluice.core.data.Column;
import io.sluice.core.data.ColumnInfo;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.ProlepticGregorian;
import io.sluice.core.data.Table;
import io.sluice.core.data.TableSchema;
import io.sluice.core.spi.BoundTransform;
import io.sluice.core.spi.Stage;
import io.sluice.core.spi.StageFactory;
import io.sluice.core.spi.TableTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stage type {@code season}: appends a {@code season} column (STRING, such as {@code DJF}) and a {@code year}
 * column (LONG, the year the season ends: December 1981 is DJF 1982), from a DATE or TIMESTAMP column, or from
 * ISO text such as the time labels of a 360_day grid ({@code 2001-02-30}), so that rows can be grouped by
 * season as the season split groups time steps. The seasons are the season split's: {@code seasons} takes the
 * same names (default {@code [DJF, MAM, JJA, SON]}); rows in months of no season, and rows without a time, get
 * missing values.
 *
 * <pre>{@code
 * stages:
 *   - { type: season, column: time, seasons: [DJFM, AMJ, JAS, ON] }
 * }</pre>
 * or in Java {@code TableStages.season("time")}.
 */
public final class SeasonColumnsFactory implements StageFactory {
    static final String SEASON = "season";
    static final String YEAR = "year";

    /** The factory ServiceLoader instantiates. */
    public SeasonColumnsFactory() {
    }

    @Override
    public String type() {
        return "season";
    }

    @Override
    public Stage create(ConfigReader settings) {
        String column = settings.string("column", "time");
        Seasons seasons = Seasons.read(settings);
        return seasons == null ? null : new SeasonColumns(column, seasons, Place.of(settings.config(), "column"),
                Place.of(settings.config(), "type"));
    }

    private record SeasonColumns(String column, Seasons seasons, Place place, Place stage) implements TableTransform {
        @Override
        public String type() {
            return "season";
        }

        @Override
        public BoundTransform bind(TableSchema input, Problems problems) {
            var time = input.find(column);
            if (time.isEmpty()) {
                place.problem(problems, SelectFactory.unknown(column, input));
                return null;
            }
            ColumnType type = time.get().type();
            if (type != ColumnType.DATE && type != ColumnType.TIMESTAMP && type != ColumnType.STRING) {
                place.problem(problems, "'" + column + "' is " + type + "; seasons come from a DATE, a TIMESTAMP"
                        + " or ISO text such as 2001-02-30");
                return null;
            }
            boolean ok = true;
            for (String name : List.of(SEASON, YEAR)) {
                if (input.find(name).isPresent()) {
                    stage.problem(problems, "the table already has a '" + name + "' column (a label of the split?);"
                            + " rename or drop it first");
                    ok = false;
                }
            }
            if (!ok) {
                return null;
            }
            List<ColumnInfo> out = new ArrayList<>(input.columns());
            out.add(ColumnInfo.of(SEASON, ColumnType.STRING, Map.of()));
            out.add(ColumnInfo.of(YEAR, ColumnType.LONG, Map.of()));
            TableSchema output = TableSchema.of(out);
            return new BoundTransform() {
                @Override
                public TableSchema output() {
                    return output;
                }

                @Override
                public Table apply(Table table) {
                    return withSeasons(table, table.column(column));
                }
            };
        }

        private Table withSeasons(Table table, Column time) {
            int n = table.rowCount();
            String[] names = new String[n];
            long[] years = new long[n];
            boolean[] nulls = new boolean[n];
            ColumnType type = time.type();
            for (int i = 0; i < n; i++) {
                long year;
                int month;
                if (time.isNull(i)) {
                    nulls[i] = true;
                    continue;
                }
                if (type == ColumnType.STRING) {
                    String text = time.stringValue(i);
                    year = isoYear(text);
                    month = isoMonth(text);
                    if (year == Long.MIN_VALUE || month < 1 || month > 12) {
                        throw new IllegalStateException(place.failure(column, "'" + text + "' is not ISO text"
                                + " starting with YYYY-MM"));
                    }
                } else {
                    long day = type == ColumnType.DATE ? time.longValue(i)
                            : ProlepticGregorian.dayOfMicros(time.longValue(i));
                    year = ProlepticGregorian.yearOf(day);
                    month = ProlepticGregorian.monthOf(day);
                }
                int season = seasons.indexOf(month);
                if (season < 0) {
                    nulls[i] = true;
                    continue;
                }
                names[i] = seasons.name(season);
                years[i] = seasons.year(season, (int) year, month);
            }
            List<Column> columns = new ArrayList<>(table.columns());
            columns.add(Column.ofStrings(SEASON, names, Map.of()));
            columns.add(Column.ofLongs(YEAR, ColumnType.LONG, years, Column.nullBits(nulls), Map.of()));
            return Table.of(n, columns);
        }
    }

    /** The year of ISO text {@code YYYY-MM...} (four digits, or a sign and digits), or Long.MIN_VALUE. */
    static long isoYear(String text) {
        int dash = text.indexOf('-', 1);
        if (dash < 1) {
            return Long.MIN_VALUE;
        }
        try {
            return Long.parseLong(text, 0, dash, 10);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    /** The month of ISO text {@code YYYY-MM...}, or -1. */
    static int isoMonth(String text) {
        int dash = text.indexOf('-', 1);
        if (dash < 1 || dash + 3 > text.length()) {
            return -1;
        }
        char a = text.charAt(dash + 1);
        char b = text.charAt(dash + 2);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return -1;
        }
        return (a - '0') * 10 + (b - '0');
    }
}
