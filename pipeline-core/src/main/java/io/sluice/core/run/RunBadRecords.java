package io.sluice.core.run;

import io.sluice.core.badrecord.BadRecordCollector;
import io.sluice.core.badrecord.BadRecordPolicy;
import io.sluice.core.badrecord.BadRecordSummary;
import io.sluice.core.badrecord.ChunkBadRecords;
import io.sluice.core.badrecord.OnError;
import io.sluice.core.badrecord.QuarantineFile;
import io.sluice.core.plan.Chunk;
import io.sluice.core.sink.StagingDirectory;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a run does with its bad records once every chunk is done and before the output is committed: adds them
 * up, fails the run when they exceed the source's {@code max-errors} (nothing is published then), and publishes
 * the quarantine file beside the target, or removes one an earlier run left there.
 */
final class RunBadRecords {
    private RunBadRecords() {
    }

    /** A collector of one chunk's bad records: counting them, or also keeping them in staging to quarantine. */
    static BadRecordCollector collectorFor(PlannedRun run, SinkSession session, Chunk chunk) throws IOException {
        if (run.compiled().source().badRecordPolicy().onError() != OnError.QUARANTINE) {
            return BadRecordCollector.counting();
        }
        StagingDirectory staging = session.staging().orElseThrow(() -> new RunFailedException(run.compiled().sink()
                .target() + ": this sink has no staging folder to keep quarantined records in; use on-error: skip",
                null));
        return BadRecordCollector.quarantining(staging.folder().resolve(String.format("quarantine-%06d.csv",
                chunk.index())), staging.files());
    }

    /** What a chunk's bad records came to, once its collector is closed. */
    static ChunkBadRecords resultOf(BadRecordCollector bad, Chunk chunk) {
        try {
            return bad.result();
        } catch (IOException e) {
            throw new RunFailedException(chunk.describe() + ": cannot keep its bad records: "
                    + ChunkProcessor.messageOf(e), e);
        }
    }

    /** The run's bad records from {@code reports} (in plan order); throws when they exceed the threshold. */
    static BadRecordSummary settle(PlannedRun planned, List<ChunkReport> reports, SinkSession session)
            throws IOException {
        BadRecordPolicy policy = planned.compiled().source().badRecordPolicy();
        List<ChunkBadRecords> chunks = new ArrayList<>(reports.size());
        long good = 0;
        for (ChunkReport r : reports) {
            chunks.add(r.badRecords());
            good += r.steps();
        }
        BadRecordSummary summary = BadRecordSummary.of(policy.onError(), chunks, planned.description().isTable()
                ? good : 0, null);
        String exceeded = summary.exceeding(policy.maxErrors(), planned.description().origin());
        if (!exceeded.isEmpty()) {
            throw new RunFailedException(exceeded + "; nothing was published", null);
        }
        Optional<StagingDirectory> staging = session.staging();
        if (staging.isEmpty()) {
            return summary;
        }
        List<Path> parts = new ArrayList<>();
        for (ChunkBadRecords c : chunks) {
            if (c.quarantined()) {
                parts.add(staging.get().folder().resolve(c.part()));
            }
        }
        Path published = QuarantineFile.publish(staging.get(), parts);
        return published == null ? summary
                : summary.withQuarantine(planned.compiled().sink().target() + QuarantineFile.SUFFIX);
    }
}
