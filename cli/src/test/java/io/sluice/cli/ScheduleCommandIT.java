package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.scheduler.FireLog;
import io.sluice.scheduler.RunHistory;
import io.sluice.scheduler.RunRecord;
import io.sluice.scheduler.StateDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sluice schedule} and {@code sluice history} end to end, on real NetCDF files. */
class ScheduleCommandIT {
    private static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private static final String STATS = "split: { type: season }\nstages:\n  - { type: mean, over: time }\n";

    private Path nightly(String cron) throws Exception {
        Path file = dir.resolve("nightly.yaml");
        Files.writeString(file, "pipeline: nightly\nschedule:\n  cron: '" + cron + "'\n  time-zone: UTC\n"
                + "  incremental: { files: 'incoming/*.nc' }\nsource: { type: netcdf, path: '${input}' }\n" + STATS
                + "sink: { type: csv, path: 'out/${input.stem}.csv' }\n");
        return file;
    }

    /** The output of a plain `sluice run` of one file, to compare scheduled outputs with. */
    private byte[] manualRunOf(Path input) throws Exception {
        Path manual = Files.createDirectories(dir.resolve("manual"));
        Path p = manual.resolve(input.getFileName() + ".yaml");
        Files.writeString(p, "pipeline: manual\nsource: { type: netcdf, path: '" + input + "' }\n" + STATS
                + "sink: { type: csv, path: out.csv }\n");
        Console c = Console.run("run", p.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        return Files.readAllBytes(manual.resolve("out.csv"));
    }

    @Test
    void nextExplainsTheScheduleAndListsFireTimes() throws Exception {
        Console c = Console.run("schedule", "--next", "-n", "3", nightly("30 2 * * MON-FRI").toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        String[] lines = c.out().split("\\R");
        assertThat(lines[0]).endsWith("nightly.yaml: pipeline nightly runs at 02:30 every day between Monday and"
                + " Friday (30 2 * * MON-FRI) in UTC; overlap: skip, misfire: skip, new files matching incoming/*.nc");
        assertThat(lines).hasSize(5);
        assertThat(lines[2]).matches("  \\d{4}-\\d\\d-\\d\\d 02:30:00 \\+00:00 \\(UTC\\)");
    }

    @Test
    void aBadExpressionIsExplainedWithItsPositionAndExit2() throws Exception {
        Path p = nightly("0 2 * * * * *");
        for (String command : List.of("schedule --next", "validate")) {
            List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
            args.add(p.toString());
            Console c = Console.run(args.toArray(String[]::new));
            assertThat(c.exitCode()).isEqualTo(2);
            assertThat(c.err()).startsWith(p + ":3:3 schedule.cron: '0 2 * * * * *' is not a valid cron expression:"
                    + " has 7 fields; expected 5 (minute hour day-of-month month day-of-week) or 6 with seconds first")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void aNightlyIncrementalPipelineConvertsOnlyNewFilesLikeAManualRun() throws Exception {
        nightly("* * * * * *");
        Path incoming = Files.createDirectories(dir.resolve("incoming"));
        Files.copy(TESTDATA.resolve("tas_daily_small.nc"), incoming.resolve("a.nc"));
        Files.copy(TESTDATA.resolve("tas_daily_noleap.nc"), incoming.resolve("b.nc"));
        Console first = Console.run("schedule", dir.toString(), "--max-fires", "1");
        assertThat(first.exitCode()).as(first.err()).isZero();
        // what the scheduler does goes to the log on standard error, as every command's log
        assertThat(first.out()).isEmpty();
        assertThat(first.err()).contains("nightly: 2 new input files matching incoming/*.nc", "converted a.nc",
                "converted b.nc", "stopped after 1 fire time; lock released");
        Files.copy(TESTDATA.resolve("tas_daily_360day.nc"), incoming.resolve("c.nc"));
        Console second = Console.run("schedule", dir.toString(), "--max-fires", "1");
        assertThat(second.err()).contains("nightly: 1 new input file matching").doesNotContain("converted a.nc");
        assertThat(Files.readAllBytes(dir.resolve("out/a.csv"))).isEqualTo(manualRunOf(incoming.resolve("a.nc")));
        assertThat(Files.readAllBytes(dir.resolve("out/b.csv"))).isEqualTo(manualRunOf(incoming.resolve("b.nc")));
        assertThat(Files.readAllBytes(dir.resolve("out/c.csv"))).isEqualTo(manualRunOf(incoming.resolve("c.nc")));
        List<RunRecord> runs = RunHistory.of(StateDirectory.at(dir.resolve(".sluice"))).runs("nightly");
        assertThat(runs).extracting(RunRecord::inputs).containsExactly(2L, 1L);
        // each file converted is a run of its own, with its own report: <run id>-1 (a.nc), <run id>-2 (b.nc)
        Path reports = dir.resolve(".sluice/runs");
        assertThat(reports.resolve(runs.get(0).id() + "-1/report.json")).content()
                .contains("\"status\" : \"succeeded\"", "a.nc\"").doesNotContain("b.nc");
        assertThat(reports.resolve(runs.get(0).id() + "-2/report.json")).content().contains("b.nc\"");
        assertThat(first.err()).contains("report: " + reports.resolve(runs.get(0).id() + "-2/report.html"));
        Console history = Console.run("history", dir.resolve("nightly.yaml").toString());
        assertThat(history.out().split("\\R")).hasSize(3);
        assertThat(history.out()).contains(runs.get(0).id(), runs.get(1).id(), "succeeded", "reports/");
        Files.copy(TESTDATA.resolve("tas_daily_small.nc"), incoming.resolve("d.nc"));
        Console byHand = Console.run("run", dir.resolve("nightly.yaml").toString());
        assertThat(byHand.exitCode()).as(byHand.err()).isZero();
        assertThat(byHand.err()).contains("nightly: started by hand", "1 new input file", "converted d.nc");
        assertThat(byHand.out()).startsWith("pipeline nightly: 1 input file, ");
        assertThat(Files.readAllBytes(dir.resolve("out/d.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("out/a.csv")));
        String runLines = first.err() + second.err() + byHand.err();
        assertThat(runLines.lines().filter(l -> l.contains("converted")))
                .hasSize(4).allMatch(l -> l.matches("\\d\\d:\\d\\d:\\d\\d INFO run \\d{8}-\\d{6}-[0-9a-f]{6}: nightly: converted .*"));
        // --quiet: a run without new files, which went well, says nothing
        Console quiet = Console.run("schedule", dir.toString(), "--max-fires", "1", "--quiet");
        assertThat(quiet.exitCode()).as(quiet.err()).isZero();
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void aManualRunIsRecordedInTheHistoryBesideThePipeline() throws Exception {
        Path p = dir.resolve("m.yaml");
        Files.writeString(p, "pipeline: m\nsource: { type: netcdf, path: '" + TESTDATA.resolve("tas_daily_small.nc")
                + "' }\n" + STATS + "sink: { type: csv, path: out.csv }\n");
        assertThat(Console.run("run", p.toString()).exitCode()).isZero();
        Console h = Console.run("history", "m", "--state", dir.resolve(".sluice").toString());
        // tas_daily_small.nc: 17 season chunks x 48 grid cells = 816 rows (as the README's example lists)
        assertThat(h.out()).contains(" m ", "manual", "succeeded", " 17 ", " 816 ");
    }

    @Test
    void twoSchedulerProcessesOnOneStateDirectoryFireEachTimeOnceAndTheSecondTakesOverOnSigterm() throws Exception {
        Path p = dir.resolve("every-second.yaml");
        Files.writeString(p, "pipeline: every-second\nschedule: { cron: '* * * * * *', time-zone: UTC }\n"
                + "source: { type: netcdf, path: '" + TESTDATA.resolve("tas_daily_small.nc") + "' }\n" + STATS
                + "sink: { type: csv, path: out/means.csv }\n");
        try (ChildProcess a = ChildProcess.start(dir, "schedule", dir.toString())) {
            a.await(l -> l.contains("holding the lock"), "about the lock from the first scheduler");
            try (ChildProcess b = ChildProcess.start(dir, "schedule", dir.toString())) {
                b.await(l -> l.contains("is used by another scheduler (process " + a.pid() + ")"), "about waiting");
                a.await(l -> l.contains("every-second: succeeded"), "about a run that succeeded");
                assertThat(a.terminate()).isEqualTo(143);
                assertThat(a.output()).last().asString().endsWith("stopped; lock released");
                b.await(l -> l.contains("holding the lock"), "about taking over");
                b.await(l -> l.contains("every-second: succeeded"), "about a run that succeeded");
                b.terminate();
            }
        }
        StateDirectory state = StateDirectory.at(dir.resolve(".sluice"));
        List<Map<String, Object>> started = state.read("fires.jsonl").stream()
                .filter(l -> FireLog.STARTED.equals(l.get("decision"))).toList();
        assertThat(started.stream().map(l -> l.get("fire")).distinct().count()).isEqualTo(started.size());
        List<RunRecord> runs = RunHistory.of(state).runs("every-second");
        assertThat(runs).hasSize(started.size());
        assertThat(runs).extracting(RunRecord::status).contains(RunRecord.SUCCEEDED)
                .doesNotContain(RunRecord.RUNNING);
        assertThat(Files.readAllBytes(dir.resolve("out/means.csv"))).isEqualTo(manualRunOf(TESTDATA.resolve(
                "tas_daily_small.nc")));
    }
}
