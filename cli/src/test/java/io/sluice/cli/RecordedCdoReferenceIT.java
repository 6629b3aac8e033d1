package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ucar.ma2.Array;
import ucar.nc2.NetcdfFile;
import ucar.nc2.Variable;

/**
 * Seasonal means from {@code sluice run} agree with the CDO results recorded in {@code testdata/reference/cdo/}
 * (no CDO needed at test time). Every reference pair {@code NAME.seasmean.csv} / {@code NAME.yseasmean.csv} is
 * compared with a pipeline that reads the same input and variables, splits by season and takes
 * {@code { type: mean, over: time }} (per year) or {@code { type: mean, over: time, group-by: season }}
 * (climatology).
 *
 * <p>How the references were made is described in {@code testdata/reference/cdo/README.md} and done by
 * {@code testdata/reference/cdo/make_reference.sh} (CDO 2.1.1, Debian 12): for {@code OP} = {@code seas} and
 * {@code yseas},
 * <pre>
 * cdo -s -b F64 ${OP}mean -selname,VARS [SEL] IN m.nc                            # the means
 * cdo -s -b F64 ${OP}sum -addc,1 -mulc,0 -selname,V1 [SEL] IN n.nc               # steps per season (count)
 * cdo -s -b F64 ${OP}sum -setmisstoc,0 -gtc,-1e36 -selname,VARS [SEL] IN v.nc    # valid values (VAR_valid)
 * python3 cdo_to_csv.py seas|clim m.nc n.nc v.nc VARS NAME.${OP}mean.csv
 * </pre>
 * where {@code IN} is {@code testdata/NAME.nc}, or {@code testdata/real/monthly_navy_winds.cdf} with
 * {@code SEL} = {@code -selindexbox,17,20,36,41} (CDO's 1-based lon 17-20 and lat 36-41) for
 * {@code monthly_navy_winds}; e.g. {@code cdo -s -b F64 seasmean -selname,tas ../../tas_daily_small.nc m.nc}.
 *
 * <p>Columns are matched by name: the reference has {@code season,[year,]lat,lon,count,VAR,VAR_valid,...} and
 * Sluice {@code season,[year,]LAT,LON,VARS...,count}, where {@code LAT} and {@code LON} are the names of the
 * variable's latitude and longitude dimensions in the input ({@code FNOCY}, {@code FNOCX} in the navy winds
 * file). For the navy winds box, Sluice's rows are those whose coordinates are the box's coordinate values.
 * Labels, order, step counts and coordinates must be equal; means within 1e-4 (the largest difference is
 * printed and shown in the assertion message); a NaN in the reference is an empty field in Sluice's CSV.
 *
 * <p>The statistics references {@code NAME.seasstats.csv} / {@code NAME.yseasstats.csv} hold, per variable,
 * {@code VAR_min, VAR_max, VAR_sum, VAR_std, VAR_std1} from {@code cdo -s -b F64 [y]seas{min,max,sum,std,std1}}
 * and, for monthly files, {@code VAR_weighted_mean} from
 * {@code cdo -s -b F64 div -[y]seassum -muldpm SEL IN -[y]seassum -muldpm -gtc,-1e36 SEL IN}; Sluice runs one
 * stage per statistic ({@code weighted-mean} for the last), so its columns carry the same names, and they are
 * compared the same way.
 */
class RecordedCdoReferenceIT {
    private static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();
    private static final Path REFERENCE = TESTDATA.resolve("reference/cdo");
    private static final double TOLERANCE = 1e-4;

    /** Inputs of the references, by name (see the table in the reference README). */
    private static final Map<String, Input> INPUTS = Map.of(
            "tas_daily_small", Input.whole(TESTDATA.resolve("tas_daily_small.nc")),
            "multi_daily_small", Input.whole(TESTDATA.resolve("multi_daily_small.nc")),
            "tas_daily_noleap", Input.whole(TESTDATA.resolve("tas_daily_noleap.nc")),
            "tas_daily_360day", Input.whole(TESTDATA.resolve("tas_daily_360day.nc")),
            "tas_daily_proleptic", Input.whole(TESTDATA.resolve("tas_daily_proleptic.nc")),
            "monthly_packed", Input.whole(TESTDATA.resolve("monthly_packed.nc")),
            // cdo -selindexbox,17,20,36,41: 1-based lon indices 17..20, lat indices 36..41
            "monthly_navy_winds", new Input(TESTDATA.resolve("real/monthly_navy_winds.cdf"), 16, 19, 35, 40),
            // cdo -selindexbox,1,6,46,50
            "tas_rectilinear_grid_2D", new Input(TESTDATA.resolve("real/tas_rectilinear_grid_2D.nc"), 0, 5, 45, 49));

    @TempDir
    Path dir;

    /** An input file and, when the reference covers only part of the grid, its 0-based index box. */
    record Input(Path file, int lonFirst, int lonLast, int latFirst, int latLast) {
        static Input whole(Path file) {
            return new Input(file, -1, -1, -1, -1);
        }

        boolean boxed() {
            return lonFirst >= 0;
        }
    }

    static Stream<String> references() throws IOException {
        try (Stream<Path> files = Files.list(REFERENCE)) {
            List<String> names = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".seasmean.csv") && !n.endsWith(".yseasmean.csv"))
                    .map(n -> n.substring(0, n.length() - ".seasmean.csv".length())).sorted().toList();
            assertThat(names).as("reference pairs in %s", REFERENCE).isNotEmpty();
            return names.stream();
        }
    }

    @Test
    void everyRecordedReferenceHasBothFilesAndAKnownInput() throws IOException {
        List<String> names = references().toList();
        assertThat(names).containsExactlyInAnyOrderElementsOf(INPUTS.keySet());
        try (Stream<Path> files = Files.list(REFERENCE)) {
            List<String> yseas = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yseasmean.csv"))
                    .map(n -> n.substring(0, n.length() - ".yseasmean.csv".length())).toList();
            assertThat(yseas).containsExactlyInAnyOrderElementsOf(names);
        }
        for (Input input : INPUTS.values()) {
            assertThat(input.file()).isRegularFile();
        }
    }

    static Stream<String> statisticsReferences() throws IOException {
        try (Stream<Path> files = Files.list(REFERENCE)) {
            List<String> names = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".seasstats.csv") && !n.endsWith(".yseasstats.csv"))
                    .map(n -> n.substring(0, n.length() - ".seasstats.csv".length())).sorted().toList();
            assertThat(names).as("statistics references in %s", REFERENCE).isNotEmpty();
            assertThat(INPUTS.keySet()).containsAll(names);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}: per-year seasonal means match the recorded cdo seasmean")
    @MethodSource("references")
    void perYearSeasonalMeansMatchTheRecordedCdoSeasmean(String name) throws Exception {
        compare(name, false, "mean");
    }

    @ParameterizedTest(name = "{0}: the seasonal climatology matches the recorded cdo yseasmean")
    @MethodSource("references")
    void seasonalClimatologyMatchesTheRecordedCdoYseasmean(String name) throws Exception {
        compare(name, true, "mean");
    }

    @ParameterizedTest(name = "{0}: per-year min, max, sum, std, std1 (weighted mean) match the recorded cdo seas*")
    @MethodSource("statisticsReferences")
    void perYearSeasonalStatisticsMatchTheRecordedCdoSeasStatistics(String name) throws Exception {
        compare(name, false, "stats");
    }

    @ParameterizedTest(name = "{0}: climatologies of min, max, sum, std, std1 (weighted mean) match the recorded cdo yseas*")
    @MethodSource("statisticsReferences")
    void seasonalClimatologiesMatchTheRecordedCdoYseasStatistics(String name) throws Exception {
        compare(name, true, "stats");
    }

    /**
     * Compares Sluice with {@code NAME.[y]seas{KIND}.csv}: for {@code mean} its columns are variables (Sluice runs
     * one mean), for {@code stats} they are {@code VAR_STAT} (Sluice runs one stage per STAT, so its columns have
     * the same names).
     */
    private void compare(String name, boolean climatology, String kind) throws Exception {
        Input input = INPUTS.get(name);
        assertThat(input).as("input of reference %s (add it to INPUTS)", name).isNotNull();
        Table reference = Table.read(REFERENCE.resolve(name + (climatology ? ".yseas" : ".seas") + kind + ".csv"));
        List<String> columns = reference.header().stream()
                .filter(c -> !List.of("season", "year", "lat", "lon", "count").contains(c) && !c.endsWith("_valid"))
                .toList();
        assertThat(columns).as("value columns of %s", name).isNotEmpty();
        boolean stats = kind.equals("stats");
        List<String> variables = stats ? columns.stream().map(c -> c.substring(0, c.indexOf('_'))).distinct().toList()
                : columns;
        List<String> statistics = stats ? columns.stream().map(c -> c.substring(c.indexOf('_') + 1)).distinct()
                .toList() : List.of("mean");
        Grid grid = Grid.of(input, variables.get(0));

        Table sluice = runSluice(name, input.file(), variables, statistics, climatology);
        List<String> labels = climatology ? List.of("season") : List.of("season", "year");
        List<String> expectedHeader = new ArrayList<>(labels);
        expectedHeader.addAll(List.of(grid.latName(), grid.lonName()));
        expectedHeader.addAll(columns);
        expectedHeader.add("count");
        if (!climatology) {
            expectedHeader.add("complete");
        }
        assertThat(sluice.header()).as("Sluice's columns").containsExactlyInAnyOrderElementsOf(expectedHeader);
        assertThat(reference.header()).contains("season", "lat", "lon", "count");
        assertThat(reference.header().contains("year")).as("reference has a year column").isEqualTo(!climatology);

        // Sluice writes every cell of the file; the reference only the box's cells.
        assertThat(sluice.rows().size() % grid.cells()).as("Sluice's rows are whole grids").isZero();
        assertThat(reference.rows().size() % grid.boxCells()).as("reference rows are whole boxes").isZero();
        int periods = reference.rows().size() / grid.boxCells();
        assertThat(sluice.rows()).as("rows = %d periods x %d cells", periods, grid.cells())
                .hasSize(periods * grid.cells());
        List<String[]> selected = sluice.rows().stream()
                .filter(r -> grid.inBox(sluice.number(r, grid.latName()), sluice.number(r, grid.lonName())))
                .toList();
        assertThat(selected).as("Sluice rows in the reference's cells").hasSameSizeAs(reference.rows());

        double maxDifference = 0;
        int compared = 0;
        for (int i = 0; i < selected.size(); i++) {
            String[] s = selected.get(i);
            String[] r = reference.rows().get(i);
            String where = String.format("%s row %d (%s)", name, i, String.join(",", r));
            for (String label : labels) {
                assertThat(sluice.text(s, label)).as("%s: %s", where, label).isEqualTo(reference.text(r, label));
            }
            assertThat(sluice.number(s, grid.latName())).as("%s: lat", where).isEqualTo(reference.number(r, "lat"));
            assertThat(sluice.number(s, grid.lonName())).as("%s: lon", where).isEqualTo(reference.number(r, "lon"));
            assertThat(Long.parseLong(sluice.text(s, "count"))).as("%s: count (steps in the season)", where)
                    .isEqualTo(Long.parseLong(reference.text(r, "count")));
            for (String column : columns) {
                String expected = reference.text(r, column);
                String actual = sluice.text(s, column);
                if (expected.equals("NaN")) {
                    assertThat(actual).as("%s: %s is missing in the reference", where, column).isEmpty();
                } else {
                    assertThat(actual).as("%s: %s", where, column).isNotEmpty();
                    double e = Double.parseDouble(expected);
                    double a = Double.parseDouble(actual);
                    assertThat(a).as("%s: %s", where, column).isCloseTo(e, within(TOLERANCE));
                    maxDifference = Math.max(maxDifference, Math.abs(a - e));
                    compared++;
                }
            }
        }
        String summary = String.format("%s %s%s: %d rows, %d values, max |sluice - cdo| = %s", name,
                climatology ? "yseas" : "seas", kind, selected.size(), compared, maxDifference);
        System.out.println(summary);
        assertThat(maxDifference).as(summary).isLessThanOrEqualTo(TOLERANCE);
    }

    private Table runSluice(String name, Path input, List<String> variables, List<String> statistics,
                            boolean climatology) throws Exception {
        String kind = (climatology ? "yseas" : "seas") + String.join("-", statistics);
        List<String> stages = new ArrayList<>();
        for (String statistic : statistics) {
            String type = statistic.equals("weighted_mean") ? "weighted-mean, weights: month-length" : statistic;
            stages.add("  - { type: " + type + ", over: time" + (climatology ? ", group-by: season" : "") + " }");
        }
        Path output = dir.resolve(name + "." + kind + ".csv");
        Path pipeline = dir.resolve(name + "." + kind + ".yaml");
        Files.writeString(pipeline, String.join("\n",
                "pipeline: " + name + "-" + kind,
                "source: { type: netcdf, path: '" + input + "', variables: [" + String.join(", ", variables) + "] }",
                "split: { type: season }",
                "stages:",
                String.join("\n", stages),
                "sink: { type: csv, path: '" + output + "' }", ""));
        assertThat(Main.execute("run", pipeline.toString())).as("sluice run %s", pipeline).isZero();
        return Table.read(output);
    }

    /** A CSV file without quoting, with columns looked up by name. */
    record Table(List<String> header, Map<String, Integer> index, List<String[]> rows) {
        static Table read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file);
            assertThat(lines).as("%s", file).isNotEmpty();
            List<String> header = List.of(lines.get(0).split(",", -1));
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                assertThat(index.put(header.get(i), i)).as("duplicate column %s in %s", header.get(i), file).isNull();
            }
            List<String[]> rows = lines.stream().skip(1).map(l -> l.split(",", -1)).toList();
            for (String[] row : rows) {
                assertThat(row).as("%s: %s", file, Arrays.toString(row)).hasSameSizeAs(header);
            }
            return new Table(header, index, rows);
        }

        String text(String[] row, String column) {
            Integer i = index.get(column);
            assertThat(i).as("column %s in %s", column, header).isNotNull();
            return row[i];
        }

        double number(String[] row, String column) {
            return Double.parseDouble(text(row, column));
        }
    }

    /** The input's grid: names of the latitude and longitude dimensions and the coordinate values of the box. */
    record Grid(String latName, String lonName, int cells, Set<Double> boxLats, Set<Double> boxLons) {
        static Grid of(Input input, String variable) throws IOException {
            try (NetcdfFile nc = NetcdfFile.open(input.file().toString())) {
                Variable v = nc.findVariable(variable);
                assertThat(v).as("%s in %s", variable, input.file()).isNotNull();
                assertThat(v.getRank()).isEqualTo(3);
                String latName = v.getDimension(1).getShortName();
                String lonName = v.getDimension(2).getShortName();
                double[] lats = values(nc, latName);
                double[] lons = values(nc, lonName);
                Set<Double> boxLats = new LinkedHashSet<>();
                Set<Double> boxLons = new LinkedHashSet<>();
                int latFirst = input.boxed() ? input.latFirst() : 0;
                int latLast = input.boxed() ? input.latLast() : lats.length - 1;
                int lonFirst = input.boxed() ? input.lonFirst() : 0;
                int lonLast = input.boxed() ? input.lonLast() : lons.length - 1;
                for (int i = latFirst; i <= latLast; i++) {
                    boxLats.add(lats[i]);
                }
                for (int j = lonFirst; j <= lonLast; j++) {
                    boxLons.add(lons[j]);
                }
                return new Grid(latName, lonName, lats.length * lons.length, boxLats, boxLons);
            }
        }

        private static double[] values(NetcdfFile nc, String name) throws IOException {
            Variable coordinate = nc.findVariable(name);
            assertThat(coordinate).as("coordinate variable %s", name).isNotNull();
            Array a = coordinate.read();
            double[] out = new double[(int) a.getSize()];
            for (int i = 0; i < out.length; i++) {
                out[i] = a.getDouble(i);
            }
            return out;
        }

        int boxCells() {
            return boxLats.size() * boxLons.size();
        }

        boolean inBox(double lat, double lon) {
            return boxLats.contains(lat) && boxLons.contains(lon);
        }
    }
}
