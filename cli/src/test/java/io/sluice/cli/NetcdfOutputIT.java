package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ucar.nc2.NetcdfFile;
import ucar.nc2.Variable;

/**
 * The NetCDF sink's files against CDO 2.1.1's, run live: {@code cdo seasmean}, {@code cdo yseasmean} and
 * {@code cdo splitseas} on the same input, values compared to 1e-4 and time stamps and bounds exactly; and every
 * file Sluice writes opened by ncdump and xarray.
 */
class NetcdfOutputIT {
    private static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();
    private static final double TOLERANCE = 1e-4;

    @TempDir
    Path dir;

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("tas_daily_small.nc", "time", List.of("tas")),
                Arguments.of("tas_daily_360day.nc", "time", List.of("tas")),
                Arguments.of("real/monthly_navy_winds.cdf", "TIME", List.of("UWND", "VWND")),
                Arguments.of("real/coads_climatology.cdf", "TIME", List.of("SST", "AIRT")));
    }

    private Path run(String input, List<String> variables, String stages, String sink) throws IOException {
        Path pipeline = dir.resolve("pipeline.yaml");
        Files.writeString(pipeline, "pipeline: t\nsource: { type: netcdf, path: \"" + TESTDATA.resolve(input)
                + "\", variables: [" + String.join(", ", variables) + "] }\nsplit: { type: season }\n" + stages
                + "sink: " + sink + "\n");
        Console c = Console.run("run", pipeline.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        return dir;
    }

    private String cdoInput(String input, List<String> variables) {
        return "-selname," + String.join(",", variables) + " " + TESTDATA.resolve(input);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void seasonalMeansAgreeWithCdoSeasmeanValueByValueWithTheSameTimesAndBounds(String input, String time,
            List<String> variables) throws Exception {
        run(input, variables, "stages: [{ type: mean, over: time }]\n", "{ type: netcdf, path: out/seasmean.nc }");
        Path ours = dir.resolve("out/seasmean.nc");
        Path cdo = dir.resolve("cdo_seasmean.nc");
        CdoRun.cdo("seasmean", "-selname," + String.join(",", variables), TESTDATA.resolve(input).toString(),
                cdo.toString());
        assertThat(CdoRun.values(ours, time)).isEqualTo(CdoRun.values(cdo, time));
        assertThat(CdoRun.values(ours, time + "_bnds")).isEqualTo(CdoRun.values(cdo, time + "_bnds"));
        for (String v : variables) {
            assertSameValues(ours, cdo, v);
        }
        assertThat(attribute(ours, time, "bounds")).isEqualTo(time + "_bnds");
        assertThat(attribute(ours, variables.get(0), "cell_methods")).isEqualTo("time: mean");
        assertReadableByNcdumpAndXarray(input, time, List.of(ours), CdoRun.values(cdo, time).length);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void seasonalClimatologiesAgreeWithCdoYseasmeanAndCarryClimatologyBounds(String input, String time,
            List<String> variables) throws Exception {
        run(input, variables, "stages: [{ type: mean, over: time, group-by: season }]\n",
                "{ type: netcdf, path: out/yseasmean.nc }");
        Path ours = dir.resolve("out/yseasmean.nc");
        Path cdo = dir.resolve("cdo_yseasmean.nc");
        CdoRun.cdo("yseasmean", "-selname," + String.join(",", variables), TESTDATA.resolve(input).toString(),
                cdo.toString());
        for (String v : variables) {
            assertSameValues(ours, cdo, v);
            assertThat(attribute(ours, v, "cell_methods"))
                    .isEqualTo("time: mean within years time: mean over years");
        }
        assertThat(attribute(ours, time, "climatology")).isEqualTo("climatology_bnds");
        double[] stamps = CdoRun.values(ours, time);
        double[] bounds = CdoRun.values(ours, "climatology_bnds");
        double[] source = CdoRun.values(TESTDATA.resolve(input), time);
        for (int i = 0; i < stamps.length; i++) {
            assertThat(stamps[i]).isBetween(bounds[2 * i], bounds[2 * i + 1]);
        }
        // DJF pools the first steps of the file (a DJF cut by the file's start): its bounds start there
        assertThat(bounds[0]).isLessThanOrEqualTo(source[0]);
        assertReadableByNcdumpAndXarray(input, time, List.of(ours), 4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void perSeasonFilesWithoutStatisticsHoldExactlyTheStepsOfCdoSplitseas(String input, String time,
            List<String> variables) throws Exception {
        run(input, variables, "", "{ type: netcdf, path: out/split.nc, layout: per-season }");
        CdoRun.cdo("splitseas", "-selname," + String.join(",", variables), TESTDATA.resolve(input).toString(),
                dir.resolve("cdo_").toString());
        List<Path> written = new java.util.ArrayList<>();
        for (String season : List.of("DJF", "MAM", "JJA", "SON")) {
            Path ours = dir.resolve("out/split_" + season + ".nc");
            Path cdo = dir.resolve("cdo_" + season + ".nc");
            assertThat(Files.exists(ours)).as("%s written", ours).isEqualTo(Files.exists(cdo));
            if (!Files.exists(cdo)) {
                continue;
            }
            written.add(ours);
            assertThat(CdoRun.values(ours, time)).as(season).isEqualTo(CdoRun.values(cdo, time));
            if (hasVariable(cdo, time + "_bnds")) {
                assertThat(CdoRun.values(ours, time + "_bnds")).isEqualTo(CdoRun.values(cdo, time + "_bnds"));
            }
            for (String v : variables) {
                assertSameValues(ours, cdo, v);
            }
        }
        assertReadableByNcdumpAndXarray(input, time, written, -1);
    }

    /**
     * ncdump and xarray open every file; xarray decodes their CF times (with bounds or climatology bounds) except
     * for the year-0 COADS axis, which xarray 2023.01 cannot decode; each file has {@code steps} times (-1: any).
     */
    private static void assertReadableByNcdumpAndXarray(String input, String time, List<Path> files, int steps)
            throws IOException, InterruptedException {
        for (Path f : files) {
            assertThat(ExternalTool.run("ncdump", "-h", f.toString())).contains("netcdf ");
        }
        boolean decode = !input.contains("coads");
        String out = ExternalTool.xarrayTimes(decode, time, files.stream().map(Path::toString).toList());
        assertThat(out.lines()).hasSize(files.size());
        if (steps >= 0) {
            assertThat(out.lines().map(l -> l.split(" ")[1])).containsOnly(Integer.toString(steps));
        }
    }

    @Test
    void perSeasonYearFilesHoldOneSeasonEachWithCdoSeasmeansRecord() throws Exception {
        List<String> vars = List.of("UWND");
        run("real/monthly_navy_winds.cdf", vars, "stages: [{ type: mean, over: time }]\n",
                "{ type: netcdf, path: \"out/uwnd_${season}-${year}.nc\", layout: per-season-year }");
        Path cdo = dir.resolve("cdo_seasmean.nc");
        CdoRun.cdo("seasmean", "-selname,UWND", TESTDATA.resolve("real/monthly_navy_winds.cdf").toString(),
                cdo.toString());
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.count()).isEqualTo(45);
        }
        double[] times = CdoRun.values(cdo, "TIME");
        double[] all = CdoRun.values(cdo, "UWND");
        int cells = all.length / times.length;
        // record 1 of CDO's file is MAM 1982, record 44 the lone December 1992 (DJF 1993)
        for (Object[] c : new Object[][] {{"MAM-1982", 1}, {"DJF-1993", 44}}) {
            Path ours = dir.resolve("out/uwnd_" + c[0] + ".nc");
            int r = (Integer) c[1];
            assertThat(CdoRun.values(ours, "TIME")).containsExactly(times[r]);
            double[] one = CdoRun.values(ours, "UWND");
            for (int k = 0; k < cells; k++) {
                assertThat(one[k]).isCloseTo(all[r * cells + k], within(TOLERANCE));
            }
        }
    }

    @Test
    void yearlyFilesJoinedByAGlobGiveCdoMergetimeSeasmeanIncludingTheDjfsThatSpanTwoFiles() throws Exception {
        Path years = Files.createDirectories(dir.resolve("years"));
        CdoRun.cdo("splityear", TESTDATA.resolve("tas_daily_small.nc").toString(), years.resolve("tas_").toString());
        List<String> files;
        try (Stream<Path> found = Files.list(years)) {
            files = found.map(Path::toString).sorted().toList();
        }
        assertThat(files).hasSize(4);
        run(years + "/tas_*.nc", List.of("tas"), "stages: [{ type: mean, over: time }]\n",
                "{ type: netcdf, path: out/joined.nc }");
        Path ours = dir.resolve("out/joined.nc");
        Path cdo = dir.resolve("cdo_joined.nc");
        List<String> args = new java.util.ArrayList<>(List.of("seasmean", "-mergetime"));
        args.addAll(files);
        args.add(cdo.toString());
        CdoRun.cdo(args.toArray(String[]::new));
        assertThat(CdoRun.values(ours, "time")).isEqualTo(CdoRun.values(cdo, "time"));
        assertThat(CdoRun.values(ours, "time_bnds")).isEqualTo(CdoRun.values(cdo, "time_bnds"));
        assertSameValues(ours, cdo, "tas");
        Console plan = Console.run("plan", dir.resolve("pipeline.yaml").toString());
        assertThat(plan.out()).contains("(NetCDF-3 classic, 4 files)", "file " + years.resolve("tas_1981.nc")
                + " (1981-01-01T12:00:00 .. 1981-12-31T12:00:00, 365 steps)");
    }

    @Test
    void ncdumpAndXarrayReadTheSameValuesAsNetcdfJava() throws Exception {
        run("tas_daily_small.nc", List.of("tas"), "stages: [{ type: mean, over: time }, { type: max, over: time }]\n",
                "{ type: netcdf, path: out/both.nc }");
        Path ours = dir.resolve("out/both.nc");
        assertThat(ExternalTool.run("ncdump", "-k", ours.toString()).trim()).isEqualTo("64-bit offset");
        String header = ExternalTool.run("ncdump", "-h", ours.toString());
        assertThat(header).contains("double tas_mean(time, lat, lon)", "float tas_max(time, lat, lon)",
                "time:calendar = \"standard\"", ":title = \"Sluice synthetic test fixture tas_daily_small\"",
                "tas_mean:standard_name = \"air_temperature\"", "tas_max:cell_methods = \"time: maximum\"");
        String summary = ExternalTool.xarraySummary(ours.toString());
        for (String v : List.of("tas_max", "tas_mean")) {
            double[] values = CdoRun.values(ours, v);
            double sum = 0;
            for (double x : values) {
                sum += x;
            }
            String line = summary.lines().filter(l -> l.startsWith(v + " ")).findFirst().orElseThrow();
            String[] parts = line.split(" ");
            assertThat(parts[1]).isEqualTo("time,lat,lon");
            assertThat(Double.parseDouble(parts[2])).isCloseTo(sum, within(1e-6 * Math.abs(sum)));
            assertThat(Integer.parseInt(parts[3])).isEqualTo(values.length);
        }
    }

    @Test
    void netcdf4OutputIsDeflatedAndReadByCdoNcdumpAndXarrayWithCdosValues() throws Exception {
        run("tas_daily_small.nc", List.of("tas"), "stages: [{ type: mean, over: time }]\n",
                "{ type: netcdf, path: out/nc4.nc, format: netcdf4, deflate: 5, fallback: false }");
        Path ours = dir.resolve("out/nc4.nc");
        assertThat(ExternalTool.run("ncdump", "-k", ours.toString()).trim()).isEqualTo("netCDF-4");
        assertThat(ExternalTool.run("ncdump", "-hs", ours.toString())).contains("tas:_DeflateLevel = 5 ;",
                "tas:_Shuffle = \"true\" ;");
        Path cdo = dir.resolve("cdo_seasmean.nc");
        CdoRun.cdo("seasmean", TESTDATA.resolve("tas_daily_small.nc").toString(), cdo.toString());
        Path back = dir.resolve("cdo_copy.nc");
        CdoRun.cdo("copy", ours.toString(), back.toString());
        assertThat(CdoRun.values(ours, "time")).isEqualTo(CdoRun.values(cdo, "time"));
        assertSameValues(back, cdo, "tas");
        assertThat(ExternalTool.xarraySummary(ours.toString())).startsWith("tas time,lat,lon ");
    }

    @Test
    void historyGetsALineWithTheRunsTimeVersionPipelineAndHash() throws Exception {
        run("real/coads_climatology.cdf", List.of("SST"), "stages: [{ type: mean, over: time }]\n",
                "{ type: netcdf, path: out/sst.nc }");
        Path ours = dir.resolve("out/sst.nc");
        try (NetcdfFile nc = NetcdfFile.open(ours.toString())) {
            String history = nc.findGlobalAttribute("history").getStringValue();
            assertThat(history).startsWith("FERRET V4.45 (GUI) 22-May-97\n");
            assertThat(history.substring(history.indexOf('\n') + 1)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ sluice \\S+: pipeline t"
                    + " \\(sha256:[0-9a-f]{64}\\)");
            assertThat(nc.findGlobalAttribute("Conventions").getStringValue()).isEqualTo("CF-1.8");
            Variable sst = nc.findVariable("SST");
            assertThat(sst.findAttribute("long_name").getStringValue()).isEqualTo("SEA SURFACE TEMPERATURE");
            assertThat(sst.findAttribute("units").getStringValue()).isEqualTo("Deg C");
            assertThat(sst.findAttribute("_FillValue").getNumericValue().floatValue()).isEqualTo(-1e34f);
            assertThat(sst.findAttribute("scale_factor")).isNull();
            assertThat(nc.findVariable("TIME").findAttribute("units").getStringValue())
                    .isEqualTo("hour since 0000-01-01 00:00:00");
        }
    }

    private static void assertSameValues(Path ours, Path cdo, String variable) throws IOException {
        double[] expected = CdoRun.values(cdo, variable);
        double[] actual = CdoRun.values(ours, variable);
        assertThat(actual).as(variable).hasSameSizeAs(expected);
        double worst = 0;
        int worstAt = -1;
        int missingDiffers = 0;
        for (int i = 0; i < expected.length; i++) {
            missingDiffers += Double.isNaN(actual[i]) == Double.isNaN(expected[i]) ? 0 : 1;
            double d = Double.isNaN(expected[i]) ? 0 : Math.abs(actual[i] - expected[i]);
            if (d > worst) {
                worst = d;
                worstAt = i;
            }
        }
        assertThat(missingDiffers).as("values of %s missing in one file only", variable).isZero();
        assertThat(worst).as("largest difference in %s (at %d)", variable, worstAt).isLessThanOrEqualTo(TOLERANCE);
    }

    private static String attribute(Path file, String variable, String name) throws IOException {
        try (NetcdfFile nc = NetcdfFile.open(file.toString())) {
            var a = nc.findVariable(variable).findAttribute(name);
            return a == null ? null : a.getStringValue();
        }
    }

    private static boolean hasVariable(Path file, String variable) throws IOException {
        try (NetcdfFile nc = NetcdfFile.open(file.toString())) {
            return nc.findVariable(variable) != null;
        }
    }
}
