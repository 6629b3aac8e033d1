package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sluice.core.model.Pipeline;
import io.sluice.core.run.LocalRunner;
import io.sluice.core.run.RunOptions;
import io.sluice.core.yaml.PipelineYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucar.ma2.Array;
import ucar.nc2.NetcdfFile;

/** The seasonal-netcdf example's files agree with {@code cdo seasmean} and {@code cdo splitseas}, run live. */
class SeasonalNetcdfExampleIT {
    private static final Path FOLDER = Path.of("seasonal-netcdf").toAbsolutePath();
    private static final Path WINDS = FOLDER.resolve("../../testdata/real/monthly_navy_winds.cdf").normalize();

    @TempDir
    Path out;

    @Test
    void seasonalMeansAreCdoSeasmeansWithTheSameTimeStampsAndBounds() throws Exception {
        Path ours = out.resolve("winds_seasmean.nc");
        new LocalRunner(RunOptions.defaults()).run(withSink(PipelineYaml.load(FOLDER.resolve("pipeline.yaml")),
                ours.toString()));
        Path cdo = out.resolve("cdo.nc");
        cdo("seasmean", WINDS.toString(), cdo.toString());
        assertThat(read(ours, "TIME")).hasSize(45).isEqualTo(read(cdo, "TIME"));
        assertThat(read(ours, "TIME_bnds")).isEqualTo(read(cdo, "TIME_bnds"));
        assertThat(read(ours, "TIME")[0]).isEqualTo(17963.25);
        for (String v : List.of("UWND", "VWND")) {
            double[] expected = read(cdo, v);
            double[] actual = read(ours, v);
            assertThat(actual).hasSameSizeAs(expected);
            double worst = 0;
            for (int i = 0; i < expected.length; i++) {
                worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
            }
            assertThat(worst).as("largest difference in %s", v).isCloseTo(0, within(1e-4));
        }
    }

    @Test
    void perSeasonFilesHoldTheMonthsCdoSplitseasPutsInThem() throws Exception {
        Pipeline p = PipelineYaml.load(FOLDER.resolve("per-season.yaml"));
        new LocalRunner(RunOptions.defaults()).run(withSink(p, out.resolve("uwnd_${season}.nc").toString()));
        cdo("splitseas", "-selname,UWND", WINDS.toString(), out.resolve("cdo_").toString());
        for (String season : List.of("DJF", "MAM", "JJA", "SON")) {
            Path ours = out.resolve("uwnd_" + season + ".nc");
            Path cdo = out.resolve("cdo_" + season + ".nc");
            assertThat(read(ours, "TIME")).as(season).isEqualTo(read(cdo, "TIME"));
            assertThat(read(ours, "UWND")).as(season).isEqualTo(read(cdo, "UWND"));
        }
        assertThat(read(out.resolve("uwnd_DJF.nc"), "TIME")).as("2 + 10 x 3 + 1 months").hasSize(33);
    }

    private static Pipeline withSink(Pipeline p, String path) {
        Pipeline.Builder b = Pipeline.builder(p.name()).baseDirectory(p.baseDirectory()).source(p.source())
                .split(p.split()).sink(p.sink().with("path", path));
        p.stages().forEach(b::stage);
        return b.build();
    }

    private static double[] read(Path file, String variable) throws IOException {
        try (NetcdfFile nc = NetcdfFile.open(file.toString())) {
            Array a = nc.findVariable(variable).read();
            double[] values = new double[(int) a.getSize()];
            for (int i = 0; i < values.length; i++) {
                values[i] = a.getDouble(i);
            }
            return values;
        }
    }

    private static void cdo(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("cdo", "-s"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("%s: %s", command, text).isZero();
    }
}
