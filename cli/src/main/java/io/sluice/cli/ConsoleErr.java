package io.sluice.cli;

import java.io.OutputStream;

/**
 * Standard error as the log writes to it: whatever {@code System.err} is at the moment (a test may have
 * replaced it), with room for one status line, a progress bar that redraws itself in place. Each log line takes
 * the bar off its line first and draws it again below, so that lines and bar never mix on one line. The bar
 * draws through {@link #draw} so that the two never write at once.
 *
 * <pre>{@code appender.setOutputStream(new ConsoleErr());}</pre>
 */
final class ConsoleErr extends OutputStream {
    private static final Object LOCK = new Object();
    private static StatusLine status;

    /** What shows a status line on the terminal. */
    interface StatusLine {
        /** Takes the line off the screen and leaves the cursor at its start. */
        void clear();

        /** Draws the line again. */
        void redraw();
    }

    /** From now on log lines make way for {@code line}. */
    static void show(StatusLine line) {
        synchronized (LOCK) {
            status = line;
        }
    }

    /** Log lines no longer make way for {@code line}, if it was the one shown. */
    static void hide(StatusLine line) {
        synchronized (LOCK) {
            if (status == line) {
                status = null;
            }
        }
    }

    /** Runs {@code drawing} while no log line is being written. */
    static void draw(Runnable drawing) {
        synchronized (LOCK) {
            drawing.run();
        }
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        synchronized (LOCK) {
            StatusLine line = status;
            if (line != null) {
                line.clear();
            }
            System.err.write(bytes, offset, length);
            System.err.flush();
            if (line != null) {
                line.redraw();
            }
        }
    }

    @Override
    public void flush() {
        System.err.flush();
    }
}
