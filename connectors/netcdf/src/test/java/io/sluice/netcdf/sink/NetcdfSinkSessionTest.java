package io.sluice.netcdf.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.config.ConfigReader;
import io.sluice.core.config.PipelineInvalidException;
import io.sluice.core.config.Problems;
import io.sluice.core.data.Axis;
import io.sluice.core.data.ColumnType;
import io.sluice.core.data.GridTable;
import io.sluice.core.data.Table;
import io.sluice.core.data.TimeAxis;
import io.sluice.core.data.TimeSpan;
import io.sluice.core.data.VariableInfo;
import io.sluice.core.plan.SourceDescription;
import io.sluice.core.sink.StagingDirectory;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.RunContext;
import io.sluice.core.spi.Sink;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucar.nc2.NetcdfFile;

class NetcdfSinkSessionTest {
    private static final List<Axis> SPACE = List.of(Axis.of("lat", "degrees_north", new double[] {-10, 10}));

    @TempDir
    Path dir;

    private static RunContext context() {
        int[] one = {2000};
        TimeAxis time = TimeAxis.of("time", "days since 2000-01-01", "noleap", new double[] {0.5}, one, new int[] {1},
                new int[] {1}, new int[] {43200});
        VariableInfo tas = VariableInfo.of("tas", List.of("time", "lat"), "float", ColumnType.FLOAT,
                Map.of("units", "K", "_FillValue", "1.0E20"));
        SourceDescription d = new SourceDescription("t.nc", "test", time, SPACE, List.of(tas),
                Map.of("time", 1, "lat", 2), Map.of("title", "test"), List.of(tas));
        return new RunContext("p", "sha256:00", Instant.parse("2026-01-02T03:04:05Z"), d, List.of("season", "year"));
    }

    private Sink sink(String path, String layout) {
        return sink(NetcdfSink.at(path).with("layout", layout), new NetcdfSinkFactory());
    }

    private Sink sink(io.sluice.core.config.Config config, NetcdfSinkFactory factory) {
        Problems problems = new Problems();
        ConfigReader reader = new ConfigReader(config.atPath("sink"), problems, dir);
        Sink s = factory.create(reader);
        reader.finish();
        problems.throwIfAny();
        return s;
    }

    /** {@code CDF2} for NetCDF-3 64-bit offset, {@code HDF} for NetCDF-4 (HDF5), from the first bytes. */
    private static String signature(Path file) throws IOException {
        byte[] head = Arrays.copyOf(Files.readAllBytes(file), 4);
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return text.startsWith("CDF") ? "CDF" + head[3] : text.substring(1);
    }

    @Test
    void netcdf4IsWrittenDeflatedWithTheSameValuesWhenTheCLibraryIsPresent() throws IOException {
        assertThat(NetcdfCLibrary.present()).as("libnetcdf19 (installed with netcdf-bin by"
                + " scripts/install-test-tools.sh)").isTrue();
        SinkSession session = sink(NetcdfSink.at("out/nc4.nc").with("format", "netcdf4").with("deflate", 5L),
                new NetcdfSinkFactory()).begin(context());
        write(session, 0, season("DJF", "2000", 0, 59, 1, Double.NaN));
        session.commit();
        Path file = dir.resolve("out/nc4.nc");
        assertThat(signature(file)).isEqualTo("HDF");
        try (NetcdfFile nc = NetcdfFile.open(file.toString())) {
            assertThat((double[]) nc.findVariable("tas").read().copyTo1DJavaArray()).containsExactly(1, 1e20);
            assertThat((double[]) nc.findVariable("time").read().copyTo1DJavaArray()).containsExactly(29.5);
        }
    }

    @Test
    void withoutTheCLibraryNetcdf4FallsBackToNetcdf3() throws IOException {
        SinkSession session = sink(NetcdfSink.at("out/nc3.nc").with("format", "netcdf4"),
                new NetcdfSinkFactory(() -> false)).begin(context());
        write(session, 0, season("DJF", "2000", 0, 59, 1, 2));
        session.commit();
        assertThat(signature(dir.resolve("out/nc3.nc"))).as("64-bit offset").isEqualTo("CDF2");
    }

    @Test
    void withoutTheCLibraryAndWithoutFallbackNetcdf4IsAProblem() {
        var config = NetcdfSink.at("out/x.nc").with("format", "netcdf4").with("fallback", false);
        assertThatThrownBy(() -> sink(config, new NetcdfSinkFactory(() -> false)))
                .isInstanceOf(PipelineInvalidException.class)
                .hasMessageContaining("sink.format: netcdf4 cannot be written: the netCDF C library (libnetcdf,"
                        + " which netcdf-java needs to write NetCDF-4) is not installed");
    }

    /** A season's mean over days [lower, upper) with the values given (NaN missing). */
    private static Table season(String season, String year, double lower, double upper, double... values) {
        return GridTable.builder(SPACE).label("season", season).label("year", year)
                .variable("tas", ColumnType.DOUBLE, values, Map.of("units", "K", "cell_methods", "time: mean"))
                .constant("count", ColumnType.LONG, "90")
                .attributes(new TimeSpan(lower + 0.5, upper - 0.5, lower, upper, false).toAttributes()).build();
    }

    private static void write(SinkSession session, int index, Table table) throws IOException {
        try (PartWriter w = session.part(index)) {
            w.write(table);
        }
    }

    @Test
    void recordsAreStampedAtTheMiddleOfTheirBoundsInPartOrderWithMissingValuesAsTheSourceFill() throws IOException {
        SinkSession session = sink("out/means.nc", "single").begin(context());
        write(session, 1, season("MAM", "2000", 59, 151, 3, 4));
        write(session, 0, season("DJF", "2000", 0, 59, 1, Double.NaN));
        session.commit();
        try (NetcdfFile nc = NetcdfFile.open(dir.resolve("out/means.nc").toString())) {
            // hand-computed: (0 + 59) / 2 = 29.5 and (59 + 151) / 2 = 105
            assertThat((double[]) nc.findVariable("time").read().copyTo1DJavaArray()).containsExactly(29.5, 105);
            assertThat((double[]) nc.findVariable("time_bnds").read().copyTo1DJavaArray())
                    .containsExactly(0, 59, 59, 151);
            assertThat((double[]) nc.findVariable("tas").read().copyTo1DJavaArray()).containsExactly(1, 1e20, 3, 4);
            assertThat(nc.findVariable("tas").findAttribute("_FillValue").getNumericValue()).isEqualTo(1e20);
            assertThat(nc.findVariable("count")).as("the step count is said by the bounds").isNull();
            assertThat(nc.findVariable("time").findAttribute("calendar").getStringValue()).isEqualTo("noleap");
            assertThat(nc.findGlobalAttribute("history").getStringValue())
                    .isEqualTo("2026-01-02T03:04:05Z sluice " + History.version() + ": pipeline p (sha256:00)");
        }
        assertThat(filesIn(dir.resolve("out"))).containsExactly("means.nc");
    }

    @Test
    void perSeasonFilesHoldEachSeasonsRecordsInTimeOrder() throws IOException {
        SinkSession session = sink("out/tas.nc", "per-season").begin(context());
        write(session, 0, season("DJF", "2000", 0, 59, 1, 2));
        write(session, 1, season("MAM", "2000", 59, 151, 3, 4));
        write(session, 2, season("DJF", "2001", 334, 424, 5, 6));
        session.commit();
        assertThat(filesIn(dir.resolve("out"))).containsExactly("tas_DJF.nc", "tas_MAM.nc");
        try (NetcdfFile nc = NetcdfFile.open(dir.resolve("out/tas_DJF.nc").toString())) {
            assertThat((double[]) nc.findVariable("time").read().copyTo1DJavaArray()).containsExactly(29.5, 379);
        }
    }

    @Test
    void anAbortedRunLeavesThePreviousFileAsItWasAndNoStaging() throws IOException {
        Path target = Files.createDirectories(dir.resolve("out")).resolve("means.nc");
        Files.writeString(target, "previous");
        SinkSession session = sink("out/means.nc", "single").begin(context());
        write(session, 0, season("DJF", "2000", 0, 59, 1, 2));
        session.abort();
        assertThat(Files.readString(target)).isEqualTo("previous");
        assertThat(filesIn(dir.resolve("out"))).containsExactly("means.nc");
    }

    @Test
    void aFileNameWithALabelTheResultsDoNotCarryFailsBeforeAnyDataIsRead() {
        Sink s = sink("out/tas.nc", "per-season-year");
        RunContext pooled = new RunContext("p", "sha256:00", Instant.now(), context().source(), List.of("season"));
        assertThatThrownBy(() -> s.begin(pooled)).isInstanceOf(IOException.class)
                .hasMessage(dir.resolve("out/tas_${season}-${year}.nc") + ": the file name uses ${year} but the"
                        + " results carry only the labels [season] (a group-by pools the other labels); use one of"
                        + " them, or another layout");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aRetriedPartReplacesItsEarlierAttemptInTheTargetsStagingDirectory() throws IOException {
        SinkSession session = sink("out/means.nc", "single").begin(context());
        assertThat(session.staging()).get().extracting(StagingDirectory::folder)
                .isEqualTo(dir.resolve("out/.means.nc.sluice-staging"));
        write(session, 0, season("DJF", "2000", 0, 59, 1, 2));
        write(session, 0, season("DJF", "2000", 0, 59, 7, 8));
        session.commit();
        try (NetcdfFile nc = NetcdfFile.open(dir.resolve("out/means.nc").toString())) {
            assertThat((double[]) nc.findVariable("tas").read().copyTo1DJavaArray()).containsExactly(7, 8);
        }
        assertThat(filesIn(dir.resolve("out"))).containsExactly("means.nc");
    }

    @Test
    void aSeasonLabelThatLooksLikeAPathStaysOneFileNameInsideTheFolder() throws IOException {
        SinkSession session = sink("out/tas.nc", "per-season").begin(context());
        write(session, 0, season("../x", "2000", 0, 59, 1, 2));
        session.commit();
        assertThat(filesIn(dir.resolve("out"))).containsExactly("tas_..%2Fx.nc");
        assertThat(filesIn(dir)).containsExactly("out");
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
