package io.sluice.scheduler;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.sluice.core.run.RunLogContext;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * What the scheduler logs during a test, each line as {@code run RUN-ID message} when it carries a run id
 * (the id is in the log's MDC, as the command line prints it), else the message alone.
 */
final class LogLines implements BeforeEachCallback, AfterEachCallback, Iterable<String> {
    private final Logger logger = (Logger) LoggerFactory.getLogger("io.sluice.scheduler");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        appender.start();
        logger.addAppender(appender);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        logger.detachAppender(appender);
    }

    @Override
    public Iterator<String> iterator() {
        return lines().iterator();
    }

    /** The lines so far. */
    synchronized List<String> lines() {
        return List.copyOf(appender.list).stream().map(e -> {
            String run = e.getMDCPropertyMap().get(RunLogContext.KEY);
            return (run == null ? "" : "run " + run + " ") + e.getFormattedMessage();
        }).toList();
    }
}
