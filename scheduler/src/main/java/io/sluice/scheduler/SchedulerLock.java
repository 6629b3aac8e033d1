package io.sluice.scheduler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The operating system's lock on {@code scheduler.lock} in a state directory, held for a scheduler's life so
 * that only one scheduler fires the pipelines of that directory. The operating system releases it when the
 * process dies, so a crashed scheduler never blocks the next one.
 *
 * <pre>{@code
 * SchedulerLock lock = SchedulerLock.in(state);
 * if (lock.tryAcquire()) { ... } lock.release();
 * }</pre>
 */
public final class SchedulerLock {
    private final Path file;
    private FileChannel channel;
    private FileLock lock;

    private SchedulerLock(Path file) {
        this.file = file;
    }

    /** The lock of a state directory (not yet acquired). */
    public static SchedulerLock in(StateDirectory state) {
        return new SchedulerLock(state.file("scheduler.lock"));
    }

    /** Takes the lock if no other scheduler holds it; true when this scheduler holds it afterwards. */
    public synchronized boolean tryAcquire() {
        if (lock != null) {
            return true;
        }
        try {
            Files.createDirectories(file.getParent());
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                l = null;
            }
            if (l == null) {
                ch.close();
                return false;
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
            channel = ch;
            lock = l;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot take the scheduler lock: " + e.getMessage(), e);
        }
    }

    /** Whether this scheduler holds the lock. */
    public synchronized boolean held() {
        return lock != null;
    }

    /** The process id written by the holder, or "?" when unknown. */
    public String holder() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    /** Lets the lock go (nothing happens when it is not held). */
    public synchronized void release() {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel releases the lock in any case
        } finally {
            lock = null;
            channel = null;
        }
    }

    /** The lock file. */
    public Path file() {
        return file;
    }
}
