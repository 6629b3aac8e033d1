package io.sluice.scheduler;

import io.sluice.core.run.RunIds;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires scheduled pipelines: each {@link #tick()} rescans the pipeline files, works out which fire times have
 * come, applies the overlap and misfire policies and starts runs on the executor. Only the scheduler holding
 * the state directory's {@link SchedulerLock} fires; another one waits and takes over when the lock is free.
 * Every fire time is recorded in the {@link FireLog} before its run starts, so it is acted on once. What it
 * does goes to the log (slf4j), each run's lines marked with its run id ({@link ScheduledRun}).
 *
 * <pre>{@code
 * Scheduler s = Scheduler.builder(state).watch(List.of(Path.of("pipelines"))).clock(clock)
 *         .executor(executor).launcher(PipelineLauncher.local(options)).build();
 * s.tick();   // tests drive the clock; `sluice schedule` calls serve()
 * }</pre>
 */
public final class Scheduler {
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
    private final StateDirectory state;
    private final PipelineWatch watch;
    private final SchedulerLock lock;
    private final FireLog fires;
    private final RunHistory history;
    private final Clock clock;
    private final Executor executor;
    private final PipelineLauncher launcher;
    private final Map<String, PipelineSlot> slots = new TreeMap<>();
    private volatile boolean stopping;
    private volatile boolean aborting;
    private boolean toldWaiting;
    private long firesHandled;
    private int running;

    private Scheduler(Builder b) {
        this.state = b.state;
        this.watch = new PipelineWatch(b.sources);
        this.lock = SchedulerLock.in(b.state);
        this.fires = FireLog.of(b.state);
        this.history = RunHistory.of(b.state);
        this.clock = b.clock;
        this.executor = b.executor;
        this.launcher = b.launcher;
    }

    /** Starts a scheduler on a state directory. */
    public static Builder builder(StateDirectory state) {
        return new Builder(state);
    }

    /** One step: takes the lock if free, rescans the files, fires what is due. False when not holding the lock. */
    public synchronized boolean tick() {
        if (stopping) {
            return false;
        }
        Instant now = clock.instant();
        if (!lock.held() && !takeLock(now)) {
            return false;
        }
        Map<String, ScheduledPipeline> current = watch.scan();
        // a removed pipeline whose run is still going stays known until it ends, so that it is not run twice
        // at once if its file comes back meanwhile
        slots.values().removeIf(slot -> !current.containsKey(slot.name()) && !slot.retire());
        for (ScheduledPipeline p : current.values()) {
            PipelineSlot slot = slots.get(p.name());
            if (slot == null) {
                slots.put(p.name(), admit(p, now));
            } else {
                slot.current = p;
                slot.retired = false;
            }
        }
        for (PipelineSlot slot : slots.values()) {
            if (!slot.retired) {
                collectDue(slot, now);
                startReady(slot, now);
            }
        }
        return true;
    }

    private boolean takeLock(Instant now) {
        if (!lock.tryAcquire()) {
            if (!toldWaiting) {
                LOG.info("waiting: " + state + " is used by another scheduler (process " + lock.holder()
                        + "); this one takes over when it stops");
                toldWaiting = true;
            }
            return false;
        }
        LOG.info("holding the lock of " + state);
        history.interruptScheduledRuns(now);
        slots.clear();
        return true;
    }

    /** A pipeline newly seen by this lock holder: fire times since the last one dealt with are misfires. */
    private PipelineSlot admit(ScheduledPipeline p, Instant now) {
        PipelineSlot slot = new PipelineSlot(p, now.minusNanos(1));
        slot.retries = history.retriesOf(p.name());
        MissedFires.of(fires).apply(slot, now);
        return slot;
    }

    private void collectDue(PipelineSlot slot, Instant now) {
        Schedule schedule = slot.schedule();
        for (Instant f : schedule.fireTimes().between(slot.checkedUntil, now, Schedule.MAX_CATCH_UP)) {
            slot.waiting.add(new PipelineSlot.Fire(f, f.plus(schedule.delayFor(slot.name(), f)), false));
        }
        slot.checkedUntil = now;
    }

    private void startReady(PipelineSlot slot, Instant now) {
        while (!slot.waiting.isEmpty() && !slot.waiting.peekFirst().due().isAfter(now)) {
            PipelineSlot.Fire f = slot.waiting.peekFirst();
            if (slot.running) {
                if (f.mustRun() || slot.schedule().overlap() == OverlapPolicy.QUEUE) {
                    return;
                }
                slot.waiting.pollFirst();
                fires.record(slot.name(), f.fire(), FireLog.SKIPPED_OVERLAP, 1, null);
                firesHandled++;
                LOG.warn(slot.name() + ": fire time " + f.fire() + " skipped: the previous run is still going"
                        + " (overlap: skip)");
                continue;
            }
            slot.waiting.pollFirst();
            start(slot, f, now);
        }
    }

    private void start(PipelineSlot slot, PipelineSlot.Fire f, Instant now) {
        String id = RunIds.next(now);
        fires.record(slot.name(), f.fire(), FireLog.STARTED, 1, id);
        RunRecord record = history.start(id, slot.name(), "schedule", f.fire(), now, slot.retries);
        slot.running = true;
        running++;
        firesHandled++;
        ScheduledRun run = new ScheduledRun(slot.current, record, launcher, history, clock, () -> aborting);
        executor.execute(() -> {
            try {
                run.run();
            } finally {
                finished(slot, run.status());
            }
        });
    }

    private synchronized void finished(PipelineSlot slot, String status) {
        slot.running = false;
        if (slot.retired) {
            slots.remove(slot.name(), slot);
        }
        slot.retries = RunRecord.SUCCEEDED.equals(status) ? 0 : slot.retries + 1;
        running--;
        notifyAll();
        if (!stopping && lock.held()) {
            startReady(slot, clock.instant());
        }
    }

    /**
     * When the next tick has something to do: the next fire time, or the time a waiting fire may start (a fire
     * waiting behind a running run is started when that run ends, not by a tick).
     */
    public synchronized Optional<Instant> nextWakeUp() {
        Instant next = null;
        for (PipelineSlot slot : slots.values()) {
            if (slot.retired) {
                continue;
            }
            Instant t = slot.schedule().fireTimes().nextAfter(slot.checkedUntil).orElse(null);
            if (!slot.running && !slot.waiting.isEmpty()) {
                Instant due = slot.waiting.peekFirst().due();
                t = t == null || due.isBefore(t) ? due : t;
            }
            if (t != null && (next == null || t.isBefore(next))) {
                next = t;
            }
        }
        return Optional.ofNullable(next);
    }

    /** Fire times started or skipped since this scheduler was built. */
    public synchronized long firesHandled() {
        return firesHandled;
    }

    /** Runs going on now. */
    public synchronized int running() {
        return running;
    }

    /** Whether this scheduler holds the state directory's lock. */
    public boolean holdsLock() {
        return lock.held();
    }

    /** The names of the pipelines scheduled now. */
    public synchronized List<String> pipelines() {
        return slots.values().stream().filter(s -> !s.retired).map(PipelineSlot::name).toList();
    }

    /** Stops firing: waiting fires are dropped (they count as missed at the next start); runs go on. */
    public synchronized void stop() {
        stopping = true;
        slots.values().forEach(s -> s.waiting.clear());
    }

    /**
     * Stops firing and tells the runs going on to stop early: an incremental run converts no further file, and
     * a run that fails from now on is recorded as aborted rather than failed.
     */
    public synchronized void abort() {
        stop();
        aborting = true;
    }

    /** Whether {@link #stop()} was called. */
    public boolean stopping() {
        return stopping;
    }

    /** Waits up to {@code timeout} for the runs going on to end; true when none is left. */
    public synchronized boolean awaitRuns(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (running > 0) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Stops firing and lets the lock go; the next scheduler takes over. */
    public synchronized void close() {
        stop();
        lock.release();
    }

    /** Where the scheduler keeps its state. */
    public StateDirectory state() {
        return state;
    }

    /** Configures a {@link Scheduler}. */
    public static final class Builder {
        private final StateDirectory state;
        private List<Path> sources = List.of();
        private Clock clock = Clock.systemUTC();
        private Executor executor;
        private PipelineLauncher launcher;

        private Builder(StateDirectory state) {
            this.state = Objects.requireNonNull(state, "state");
        }

        /** The pipeline files and folders to watch. */
        public Builder watch(List<Path> filesOrFolders) {
            this.sources = List.copyOf(filesOrFolders);
            return this;
        }

        /** The clock fire times are compared with (tests drive their own). */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** Where runs execute. */
        public Builder executor(Executor e) {
            this.executor = Objects.requireNonNull(e, "executor");
            return this;
        }

        /** What runs a pipeline. */
        public Builder launcher(PipelineLauncher l) {
            this.launcher = Objects.requireNonNull(l, "launcher");
            return this;
        }

        /** The scheduler; it takes the lock at its first tick. */
        public Scheduler build() {
            if (executor == null || launcher == null) {
                throw new IllegalStateException("a scheduler needs an executor and a launcher");
            }
            return new Scheduler(this);
        }
    }
}
