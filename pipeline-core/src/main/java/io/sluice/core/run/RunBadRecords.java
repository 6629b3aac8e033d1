package io.sluice.core.run;

import io.sluice.core.badrecord.BadRecordPolicy;
import io.sluice.core.badrecord.BadRecordSummary;
import io.sluice.core.badrecord.ChunkBadRecords;
import io.sluice.core.badrecord.QuarantineFile;
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
