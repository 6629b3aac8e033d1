package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real {@code sluice run} in a child JVM is killed with SIGKILL at 14 moments spread over the run (while the
 * JVM starts, after 1, 4, 8, ... 44 of its 48 chunks were recorded, and once all were), then resumed with
 * {@code --resume}. The resumed output must be byte-identical to an uninterrupted run's, and a watcher reading
 * the target all the time must only ever see no file, the previous output or the complete new output.
 * The child pauses 40 ms before each chunk ({@code -Dsluice.chunkPauseMillis=40}, one worker), so that the
 * moments are decided by the run's progress as its manifest shows it, not by timing.
 */
class KillAndResumeIT {
    private static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();
    private static final int CHUNKS = 48;
    private static final Pattern HISTORY_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ sluice");
    private static final Pattern RESUMED = Pattern.compile("resumed: (\\d+) of 48 chunks reused");

    @TempDir
    static Path dir;
    private static Path pipeline;
    private static byte[] reference;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        pipeline = dir.resolve("cells.yaml");
        Files.writeString(pipeline, "pipeline: cells\nsource: { type: netcdf, path: "
                + TESTDATA.resolve("multi_daily_small.nc") + " }\nsplit: { type: month }\n"
                + "sink: { type: csv, path: out/cells.csv }\n");
        Console c = Console.run("run", pipeline.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains(CHUNKS + " chunks");
        reference = Files.readAllBytes(target());
        Files.delete(target());
    }

    private static Path target() {
        return dir.resolve("out/cells.csv");
    }

    private static Path manifest() {
        return dir.resolve("out/.cells.csv.sluice-staging/manifest");
    }

    @Test
    void aRunKilledAtAnyMomentResumesToTheSameBytesAndNeverShowsAPartialFile() throws Exception {
        int[] afterChunks = {-1, 1, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, CHUNKS};
        byte[] previous = "previous output\n".getBytes();
        List<String> moments = new ArrayList<>();
        for (int i = 0; i < afterChunks.length; i++) {
            boolean withPrevious = i % 2 == 1;
            Files.createDirectories(target().getParent());
            Files.deleteIfExists(target());
            if (withPrevious) {
                Files.write(target(), previous);
            }
            AtomicReference<String> seen = new AtomicReference<>();
            Thread watcher = watch(withPrevious ? previous : null, seen);
            int recorded = killAfter(afterChunks[i]);
            byte[] afterKill = Files.exists(target()) ? Files.readAllBytes(target()) : null;
            if (afterChunks[i] < CHUNKS) {
                assertThat(afterKill).as("target right after the kill at %d chunks", afterChunks[i])
                        .isEqualTo(withPrevious ? previous : null);
            }

            Console resumed = Console.run("run", pipeline.toString(), "--resume");
            watcher.interrupt();
            watcher.join();

            assertThat(resumed.exitCode()).as(resumed.err()).isZero();
            assertThat(seen.get()).as("what the watcher saw at the target").isNull();
            assertThat(Files.readAllBytes(target())).as("output resumed after %d chunks", recorded)
                    .isEqualTo(reference);
            assertThat(target().resolveSibling(".cells.csv.sluice-staging")).doesNotExist();
            Matcher m = RESUMED.matcher(resumed.out());
            int reused = m.find() ? Integer.parseInt(m.group(1)) : 0;
            assertThat(reused).as(resumed.out()).isBetween(Math.max(0, recorded - 1), CHUNKS);
            moments.add(recorded + " recorded -> " + reused + " reused");
        }
        System.out.println("kill moments: " + moments);
        assertThat(moments).hasSize(14);
    }

    /**
     * A Parquet sink writing a Hive tree partitioned by year and month (48 month chunks), and a NetCDF sink writing
     * one file per season (17 season chunks), are killed at 5 moments each (while the JVM starts, after 1, a
     * quarter and three quarters of the chunks were recorded, once all were) and resumed: every output file must
     * then be the same as an uninterrupted run's: NetCDF byte for byte apart from the run's time stamp in
     * {@code history}; Parquet row for row (each file's rows as {@code sluice convert} prints them, since
     * parquet-mr lists a column chunk's encodings in an order that changes from JVM to JVM). Before the kill of a
     * run that had not recorded every chunk no output exists.
     */
    @ParameterizedTest
    @CsvSource({"parquet, out/cells, month, 48, '', '''partition-by'': [year, month]'",
            "netcdf, out/cells.nc, season, 17, out/.cells_season.nc.sluice-staging, 'layout: per-season'"})
    void multiFileOutputsKilledAtAnyMomentResumeToTheSameFiles(String type, String path, String split, int chunks,
                                                                 String staging, String setting) throws Exception {
        Path base = Files.createDirectories(dir.resolve(type));
        Path yaml = base.resolve(type + ".yaml");
        Files.writeString(yaml, "pipeline: cells\nsource: { type: netcdf, path: "
                + TESTDATA.resolve("multi_daily_small.nc") + " }\nsplit: { type: " + split + " }\n"
                + "sink: { type: " + type + ", path: " + path + ", " + setting + " }\n");
        Path out = base.resolve("out");
        Path manifest = staging.isEmpty() ? base.resolve("out/.cells.sluice-staging/manifest")
                : base.resolve(staging).resolve("manifest");
        Console first = Console.run("run", yaml.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        Map<String, byte[]> expected = outputs(out);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(4);
        List<String> moments = new ArrayList<>();
        for (int after : new int[] {-1, 1, chunks / 4, 3 * chunks / 4, chunks}) {
            deleteTree(out);
            int recorded = killAfter(yaml, manifest, after, chunks);
            if (after < chunks) {
                assertThat(outputs(out)).as("outputs right after the kill at %d chunks", after).isEmpty();
            }
            Console resumed = Console.run("run", yaml.toString(), "--resume");
            assertThat(resumed.exitCode()).as(resumed.err()).isZero();
            Map<String, byte[]> now = outputs(out);
            assertThat(now.keySet()).isEqualTo(expected.keySet());
            now.forEach((name, bytes) -> assertThat(bytes).as("%s resumed after %d chunks", name, recorded)
                    .isEqualTo(expected.get(name)));
            assertThat(manifest.getParent()).doesNotExist();
            Matcher m = Pattern.compile("resumed: (\\d+) of " + chunks + " chunks reused").matcher(resumed.out());
            int reused = m.find() ? Integer.parseInt(m.group(1)) : 0;
            assertThat(reused).as(resumed.out()).isBetween(Math.max(0, recorded - 1), chunks);
            moments.add(recorded + " recorded -> " + reused + " reused");
        }
        System.out.println(type + " kill moments: " + moments);
    }

    /**
     * The output files under {@code out} (hidden staging aside) by relative path: NetCDF bytes with the history
     * time stamps masked, Parquet files as their rows in CSV.
     */
    private static Map<String, byte[]> outputs(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(out)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = out.relativize(p).toString();
                if (!name.startsWith(".")) {
                    files.put(name, name.endsWith(".parquet") ? rows(p) : masked(Files.readAllBytes(p)));
                }
            }
        }
        return files;
    }

    /** The bytes with each {@code 2026-11-25T12:00:00Z sluice} of a NetCDF history set to one fixed time. */
    private static byte[] masked(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return HISTORY_TIME.matcher(text).replaceAll("0000-00-00T00:00:00Z sluice")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The rows of a Parquet file as CSV, written by {@code sluice convert}. */
    private static byte[] rows(Path parquet) throws IOException {
        Path csv = dir.resolve("rows.csv");
        Console c = Console.run("convert", parquet.toString(), csv.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        byte[] bytes = Files.readAllBytes(csv);
        Files.delete(csv);
        return bytes;
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Starts the run, kills it with SIGKILL once the manifest lists {@code chunks} parts; returns how many it had. */
    private static int killAfter(int chunks) throws Exception {
        return killAfter(pipeline, manifest(), chunks, CHUNKS);
    }

    private static int killAfter(Path yaml, Path manifest, int chunks, int all) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Dsluice.chunkPauseMillis=40", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "run", yaml.toString(),
                "--parallelism", "1").redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
                .start();
        int recorded = 0;
        if (chunks < 0) {
            Thread.sleep(150);
        } else {
            while (p.isAlive() && (recorded = recordedParts(manifest)) < chunks) {
                Thread.sleep(1);
            }
        }
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        // once every chunk is recorded the child may finish publishing before the kill arrives
        assertThat(p.exitValue()).as("the child was killed, not finished: %s",
                Files.readString(dir.resolve("child.log"))).isIn(chunks == all ? List.of(137, 0) : List.of(137));
        return Math.max(recorded, recordedParts(manifest));
    }

    private static int recordedParts() {
        return recordedParts(manifest());
    }

    private static int recordedParts(Path manifest) {
        try {
            return (int) Files.readAllLines(manifest).stream().filter(l -> l.startsWith("part\t")).count();
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Reads the target continually; records what it saw when that was neither absent, the previous nor the reference. */
    private static Thread watch(byte[] previous, AtomicReference<String> seen) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    byte[] now = Files.readAllBytes(target());
                    if (!Arrays.equals(now, reference) && !Arrays.equals(now, previous)) {
                        seen.compareAndSet(null, "a file of " + now.length + " bytes");
                    }
                } catch (NoSuchFileException e) {
                    // no output yet: fine
                } catch (IOException e) {
                    seen.compareAndSet(null, e.toString());
                }
            }
        }, "target-watcher");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
