package io.sluice.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * Where the progress bar is drawn: the library's console consumer (which fits the bar to the terminal's width),
 * taking turns with the log through {@link ConsoleErr}, and able to step aside for a log line and come back.
 *
 * <pre>{@code ProgressBar.builder().setConsumer(new BarLine(System.err))}</pre>
 */
final class BarLine implements ProgressBarConsumer, ConsoleErr.StatusLine {
    private final PrintStream err;
    private final ConsoleProgressBarConsumer console;
    private String last = "";

    /** A bar on {@code err}, a terminal. */
    BarLine(PrintStream err) {
        this.err = err;
        this.console = new ConsoleProgressBarConsumer(err);
    }

    @Override
    public int getMaxRenderedLength() {
        return console.getMaxRenderedLength();
    }

    @Override
    public void accept(String rendered) {
        ConsoleErr.draw(() -> {
            last = rendered;
            console.accept(rendered);
            err.flush();
        });
    }

    @Override
    public void clear() {
        err.print("\r" + " ".repeat(Math.max(last.length(), 1)) + "\r");
    }

    @Override
    public void redraw() {
        console.accept(last);
        err.flush();
    }

    @Override
    public void close() {
        ConsoleErr.draw(console::close);
    }
}
