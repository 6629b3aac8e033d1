package io.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sluice run} on the seasonal-means example writes report.json and report.html under
 * {@code .sluice/runs/<run-id>/}; {@code sluice report} reprints it; headless Chromium renders its timeline.
 */
class RunReportIT {
    private static final Path INPUT = Path.of("../testdata/tas_daily_small.nc").toAbsolutePath().normalize();
    /** The timeline's bar colours (TimelineSvg.COLOURS) and where the page puts its bars: 24 px margin + 170 px. */
    private static final int[] BAR_RGB = {0x2f6fdf, 0x6b9cf0};
    private static final int BARS_LEFT = 24 + 170;
    private static final int BARS_RIGHT = BARS_LEFT + 960 + 1;

    @TempDir
    Path dir;

    /** The example's pipeline, in the test folder, reading the example's input by its absolute path. */
    private Path seasonalMeans() throws Exception {
        String yaml = Files.readString(Path.of("../examples/seasonal-means/pipeline.yaml"))
                .replace("../../testdata/tas_daily_small.nc", INPUT.toString());
        return Files.writeString(dir.resolve("pipeline.yaml"), yaml);
    }

    private Path runAndFindReport(Path pipeline) {
        Console run = Console.run("run", pipeline.toString(), "--parallelism", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher m = Pattern.compile("(?m) INFO run \\S+: report: (\\S+/report\\.html)$").matcher(run.err());
        assertThat(m.find()).as(run.err()).isTrue();
        return Path.of(m.group(1));
    }

    @Test
    void aRunsReportHoldsThePlanTheOutputAndTheInputAndSluiceReportReprintsIt() throws Exception {
        Path pipeline = seasonalMeans();
        Path html = runAndFindReport(pipeline);
        assertThat(html.getParent().getParent()).isEqualTo(dir.resolve(".sluice/runs"));
        JsonNode r = new ObjectMapper().readTree(html.resolveSibling("report.json").toFile());
        String id = r.get("run_id").asText();
        assertThat(html.getParent().getFileName().toString()).isEqualTo(id);
        Path csv = dir.resolve("out/tas_seasonal_means.csv");
        JsonNode totals = r.get("totals");
        // 17 seasons from DJF-1981 to DJF-1985 (the example's plan); every CSV line but the header is a row
        assertThat(totals.get("chunks_planned").asInt()).isEqualTo(17);
        assertThat(r.get("chunks")).hasSize(17);
        assertThat(totals.get("rows_written").asLong()).isEqualTo(Files.readAllLines(csv).size() - 1).isEqualTo(816);
        assertThat(totals.get("bytes_written").asLong()).isEqualTo(Files.size(csv));
        // ncdump -h: float tas(time = 1461, lat = 6, lon = 8), 4 bytes a value, all read
        assertThat(totals.get("values_read").asLong()).isEqualTo(1461L * 6 * 8);
        assertThat(totals.get("bytes_read").asLong()).isEqualTo(1461L * 6 * 8 * 4);
        assertThat(r.get("inputs")).singleElement().satisfies(i -> {
            assertThat(i.get("path").asText()).isEqualTo(INPUT.toString());
            assertThat(i.get("bytes").asLong()).isEqualTo(Files.size(INPUT));
        });
        assertThat(r.get("pipeline").get("file").asText()).isEqualTo(pipeline.toString());

        Console report = Console.run("report", "last", pipeline.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).contains("run " + id + " of pipeline tas-seasonal-means (" + pipeline
                + "): succeeded", "17 of 17 chunks finished (0 reused), 0 retries", "wrote 816 rows",
                "report: " + html);
        Console byPrefix = Console.run("report", id.substring(0, 15), "--state", dir.resolve(".sluice").toString(),
                "--html");
        assertThat(byPrefix.out().strip()).isEqualTo(html.toString());
        Console unknown = Console.run("report", "19990101", pipeline.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(unknown.err().strip()).startsWith("sluice: no run '19990101' in " + dir.resolve(".sluice/runs"))
                .doesNotContain("\n");
    }

    @Test
    void aFailedRunKeepsItsErrorToOneLineAndItsReportHasTheErrorAndTheChunksDoneBeforeIt() throws Exception {
        StringBuilder csv = new StringBuilder("id,t\n");
        for (int i = 0; i < 2000; i++) {
            csv.append(i).append(',').append(i == 1900 ? "n/a" : i + ".5").append('\n');
        }
        Files.writeString(dir.resolve("obs.csv"), csv);
        // about 14 bytes a line in parts of 4 kB: line 1902 (row 1900) is in the last part or the one before
        Path pipeline = Files.writeString(dir.resolve("bad.yaml"), "pipeline: bad-value\n"
                + "source: { type: csv, path: obs.csv, part-size: 4096 }\nsink: { type: csv, path: out/obs.csv }\n");
        Console run = Console.run("run", pipeline.toString(), "--parallelism", "1", "--retries", "0");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        // one error line besides the progress lines, naming the run
        assertThat(run.errLinesBesidesInfo()).as(run.err()).hasSize(1);
        Matcher failed = Pattern.compile("sluice: run (\\S+): (.*)").matcher(run.errLinesBesidesInfo().get(0));
        assertThat(failed.matches()).as(run.err()).isTrue();
        assertThat(failed.group(2)).contains("obs.csv:1902 column 't': 'n/a' is not a DOUBLE");

        Console report = Console.run("report", "last", pipeline.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).contains("of pipeline bad-value (" + pipeline + "): failed",
                "nothing published to " + dir.resolve("out/obs.csv"),
                "error: " + failed.group(2), failed.group(1));
        JsonNode r = new ObjectMapper().readTree(Path.of(Console.run("report", "last", pipeline.toString(), "--html")
                .out().strip()).resolveSibling("report.json").toFile());
        int planned = r.get("totals").get("chunks_planned").asInt();
        assertThat(planned).isGreaterThan(5);
        assertThat(r.get("chunks").size()).isBetween(1, planned - 1);
        assertThat(r.get("totals").get("bytes_written").asLong()).isZero();
        assertThat(dir.resolve("out/obs.csv")).doesNotExist();
    }

    @Test
    void headlessChromiumRendersTheTimelineWithOneBarPerChunkInALanePerWorker() throws Exception {
        Path html = runAndFindReport(seasonalMeans());
        JsonNode r = new ObjectMapper().readTree(html.resolveSibling("report.json").toFile());
        Set<String> workers = new HashSet<>();
        r.get("chunks").forEach(c -> workers.add(c.get("worker").asText()));

        String dom = HeadlessChromium.dom(html, dir.resolve("profile"));
        assertThat(Pattern.compile("<rect class=\"chunk\"").matcher(dom).results().count()).isEqualTo(17);

        Path png = dir.resolve("report.png");
        HeadlessChromium.screenshot(html, png, dir.resolve("profile"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        List<Integer> barRows = rowsWithBarColour(image);
        assertThat(barRows).as("bar pixels in the screenshot").isNotEmpty();
        assertThat(bands(barRows)).as("lanes drawn, one per worker").isEqualTo(workers.size());
    }

    /** The rows of the screenshot holding a bar colour between the timeline's left and right ends. */
    private static List<Integer> rowsWithBarColour(BufferedImage image) {
        List<Integer> rows = new java.util.ArrayList<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (isBarColour(image.getRGB(x, y))) {
                    assertThat(x).as("bar pixel at (%d, %d)", x, y).isBetween(BARS_LEFT, BARS_RIGHT);
                    rows.add(y);
                    break;
                }
            }
        }
        return rows;
    }

    private static boolean isBarColour(int argb) {
        for (int rgb : BAR_RGB) {
            if (Math.abs(((argb >> 16) & 0xff) - ((rgb >> 16) & 0xff)) <= 6
                    && Math.abs(((argb >> 8) & 0xff) - ((rgb >> 8) & 0xff)) <= 6
                    && Math.abs((argb & 0xff) - (rgb & 0xff)) <= 6) {
                return true;
            }
        }
        return false;
    }

    /** Runs of consecutive rows. */
    private static int bands(List<Integer> rows) {
        int bands = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (i == 0 || rows.get(i) != rows.get(i - 1) + 1) {
                bands++;
            }
        }
        return bands;
    }
}
