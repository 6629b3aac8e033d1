package io.sluice.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.core.report.ChunkTiming;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportHtmlTest {

    private static long count(String text, String pattern) {
        return Pattern.compile(pattern).matcher(text).results().count();
    }

    @Test
    void everyChunkIsOneBarInTheLaneOfItsWorker() {
        String html = ReportHtml.of(Runs.of("r1", 100, Runs.backToBack(20)));
        assertThat(count(html, "<rect class=\"chunk\"")).isEqualTo(20);
        assertThat(count(html, "<text x=\"\\d+\" y=\"\\d+\" class=\"lane\">worker-[12]</text>")).isEqualTo(2);
        assertThat(html).contains("20 chunks on 2 workers, one bar each");
        // chunk c3 is on worker-2 from 10 ms to 20 ms of 100 ms: x = 170 + 96.0, width 96.0 of 960 pixels
        assertThat(html).contains("<rect class=\"chunk\" data-key=\"c3\" x=\"266.0\" y=\"45\" width=\"96.0\"");
    }

    @Test
    void tenThousandChunksAreDrawnAsFewerMergedBarsAndThePageSaysSo() {
        String html = ReportHtml.of(Runs.of("r2", 50_000, Runs.backToBack(10_000)));
        long merged = count(html, "<rect class=\"merged\"");
        assertThat(count(html, "<rect class=\"chunk\"")).isZero();
        // 5,000 back-to-back chunks per worker over 960 pixels touch each other: one bar per worker
        assertThat(merged).isEqualTo(2);
        assertThat(html).contains("10,000 chunks on 2 workers, drawn as 2 bars");
        assertThat(html.length()).isLessThan(40_000);
    }

    @Test
    void textFromTheRunIsEscaped() {
        List<ChunkTiming> chunks = List.of(new ChunkTiming(0, "<b>&\"x\"", "w<1>", 0, 5, 1, 1, 1, 1, false, true));
        String html = ReportHtml.of(Runs.of("r3", 10, chunks));
        assertThat(html).doesNotContain("<b>", "w<1>").contains("data-key=\"&lt;b&gt;&amp;&quot;x&quot;\"");
    }

    @Test
    void thePageNeedsNothingFromOutside() {
        String html = ReportHtml.of(Runs.of("r4", 100, Runs.backToBack(4)));
        assertThat(html).doesNotContain("<script", "<link", "src=", "url(", "@import");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http:", "https:");
    }

    @Test
    void throughputSpreadsEachChunksBytesOverItsDuration() {
        // one chunk reading 1,000 bytes over the whole second: 1,000 bytes/s in every interval
        double[] flat = ThroughputSvg.rates(List.of(new ChunkTiming(0, "a", "w", 0, 1000, 1000, 0, 0, 1, false,
                true)), 1000);
        assertThat(flat).hasSize(50).containsOnly(1000.0);
        // 400 bytes in 0..40 ms (intervals 0 and 1 of 20 ms): 200 bytes in 0.02 s each = 10,000 bytes/s; a reused
        // chunk read nothing
        double[] burst = ThroughputSvg.rates(List.of(new ChunkTiming(0, "a", "w", 0, 40, 400, 0, 0, 1, false, true),
                new ChunkTiming(1, "b", "w", 500, 40, 999, 0, 0, 0, true, true)), 1000);
        assertThat(burst[0]).isCloseTo(10_000.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(burst[1]).isCloseTo(10_000.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(java.util.Arrays.stream(burst).skip(2).sum()).isZero();
    }

    @Test
    void timeAxisStepsAreRoundAndAtMostTenAPage() {
        assertThat(TimeAxis.step(1234)).isEqualTo(200);     // 1234 / 100 = 12 steps, / 200 = 6
        assertThat(TimeAxis.step(10)).isEqualTo(1);
        assertThat(TimeAxis.step(45_000)).isEqualTo(5000);
        assertThat(TimelineSvg.shortName("ForkJoinPool-12-worker-3")).isEqualTo("worker-3");
    }
}
