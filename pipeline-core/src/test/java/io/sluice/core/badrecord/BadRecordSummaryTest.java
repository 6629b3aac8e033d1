package io.sluice.core.badrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run's bad records add up over chunks, per file, and the first is the first chunk's first. */
class BadRecordSummaryTest {
    private final ChunkBadRecords a = new ChunkBadRecords(2, Map.of("a.csv", 2L), "a.csv:3: first", "", 0, 0);
    private final ChunkBadRecords b = new ChunkBadRecords(1, Map.of("b.csv", 1L), "b.csv:9: later", "q-1", 40, 7);

    @Test
    void countsAddUpPerFileAndTheFirstComesFromTheEarliestChunk() {
        BadRecordSummary s = BadRecordSummary.of(OnError.SKIP, List.of(ChunkBadRecords.NONE, a, b), 997, null);
        assertThat(s.count()).isEqualTo(3);
        assertThat(s.read()).isEqualTo(1000);
        assertThat(s.first()).isEqualTo("a.csv:3: first");
        assertThat(s.line()).isEqualTo("bad records: 3 skipped of 1,000 read (a.csv: 2, b.csv: 1)");
        assertThat(s.withQuarantine("out.csv.quarantine.csv").line()).endsWith(", kept in out.csv.quarantine.csv");
    }

    @Test
    void exceedingTheThresholdSaysHowManyOfHowManyTheThresholdAndTheFirst() {
        BadRecordSummary s = BadRecordSummary.of(OnError.QUARANTINE, List.of(a, b), 97, null);
        assertThat(s.exceeding(ErrorThreshold.parse("3"), "obs/*.csv")).isEmpty();
        assertThat(s.exceeding(ErrorThreshold.parse("2.9%"), "obs/*.csv")).isEqualTo("obs/*.csv: 3 bad records of"
                + " 100 read exceed max-errors: 2.9% (on-error: quarantine); the first: a.csv:3: first");
        assertThat(s.exceeding(null, "x")).isEmpty();
    }

    @Test
    void aChunksBadRecordsSurviveTheManifestsText() {
        assertThat(ChunkBadRecords.fromFacts(b.facts())).isEqualTo(b);
        assertThat(ChunkBadRecords.fromFacts(ChunkBadRecords.NONE.facts())).isEqualTo(ChunkBadRecords.NONE);
    }
}
