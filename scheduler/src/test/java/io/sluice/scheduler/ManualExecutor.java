package io.sluice.scheduler;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

/** Holds submitted runs until the test lets them execute, so "a run that takes longer than a minute" is exact. */
final class ManualExecutor implements Executor {
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(task);
    }

    /** Runs the oldest submitted task on this thread. */
    void runNext() {
        Runnable task;
        synchronized (this) {
            task = tasks.poll();
        }
        if (task == null) {
            throw new IllegalStateException("no run was started");
        }
        task.run();
    }

    /** Runs submitted tasks (and those they cause) until none is left. */
    void runAll() {
        while (pending() > 0) {
            runNext();
        }
    }

    synchronized int pending() {
        return tasks.size();
    }
}
