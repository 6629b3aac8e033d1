package io.sluice.netcdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One open file per thread: a {@code NetcdfFile} is not safe to share between threads, and opening one per
 * block would cost a header read each time. Every handle opened is remembered so that {@link #close()} can
 * release them all, whichever threads opened them.
 *
 * <pre>{@code OpenFile f = pool.get();   // this thread's handle, opened on first use}</pre>
 */
final class HandlePool implements AutoCloseable {
    private final Path path;
    private final ThreadLocal<OpenFile> perThread = new ThreadLocal<>();
    private final Queue<OpenFile> opened = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    HandlePool(Path path) {
        this.path = path;
    }

    /** This thread's handle, opened on first use. */
    OpenFile get() throws IOException {
        OpenFile f = perThread.get();
        if (f != null && !closed) {
            return f;
        }
        if (closed) {
            throw new IOException("the source is closed");
        }
        f = OpenFile.open(path);
        opened.add(f);
        if (closed) {
            opened.remove(f);
            f.close();
            throw new IOException("the source is closed");
        }
        perThread.set(f);
        return f;
    }

    /** Number of handles opened so far (for tests). */
    int openedCount() {
        return opened.size();
    }

    /** Closes every handle; later calls to {@link #get()} fail. */
    @Override
    public void close() throws IOException {
        closed = true;
        perThread.remove();
        IOException first = null;
        for (OpenFile f; (f = opened.poll()) != null; ) {
            try {
                f.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
