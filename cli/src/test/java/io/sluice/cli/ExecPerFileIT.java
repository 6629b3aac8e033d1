package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code per: file}: the command gets each input file of a multi-file source as it is, never written to. Yearly
 * files made with {@code cdo -s splityear tas_daily_small.nc tas_}, each averaged by {@code cdo timmean} through a
 * year split, give what {@code cdo -s yearmean tas_daily_small.nc} gives; a split that does not cut at the files'
 * ends fails the run with one line.
 */
class ExecPerFileIT {
    private static final Path INPUT = Path.of("../testdata/tas_daily_small.nc").toAbsolutePath().normalize();
    private static final List<String> YEARS = List.of("1981", "1982", "1983", "1984");

    @TempDir
    Path dir;

    @BeforeEach
    void yearlyFiles() throws Exception {
        Files.createDirectory(dir.resolve("yearly"));
        CdoRun.cdo("splityear", INPUT.toString(), dir.resolve("yearly/tas_").toString());
    }

    private Path pipeline(String split) throws Exception {
        Path file = dir.resolve(split + ".yaml");
        Files.writeString(file, "pipeline: p\nsource: { type: netcdf, path: \"yearly/tas_*.nc\", variables: [tas] }\n"
                + "split: { type: " + split + " }\nstages:\n  - { type: exec, per: file, command: [cdo, -s, timmean,"
                + " \"{input}\", \"{output}\"] }\nsink: { type: netcdf, path: out/" + split + ".nc }\n");
        return file;
    }

    @Test
    void eachYearlyFileAveragedByCdoGivesCdoYearmeanAndTheFilesStayAsTheyWere() throws Exception {
        List<String> before = checksums();
        Console c = Console.run("run", pipeline("year").toString(), "--parallelism", "3");
        assertThat(c.exitCode()).as(c.err()).isZero();
        Path yearmean = dir.resolve("yearmean.nc");
        CdoRun.cdo("yearmean", INPUT.toString(), yearmean.toString());
        GridComparison.assertSameGrid(yearmean, dir.resolve("out/year.nc"), "time", new String[] {"lat", "lon"},
                "tas");
        assertThat(CdoRun.values(dir.resolve("out/year.nc"), "time_bnds"))
                .containsExactly(CdoRun.values(yearmean, "time_bnds"));
        assertThat(checksums()).isEqualTo(before);
    }

    @Test
    void aSplitThatDoesNotCutAtTheFilesEndsFailsWithOneLine() throws Exception {
        // one worker: with more, whichever chunk fails first (DJF-1981 or MAM-1981) is the one reported
        Console c = Console.run("run", pipeline("season").toString(), "--parallelism", "1");
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.errLinesBesidesInfo()).hasSize(1);
        assertThat(c.errLinesBesidesInfo().get(0).replaceFirst("^sluice: run \\d{8}-\\d{6}-[0-9a-f]{6}: ", "sluice: "))
                .isEqualTo("sluice: yearly/tas_*.nc chunk DJF-1981 (time 0..58): exec failed:"
                + " per: file runs the command on whole input files, and this chunk is not one of the 4 file(s);"
                + " choose a split that cuts at the files' ends (such as { type: year } for yearly files), or leave"
                + " per: chunk");
        assertThat(dir.resolve("out/season.nc")).doesNotExist();
    }

    private List<String> checksums() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        return YEARS.stream().map(y -> {
            try {
                return HexFormat.of().formatHex(sha.digest(Files.readAllBytes(dir.resolve("yearly/tas_" + y + ".nc"))));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }
}
