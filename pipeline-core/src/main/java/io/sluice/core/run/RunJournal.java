package io.sluice.core.run;

import io.sluice.core.badrecord.ChunkBadRecords;
import io.sluice.core.plan.Chunk;
import io.sluice.core.sink.FileChecksum;
import io.sluice.core.sink.FileSync;
import io.sluice.core.sink.InputFingerprint;
import io.sluice.core.sink.PartEntry;
import io.sluice.core.sink.RunIdentity;
import io.sluice.core.sink.RunManifest;
import io.sluice.core.sink.SafePaths;
import io.sluice.core.sink.StagedPart;
import io.sluice.core.sink.StagingDirectory;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Keeps a run's manifest: at the start it records the run's identity (pipeline hash, input fingerprints) and,
 * on resume, takes over the parts the interrupted run completed whose size and CRC32C still match; then every
 * chunk that completes is recorded with its part's checksum. Grouped statistics are written only at the end,
 * so their chunks are not recorded and a resume computes them again. A sink that does not stage through the
 * core's staging directory gets a journal that records nothing.
 */
final class RunJournal implements AutoCloseable {
    private final StagingDirectory staging;
    private final RunManifest manifest;
    private final boolean recording;
    private final Map<Integer, PartEntry> reused;

    private RunJournal(StagingDirectory staging, RunManifest manifest, boolean recording,
                       Map<Integer, PartEntry> reused) {
        this.staging = staging;
        this.manifest = manifest;
        this.recording = recording;
        this.reused = reused;
    }

    /** Opens the journal of {@code planned}'s run in {@code session}'s staging; adds what it did to {@code notes}. */
    static RunJournal open(PlannedRun planned, SinkSession session, boolean resume, List<String> notes)
            throws IOException {
        Optional<StagingDirectory> found = session.staging();
        String target = planned.compiled().sink().target();
        if (found.isEmpty()) {
            if (resume) {
                throw new RunFailedException(target + ": the '" + planned.compiled().pipeline().sink().get("type")
                        + "' sink cannot resume; run without --resume", null);
            }
            return new RunJournal(null, null, false, Map.of());
        }
        StagingDirectory staging = found.get();
        staging.note().ifPresent(notes::add);
        RunIdentity identity = new RunIdentity(PipelineHash.of(planned.compiled().pipeline()), fingerprints(planned));
        boolean grouped = planned.groupBy() != null;
        Map<Integer, PartEntry> reused = new TreeMap<>();
        if (resume) {
            reused = takeOver(planned, staging, identity, notes);
            if (grouped && !reused.isEmpty()) {
                reused.clear();
            }
            if (grouped) {
                notes.add("resume: grouped statistics are computed again from every chunk");
            }
        }
        RunManifest manifest = RunManifest.create(staging.manifestFile(), identity, reused.values());
        if (!reused.isEmpty()) {
            staging.keepForResume();
        }
        return new RunJournal(staging, manifest, !grouped, reused);
    }

    private static Map<Integer, PartEntry> takeOver(PlannedRun planned, StagingDirectory staging,
                                                    RunIdentity identity, List<String> notes) throws IOException {
        Optional<RunManifest.Content> earlier;
        String target = staging.target().toString();
        try {
            earlier = RunManifest.read(staging.manifestFile());
        } catch (IOException e) {
            notes.add("resume: the manifest of the interrupted run is damaged (" + ChunkProcessor.messageOf(e)
                    + "); every chunk is processed again");
            return new TreeMap<>();
        }
        if (earlier.isEmpty()) {
            notes.add("resume: no interrupted run of " + target + " was found; every chunk is processed");
            return new TreeMap<>();
        }
        Optional<String> change = identity.differenceFrom(earlier.get().identity());
        if (change.isPresent()) {
            staging.close(); // keeps the interrupted run's parts: its pipeline or input may be restored
            throw new RunFailedException("cannot resume " + target + ": " + change.get()
                    + "; run without --resume to start afresh", null);
        }
        List<Chunk> chunks = planned.plan().chunks();
        Map<Integer, PartEntry> taken = new TreeMap<>();
        List<String> redone = new ArrayList<>();
        for (PartEntry e : earlier.get().parts().values()) {
            boolean stillPlanned = e.index() < chunks.size() && chunks.get(e.index()).key().equals(e.key());
            if (stillPlanned && intact(staging, e)) {
                staging.parts().adopt(e.index(), SafePaths.inside(staging.folder(), e.file()), e.facts());
                taken.put(e.index(), e);
            } else {
                redone.add(e.key());
            }
        }
        if (!redone.isEmpty()) {
            notes.add("resume: parts of " + String.join(", ", redone) + " were missing or damaged; those chunks are"
                    + " processed again");
        }
        return taken;
    }

    private static boolean intact(StagingDirectory staging, PartEntry e) {
        try {
            Path file = SafePaths.inside(staging.folder(), e.file());
            return Files.isRegularFile(file) && Files.size(file) == e.size() && FileChecksum.crc32c(file) == e.crc32c()
                    && quarantineIntact(staging, ChunkBadRecords.fromFacts(e.badRecords()));
        } catch (IOException | IllegalArgumentException ex) {
            return false;
        }
    }

    private static boolean quarantineIntact(StagingDirectory staging, ChunkBadRecords bad) throws IOException {
        if (!bad.quarantined()) {
            return true;
        }
        Path file = SafePaths.inside(staging.folder(), bad.part());
        return Files.isRegularFile(file) && Files.size(file) == bad.size() && FileChecksum.crc32c(file) == bad.crc32c();
    }

    private static List<InputFingerprint> fingerprints(PlannedRun planned) throws IOException {
        List<InputFingerprint> out = new ArrayList<>();
        for (Path f : planned.inputFiles()) {
            if (Files.isRegularFile(f)) {
                out.add(InputFingerprint.of(f));
            }
        }
        return out;
    }

    /** Whether the chunk's part was taken over from the interrupted run. */
    boolean isReused(Chunk chunk) {
        return reused.containsKey(chunk.index());
    }

    /** The outcome of a chunk taken over from the interrupted run, as its manifest line recorded it. */
    ChunkOutcome reusedOutcome(Chunk chunk) {
        PartEntry e = reused.get(chunk.index());
        ChunkReport report = new ChunkReport(e.key(), (int) e.steps(), e.complete(), e.cells(), e.bytes(), 0,
                true, chunk.index(), e.rows(), chunk.estimatedBytes(), ChunkBadRecords.fromFacts(e.badRecords()));
        return new ChunkOutcome(chunk, report, e.rows(), List.of());
    }

    /** Chunks taken over from the interrupted run. */
    int reusedCount() {
        return reused.size();
    }

    /** Flushes the chunk's part to the disk and records it with its checksum; called on the chunk's worker. */
    void completed(ChunkOutcome outcome) throws IOException {
        if (!recording) {
            return;
        }
        Chunk chunk = outcome.chunk();
        StagedPart part = staging.parts().completed(chunk.index()).orElseThrow(() -> new IllegalStateException(
                "chunk " + chunk.key() + " finished without a complete part " + chunk.index()));
        FileSync.file(part.file());
        ChunkReport r = outcome.report();
        if (r.badRecords().quarantined()) {
            FileSync.file(staging.folder().resolve(r.badRecords().part()));
        }
        manifest.record(new PartEntry(chunk.index(), chunk.key(), r.complete(), r.steps(), r.cells(), r.bytes(),
                outcome.rowsWritten(), part.file().getFileName().toString(), Files.size(part.file()),
                FileChecksum.crc32c(part.file()), part.facts(), r.badRecords().facts()));
        staging.keepForResume();
    }

    @Override
    public void close() throws IOException {
        if (manifest != null) {
            manifest.close();
        }
    }
}
