package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code on-error: skip | quarantine} with {@code max-errors} through the real command line, on a CSV with six
 * bad records whose lines are counted by hand: 3 (a number that is not one), 4 (a missing field), 5 (an extra
 * field), 8-9 (a quoted field with a line break and quotes inside, then a bad number), 34 (a bad number) and 40
 * (a byte that is not UTF-8). The good records are those of {@code clean.csv}, which holds the same file without
 * them; every run reads both with one-byte parts (a part per record).
 */
class BadRecordsIT {
    private static final String REASON = " is not a DOUBLE (declared in types); declare it with types: {t: string}"
            + " or add '%s' to null";
    private static final String RAGGED = " fields, but the header has 3 columns (station, t, n); every row must have"
            + " as many fields as the header";

    @TempDir
    Path dir;

    /** The hand-checked quarantine file: lines, texts as written (quoted for CSV) and reasons. */
    private static String expectedQuarantine() {
        return "file,line,record,reason\n"
                + "obs.csv,3,\"s02,n/a,2\",column 't': 'n/a'" + REASON.formatted("n/a") + "\n"
                + "obs.csv,4,\"s03,3.5\",\"2" + RAGGED + "\"\n"
                + "obs.csv,5,\"s04,4.5,4,extra\",\"4" + RAGGED + "\"\n"
                + "obs.csv,8,\"\"\"s06, \"\"\"\"east\"\"\"\"\n south\"\",x6,6\",column 't': 'x6'" + REASON.formatted("x6")
                + "\n"
                + "obs.csv,34,\"s31,3x.5,31\",column 't': '3x.5'" + REASON.formatted("3x.5") + "\n"
                + "obs.csv,40,\"s37,37.5,\uFFFD\",\"byte 465 (0xFF) is not valid UTF-8; set encoding: to the file's"
                + " encoding, such as ISO-8859-1 or windows-1252\"\n";
    }

    /** obs.csv and clean.csv; returns the bytes of obs.csv. */
    private byte[] writeInputs() throws Exception {
        ByteArrayOutputStream obs = new ByteArrayOutputStream();
        StringBuilder clean = new StringBuilder("station,t,n\ns01,1.5,1\n\"s05\nnorth\",5.5,5\n");
        obs.writeBytes(("station,t,n\ns01,1.5,1\ns02,n/a,2\ns03,3.5\ns04,4.5,4,extra\n\"s05\nnorth\",5.5,5\n"
                + "\"s06, \"\"east\"\"\n south\",x6,6\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 7; i <= 40; i++) {
            String good = String.format("s%02d,%d.5,%d\n", i, i, i);
            if (i == 31) {
                obs.writeBytes("s31,3x.5,31\n".getBytes(StandardCharsets.UTF_8));
            } else if (i == 37) {
                obs.writeBytes("s37,37.5,".getBytes(StandardCharsets.UTF_8));
                obs.write(0xFF);
                obs.write('\n');
            } else {
                obs.writeBytes(good.getBytes(StandardCharsets.UTF_8));
                clean.append(good);
            }
        }
        Files.write(dir.resolve("obs.csv"), obs.toByteArray());
        Files.writeString(dir.resolve("clean.csv"), clean);
        return obs.toByteArray();
    }

    private Path pipeline(String name, String input, String onError, String maxErrors) throws Exception {
        return Files.writeString(dir.resolve(name + ".yaml"), "pipeline: " + name + "\n"
                + "source: {type: csv, path: " + input + ", part-size: 1, types: {t: double, n: long}"
                + (onError == null ? "" : ", on-error: " + onError)
                + (maxErrors == null ? "" : ", max-errors: '" + maxErrors + "'") + "}\n"
                + "sink: {type: csv, path: out/" + name + ".csv}\n");
    }

    private static Console run(Path yaml, String... options) {
        List<String> args = new ArrayList<>(List.of("run", yaml.toString()));
        args.addAll(List.of(options));
        return Console.run(args.toArray(String[]::new));
    }

    private static Console ok(Console c) {
        assertThat(c.exitCode()).as("exit code; stderr: %s", c.err()).isZero();
        return c;
    }

    private Path out(String name) {
        return dir.resolve("out").resolve(name + ".csv");
    }

    private Path quarantine(String name) {
        return dir.resolve("out").resolve(name + ".csv.quarantine.csv");
    }

    @Test
    void theHandCheckedLinesAreCountedByTheFile() throws Exception {
        byte[] obs = writeInputs();
        String text = new String(obs, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\n", -1);
        assertThat(lines[2]).isEqualTo("s02,n/a,2");
        assertThat(lines[7]).isEqualTo("\"s06, \"\"east\"\"");
        assertThat(lines[33]).isEqualTo("s31,3x.5,31");
        assertThat(lines[39]).startsWith("s37,37.5,");
        assertThat(text.indexOf('\u00FF')).isEqualTo(465);
    }

    @Test
    void skippingGivesTheCleanFilesOutputWithAnyParallelismAndPartSize() throws Exception {
        writeInputs();
        ok(run(pipeline("clean", "clean.csv", null, null), "--parallelism", "4"));
        Console one = ok(run(pipeline("skip1", "obs.csv", "skip", null), "--parallelism", "1"));
        ok(run(pipeline("skip4", "obs.csv", "skip", null), "--parallelism", "4"));
        byte[] clean = Files.readAllBytes(out("clean"));
        assertThat(Files.readAllBytes(out("skip1"))).isEqualTo(clean);
        assertThat(Files.readAllBytes(out("skip4"))).isEqualTo(clean);
        assertThat(one.out()).contains("bad records: 6 skipped of 40 read (obs.csv: 6)");
        assertThat(quarantine("skip1")).doesNotExist();
    }

    @Test
    void quarantineKeepsTheBadRecordsInInputOrderWhateverTheParallelism() throws Exception {
        writeInputs();
        ok(run(pipeline("clean", "clean.csv", null, null)));
        Console one = ok(run(pipeline("q1", "obs.csv", "quarantine", null), "--parallelism", "1"));
        ok(run(pipeline("q4", "obs.csv", "quarantine", null), "--parallelism", "4"));
        assertThat(Files.readAllBytes(out("q1"))).isEqualTo(Files.readAllBytes(out("clean")));
        assertThat(Files.readAllBytes(out("q4"))).isEqualTo(Files.readAllBytes(out("clean")));
        assertThat(Files.readString(quarantine("q1"))).isEqualTo(expectedQuarantine());
        assertThat(Files.readString(quarantine("q4"))).isEqualTo(expectedQuarantine());
        assertThat(one.out()).contains("bad records: 6 quarantined of 40 read (obs.csv: 6), kept in ")
                .contains("q1.csv.quarantine.csv");
        JsonNode bad = reportOf("q1").get("bad_records");
        assertThat(bad.get("on_error").asText()).isEqualTo("quarantine");
        assertThat(bad.get("count").asLong()).isEqualTo(6);
        assertThat(bad.get("records_read").asLong()).isEqualTo(40);
        assertThat(bad.get("per_file").get("obs.csv").asLong()).isEqualTo(6);
        assertThat(bad.get("quarantine").asText()).endsWith("q1.csv.quarantine.csv");
    }

    /** The run report of the one run of pipeline {@code name}, from the state folder beside the pipeline files. */
    private JsonNode reportOf(String name) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        try (var runs = Files.list(dir.resolve(".sluice").resolve("runs"))) {
            for (Path run : runs.toList()) {
                JsonNode r = new ObjectMapper().readTree(run.resolve("report.json").toFile());
                if (r.get("pipeline").get("name").asText().equals(name)) {
                    found.add(r);
                }
            }
        }
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aRunBeyondTheThresholdFailsLeavesThePreviousOutputAndResumesWithAnotherThreshold() throws Exception {
        writeInputs();
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(out("q"), "previous output\n");
        Files.writeString(quarantine("q"), "previous quarantine\n");
        // 6 of 40 is 15 %: 14.9 % is exceeded, 15 % is not
        Console failed = run(pipeline("q", "obs.csv", "quarantine", "14.9%"), "--parallelism", "4");
        assertThat(failed.exitCode()).isEqualTo(1);
        // progress lines may come first on a slow machine; the run's failure is one line
        assertThat(failed.err().lines().filter(l -> l.startsWith("sluice:"))
                .map(l -> l.replaceFirst("^sluice: run \\d{8}-\\d{6}-[0-9a-f]{6}: ", "sluice: "))).singleElement().isEqualTo(
                "sluice: obs.csv: 6 bad records of 40 read exceed max-errors: 14.9% (on-error: quarantine); the"
                + " first: obs.csv:3 column 't': 'n/a'" + REASON.formatted("n/a") + "; nothing was published; the"
                + " chunks completed so far are kept: run again with --resume to reuse them");
        assertThat(Files.readString(out("q"))).isEqualTo("previous output\n");
        assertThat(Files.readString(quarantine("q"))).isEqualTo("previous quarantine\n");

        Console resumed = ok(run(pipeline("q", "obs.csv", "quarantine", "15%"), "--resume"));
        assertThat(resumed.out()).containsPattern("resumed: (\\d+) of \\1 chunks reused from the interrupted run")
                .contains("bad records: 6 quarantined of 40 read (obs.csv: 6)");
        assertThat(Files.readString(quarantine("q"))).isEqualTo(expectedQuarantine());
        ok(run(pipeline("clean", "clean.csv", null, null)));
        assertThat(Files.readAllBytes(out("q"))).isEqualTo(Files.readAllBytes(out("clean")));
    }

    @Test
    void aKilledRunResumesWithItsCountsAndQuarantinedRecords() throws Exception {
        writeInputs();
        Path yaml = pipeline("k", "obs.csv", "quarantine", null);
        Path manifest = dir.resolve("out/.k.csv.sluice-staging/manifest");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Dsluice.chunkPauseMillis=40", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "run", yaml.toString(),
                "--parallelism", "1").redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
                .start();
        // killed once 12 chunks, among them those of lines 3, 4, 5 and 8, are recorded
        while (child.isAlive() && recordedParts(manifest) < 12) {
            Thread.sleep(1);
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.log"))).isEqualTo(137);
        assertThat(out("k")).doesNotExist();
        assertThat(quarantine("k")).doesNotExist();

        Console resumed = ok(run(yaml, "--resume", "--parallelism", "4"));
        assertThat(resumed.out()).containsPattern("resumed: (1[2-9]|[2-9]\\d) of \\d+ chunks reused")
                .contains("bad records: 6 quarantined of 40 read (obs.csv: 6)");
        assertThat(Files.readString(quarantine("k"))).isEqualTo(expectedQuarantine());
        ok(run(pipeline("clean", "clean.csv", null, null)));
        assertThat(Files.readAllBytes(out("k"))).isEqualTo(Files.readAllBytes(out("clean")));
    }

    private static long recordedParts(Path manifest) throws Exception {
        try {
            return Files.readAllLines(manifest).stream().filter(l -> l.startsWith("part\t")).count();
        } catch (NoSuchFileException e) {
            return 0;
        }
    }

    @Test
    void aRunWithoutQuarantinedRecordsRemovesTheQuarantineFileAnEarlierRunLeft() throws Exception {
        writeInputs();
        ok(run(pipeline("q", "obs.csv", "quarantine", null)));
        assertThat(quarantine("q")).exists();
        ok(run(pipeline("q", "obs.csv", "skip", "6")));
        assertThat(quarantine("q")).doesNotExist();
        ok(run(pipeline("q", "obs.csv", "quarantine", "6")));
        ok(run(pipeline("q", "clean.csv", "quarantine", "0")));
        assertThat(quarantine("q")).doesNotExist();
    }

    @Test
    void failIsStillTheDefaultAndStopsAtTheFirstBadRecord() throws Exception {
        writeInputs();
        // one worker: with several, the first chunk to fail in time (not in input order) ends the run
        Console c = run(pipeline("f", "obs.csv", null, null), "--parallelism", "1");
        assertThat(c.exitCode()).isEqualTo(1);
        // a bad record is not retried: the run stops at once with the located line
        assertThat(c.err()).doesNotContain("retried");
        assertThat(c.err().lines().filter(l -> l.startsWith("sluice:"))).singleElement().asString()
                .contains("read failed: obs.csv:3 column 't': 'n/a'" + REASON.formatted("n/a"))
                .doesNotContain("Exception");
        assertThat(out("f")).doesNotExist();
    }

    @Test
    void wrongSettingsAreLocatedConfigurationErrors() throws Exception {
        writeInputs();
        Console mode = run(pipeline("m", "obs.csv", "ignore", null));
        assertThat(mode.exitCode()).isEqualTo(2);
        assertThat(mode.err()).contains("m.yaml:2:").contains("source.on-error: 'ignore' is not one of fail, skip,"
                + " quarantine.");
        Console max = run(pipeline("m", "obs.csv", "skip", "many"));
        assertThat(max.exitCode()).isEqualTo(2);
        assertThat(max.err()).contains("source.max-errors: 'many' is not a threshold");
        Console onFail = run(pipeline("m", "obs.csv", "fail", "3"));
        assertThat(onFail.exitCode()).isEqualTo(2);
        assertThat(onFail.err()).contains("source.max-errors: applies only with on-error: skip or quarantine");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
