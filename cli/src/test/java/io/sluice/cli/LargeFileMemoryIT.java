package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sluice.testdata.FixtureWriter;
import io.sluice.testdata.Fixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucar.ma2.Array;
import ucar.ma2.InvalidRangeException;
import ucar.nc2.Attribute;
import ucar.nc2.NetcdfFile;
import ucar.nc2.Variable;

/**
 * {@code sluice run} computes seasonal means of the 0.92 GB daily benchmark file ({@link Fixtures#large()}:
 * 1981-2010, 10957 steps, 73 x 144, {@code tas} and {@code pr} float32, UNLIMITED time) in a separate JVM with
 * {@code -Xmx256m}, for per-year seasons (121 x 73 x 144 rows) and the season climatology (4 x 73 x 144 rows).
 * One cell of one season is checked against a mean computed here from that cell's time series, read with
 * netcdf-java and averaged in double. The file is generated into a temporary folder (about 10 s) and deleted
 * afterwards. Wall times and the child's peak resident memory ({@code VmHWM}, Linux only) are printed.
 *
 * <p>Tagged {@code large}, so the normal build skips it. Run it with
 * <pre>
 * ./mvnw -pl cli -am verify -Dsluice.excludedGroups=none -Dgroups=large
 * </pre>
 * ({@code -am} also builds the modules cli depends on, and runs their {@code large} tests, i.e. testdata's
 * {@code LargeFixtureTest}); when those modules are already installed, {@code ./mvnw -pl cli verify
 * -Dsluice.excludedGroups=none -Dgroups=large} runs this class alone. Needs about 1 GB free in the temporary
 * folder.
 */
@Tag("large")
class LargeFileMemoryIT {
    private static final int NLAT = 73;
    private static final int NLON = 144;
    private static final int CELLS = NLAT * NLON;
    private static final String[] SEASONS = {"DJF", "MAM", "JJA", "SON"};
    /** The spot-checked cell (0-based indices into lat and lon). */
    private static final int LAT = 50;
    private static final int LON = 100;

    @TempDir
    static Path dir;

    private static Path file;

    @BeforeAll
    static void writeTheLargeFile() throws IOException {
        file = dir.resolve("tas_pr_daily_large.nc");
        long start = System.nanoTime();
        FixtureWriter.write(Fixtures.large(), file);
        System.out.printf("large file: %,d bytes written in %.1f s%n", Files.size(file), seconds(start));
    }

    @Test
    void perYearSeasonalMeansOfTheLargeFileRunIn256MbOfHeapAndMatchAnIndependentMean() throws Exception {
        Path output = runChild("seasmean", "{ type: mean, over: time }");
        Scan scan = scan(output, true, "DJF", "1996");
        assertThat(scan.rows()).as("rows = 121 seasons x 73 x 144").isEqualTo(121L * CELLS);
        assertThat(scan.periods()).as("seasons in time order").hasSize(121);
        assertThat(scan.periods().get(0)).isEqualTo("DJF-1981");
        assertThat(scan.periods().get(1)).isEqualTo("MAM-1981");
        assertThat(scan.periods().get(120)).isEqualTo("DJF-2011");
        for (int s = 1; s < 120; s++) {
            int year = 1981 + s / 4;
            assertThat(scan.periods().get(s)).isEqualTo(SEASONS[s % 4] + "-" + year);
        }
        // DJF 1996 = December 1995 + January and February 1996 (leap year: 91 days)
        checkSpot(scan, date -> date.getYear() == (date.getMonthValue() == 12 ? 1995 : 1996)
                && (date.getMonthValue() == 12 || date.getMonthValue() <= 2), 91);
    }

    @Test
    void theSeasonalClimatologyOfTheLargeFileRunsIn256MbOfHeapAndMatchesAnIndependentMean() throws Exception {
        Path output = runChild("yseasmean", "{ type: mean, over: time, group-by: season }");
        Scan scan = scan(output, false, "DJF", null);
        assertThat(scan.rows()).as("rows = 4 seasons x 73 x 144").isEqualTo(4L * CELLS);
        assertThat(scan.periods()).containsExactly(SEASONS);
        // every December, January and February of 1981-2010: 30 x 90 days + 7 leap days
        checkSpot(scan, date -> date.getMonthValue() == 12 || date.getMonthValue() <= 2, 30 * 90 + 7);
    }

    /** Runs {@code java -Xmx256m io.sluice.cli.Main run PIPELINE} in a child JVM and returns the output CSV. */
    private static Path runChild(String name, String stage) throws Exception {
        Path output = dir.resolve(name + ".csv");
        Path pipeline = dir.resolve(name + ".yaml");
        Files.writeString(pipeline, String.join("\n",
                "pipeline: large-" + name,
                "source: { type: netcdf, path: '" + file + "', variables: [tas, pr] }",
                "split: { type: season }",
                "stages:",
                "  - " + stage,
                "sink: { type: csv, path: '" + output + "' }", ""));
        Path log = dir.resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "io.sluice.cli.Main", "run", pipeline.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process child = builder.start();
        AtomicLong peakKb = new AtomicLong(-1);
        Thread watcher = new Thread(() -> watchPeakMemory(child, peakKb), "vmhwm-" + name);
        watcher.setDaemon(true);
        watcher.start();
        boolean finished = child.waitFor(30, TimeUnit.MINUTES);
        double wall = seconds(start);
        if (!finished) {
            child.destroyForcibly().waitFor();
        }
        watcher.join(1000);
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        System.out.printf("%s: child JVM -Xmx256m exited %s after %.1f s wall, peak RSS (VmHWM) %s%n%s", name,
                finished ? child.exitValue() : "(killed)", wall,
                peakKb.get() < 0 ? "not available" : String.format("%,d kB", peakKb.get()), printed);
        assertThat(finished).as("%s finished within 30 minutes", name).isTrue();
        assertThat(child.exitValue()).as("exit code of sluice run %s; it printed:%n%s", name, printed).isZero();
        assertThat(output).isRegularFile();
        return output;
    }

    /** Polls {@code /proc/PID/status} for the child's peak resident set size until it exits (Linux only). */
    private static void watchPeakMemory(Process child, AtomicLong peakKb) {
        Path status = Path.of("/proc", Long.toString(child.pid()), "status");
        while (child.isAlive()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                        peakKb.accumulateAndGet(kb, Math::max);
                    }
                }
                Thread.sleep(20);
            } catch (IOException | RuntimeException e) {
                return; // not Linux, or the process has just exited
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The CSV's row count, its period labels in order of first appearance, and the spot-checked row. */
    private record Scan(long rows, List<String> periods, String[] spot, int tasColumn, int prColumn,
            int countColumn) {
    }

    private static Scan scan(Path csv, boolean perYear, String season, String year) throws IOException {
        double[] lats;
        double[] lons;
        try (NetcdfFile nc = NetcdfFile.open(file.toString())) {
            lats = (double[]) nc.findVariable("lat").read().get1DJavaArray(double.class);
            lons = (double[]) nc.findVariable("lon").read().get1DJavaArray(double.class);
        }
        assertThat(lats).hasSize(NLAT);
        assertThat(lons).hasSize(NLON);
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<String> header = List.of(in.readLine().split(",", -1));
            assertThat(header).containsExactly(perYear
                    ? new String[] {"season", "year", "lat", "lon", "tas", "pr", "count"}
                    : new String[] {"season", "lat", "lon", "tas", "pr", "count"});
            int latColumn = header.indexOf("lat");
            int lonColumn = header.indexOf("lon");
            List<String> periods = new ArrayList<>();
            List<Long> sizes = new ArrayList<>();
            String[] spot = null;
            long rows = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] row = line.split(",", -1);
                assertThat(row).as("row %d", rows + 1).hasSameSizeAs(header);
                rows++;
                String period = perYear ? row[0] + "-" + row[1] : row[0];
                if (periods.isEmpty() || !periods.get(periods.size() - 1).equals(period)) {
                    periods.add(period);
                    sizes.add(0L);
                }
                sizes.set(sizes.size() - 1, sizes.get(sizes.size() - 1) + 1);
                if (row[0].equals(season) && (!perYear || row[1].equals(year))
                        && Double.parseDouble(row[latColumn]) == lats[LAT]
                        && Double.parseDouble(row[lonColumn]) == lons[LON]) {
                    assertThat(spot).as("one row for %s %s at (%s, %s)", season, year, lats[LAT], lons[LON]).isNull();
                    spot = row;
                }
            }
            assertThat(sizes).as("every period has one row per cell").allMatch(n -> n == CELLS);
            assertThat(spot).as("row for %s %s at lat %s lon %s", season, year, lats[LAT], lons[LON]).isNotNull();
            return new Scan(rows, periods, spot, header.indexOf("tas"), header.indexOf("pr"), header.indexOf("count"));
        }
    }

    /** Compares the spot row with means of the cell's values at the time steps whose date is in the season. */
    private static void checkSpot(Scan scan, Predicate<LocalDate> inSeason, int expectedSteps)
            throws IOException, InvalidRangeException {
        try (NetcdfFile nc = NetcdfFile.open(file.toString())) {
            Variable time = nc.findVariable("time");
            assertThat(time.findAttribute("units").getStringValue()).isEqualTo("days since 1850-01-01");
            assertThat(time.findAttribute("calendar").getStringValue()).isEqualTo("standard");
            double[] days = (double[]) time.read().get1DJavaArray(double.class);
            LocalDate origin = LocalDate.of(1850, 1, 1); // after 1582: standard = proleptic Gregorian = java.time
            IntPredicate selected = t -> inSeason.test(origin.plusDays((long) Math.floor(days[t])));
            int steps = 0;
            for (int t = 0; t < days.length; t++) {
                steps += selected.test(t) ? 1 : 0;
            }
            assertThat(steps).as("time steps in the season").isEqualTo(expectedSteps);
            assertThat(Long.parseLong(scan.spot()[scan.countColumn()])).as("count").isEqualTo(steps);

            double tas = mean(nc.findVariable("tas"), days.length, selected);
            double pr = mean(nc.findVariable("pr"), days.length, selected);
            double sluiceTas = Double.parseDouble(scan.spot()[scan.tasColumn()]);
            double sluicePr = Double.parseDouble(scan.spot()[scan.prColumn()]);
            System.out.printf("spot (lat %d, lon %d, %d steps): tas sluice %s independent %s (diff %s); "
                    + "pr sluice %s independent %s (diff %s)%n", LAT, LON, steps, sluiceTas, tas,
                    Math.abs(sluiceTas - tas), sluicePr, pr, Math.abs(sluicePr - pr));
            assertThat(sluiceTas).as("tas mean").isCloseTo(tas, within(1e-4));
            // pr is about 2e-5 kg m-2 s-1, so 1e-4 would accept anything; double sums of floats agree far closer
            assertThat(sluicePr).as("pr mean").isCloseTo(pr, within(1e-12));
        }
    }

    /**
     * The mean over the selected time steps of the spot cell, skipping the fill value, reading each run of
     * consecutive selected steps with one {@code read(origin, shape)}.
     */
    private static double mean(Variable v, int steps, IntPredicate selected)
            throws IOException, InvalidRangeException {
        Attribute fill = v.findAttribute("_FillValue");
        double missing = fill == null ? Double.NaN : fill.getNumericValue().doubleValue();
        double sum = 0;
        long n = 0;
        for (int t = 0; t < steps; ) {
            if (!selected.test(t)) {
                t++;
                continue;
            }
            int end = t;
            while (end < steps && selected.test(end)) {
                end++;
            }
            Array a = v.read(new int[] {t, LAT, LON}, new int[] {end - t, 1, 1});
            for (int i = 0; i < a.getSize(); i++) {
                double x = a.getDouble(i);
                if (!Double.isNaN(x) && x != missing) {
                    sum += x;
                    n++;
                }
            }
            t = end;
        }
        assertThat(n).as("valid values of %s", v.getShortName()).isPositive();
        return sum / n;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
