package io.sluice.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.core.report.ObservedRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderTest {
    @TempDir
    Path state;

    private Path oldRun(String id, long minute) throws IOException {
        Path json = Files.createDirectories(state.resolve("runs").resolve(id)).resolve("report.json");
        Files.writeString(json, "{\"format\":1}");
        Files.writeString(json.resolveSibling("report.html"), "<html></html>");
        Files.setLastModifiedTime(json, FileTime.fromMillis(minute * 60_000));
        return json;
    }

    @Test
    void writingAReportKeepsTheLastHundredRuns() throws IOException {
        for (int i = 0; i < 100; i++) {
            oldRun(String.format("20260101-00%02d00-aaaaaa", i), i);
        }
        ReportFolder.in(state).write(Runs.of("20261125-120000-bbbbbb", 10, Runs.backToBack(2)));
        var left = ReportFolder.in(state).reports();
        assertThat(left).hasSize(100);
        assertThat(left.get(0).getFileName().toString()).isEqualTo("20260101-000100-aaaaaa");
        assertThat(left.get(99).getFileName().toString()).isEqualTo("20261125-120000-bbbbbb");
        assertThat(state.resolve("runs/20260101-000000-aaaaaa")).doesNotExist();
        try (var files = Files.list(left.get(99))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.json",
                    "report.html");
        }
    }

    @Test
    void aRunIsFoundByIdByTheStartOfItsIdAsLastOrByPath() throws IOException {
        Path a = oldRun("20261125-110000-aaaaaa", 1);
        Path b = oldRun("20261125-120000-bbbbbb", 2);
        Path c = oldRun("20261125-120000-bbbbbb-2", 3);
        ReportLookup lookup = ReportLookup.in(ReportFolder.in(state));
        assertThat(lookup.find("last")).isEqualTo(c);
        assertThat(lookup.find("20261125-11")).isEqualTo(a);
        assertThat(lookup.find("20261125-120000-bbbbbb")).as("an exact id wins over longer ones").isEqualTo(b);
        assertThat(lookup.find(a.toString())).isEqualTo(a);
        assertThat(lookup.find(a.getParent().toString())).isEqualTo(a);
        assertThatThrownBy(() -> lookup.find("20261125-12")).hasMessage("'20261125-12' matches 2 runs in "
                + state.resolve("runs") + " (20261125-120000-bbbbbb, 20261125-120000-bbbbbb-2);"
                + " give more of the run id");
        assertThatThrownBy(() -> lookup.find("2025")).hasMessageStartingWith("no run '2025' in ");
    }

    @Test
    void aReportReadBackGivesItsSummary() throws IOException {
        Path dir = ReportFolder.in(state).write(Runs.of("20261125-120000-cccccc", 1500, Runs.backToBack(3)));
        ReportFile r = ReportFile.read(dir.resolve("report.json"));
        assertThat(Files.readAllLines(dir.resolve("report.json"))).as("one chunk a line")
                .filteredOn(l -> l.contains("\"index\"")).hasSize(3).allMatch(l -> l.strip().startsWith("{ \"index\""));
        assertThat(r.size("chunks")).isEqualTo(3);
        assertThat(r.value("pipeline.name")).isEqualTo("made-up");
        assertThat(r.summary()).contains("run 20261125-120000-cccccc of pipeline made-up (pipeline.yaml): succeeded",
                "took 1.500 s on 2 workers", "3 of 3 chunks finished (0 reused), 0 retries",
                "read 75 values (300 bytes) from 1 input file; wrote 10 rows (100 bytes) to out/x.csv",
                "peak memory: heap 1.0 MB used of 1.1 GB; resident 2.1 MB (process peak 3.1 MB)",
                "report: " + dir.resolve("report.html"));
    }

    @Test
    void aRunThatFailedBeforeItsPlanSaysSoAndGivesItsError() throws IOException {
        ObservedRun ok = Runs.of("20261125-130000-dddddd", 40, List.of());
        ObservedRun failed = new ObservedRun(ok.runId(), ok.pipeline(), ok.pipelineFile(), null, ObservedRun.FAILED,
                "bad.nc: no such file", ok.startedAt(), ok.endedAt(), null, List.of(), 0, 0, List.of(), List.of(), 0,
                0, List.of(), ok.memory());
        Path dir = ReportFolder.in(state).write(failed);
        assertThat(ReportFile.read(dir.resolve("report.json")).summary()).contains(
                "run 20261125-130000-dddddd of pipeline made-up (pipeline.yaml): failed",
                "took 0.040 s; failed before its chunks were planned", "error: bad.nc: no such file")
                .doesNotContain("workers", "null");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<p class=\"error\">bad.nc: no such file</p>",
                "nothing published to (not planned)");
    }

    @Test
    void aFileThatIsNotAReportIsRefusedNamingIt() throws IOException {
        Path bad = Files.writeString(state.resolve("x.json"), "[1, 2");
        assertThatThrownBy(() -> ReportFile.read(bad)).isInstanceOf(IOException.class)
                .hasMessage(bad + ": not a run report (expected a JSON object)");
        Path other = Files.writeString(state.resolve("y.json"), "{\"format\": 7}");
        assertThatThrownBy(() -> ReportFile.read(other)).hasMessage(other + ": not a run report of format 1"
                + " (format: 7)");
    }
}
